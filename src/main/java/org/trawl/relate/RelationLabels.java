package org.trawl.relate;

import java.util.List;
import java.util.Map;
import org.trawl.model.RelationType;

/**
 * The relation model's outcomes: {@link #NONE} or a coarse type by name ({@code LEADS}). The model says
 * what the relation is, not its direction: that follows from the schema when only one way round is
 * allowed (a person leads a group), else from the trigger rules, else from the order of the names (the
 * first-named is the source). Coarse types are re3d's; the finer types trawl reports refine them.
 */
public final class RelationLabels {

    /** No relation between the pair. */
    public static final String NONE = "NONE";

    /** The coarse types the model predicts. */
    public static final List<RelationType> COARSE = List.of(RelationType.LEADS, RelationType.MEMBER_OF,
            RelationType.ALLIED_WITH, RelationType.FIGHTS, RelationType.LOCATED_IN, RelationType.COMMUNICATED_WITH,
            RelationType.SAME_AS);

    /** Each finer type and the coarse type it refines. */
    private static final Map<RelationType, RelationType> COARSER = Map.of(
            RelationType.ATTACKED, RelationType.FIGHTS,
            RelationType.TRAVELED_TO, RelationType.LOCATED_IN,
            RelationType.CONTROLS, RelationType.LEADS,
            RelationType.WORKS_FOR, RelationType.MEMBER_OF,
            RelationType.PART_OF, RelationType.MEMBER_OF,
            RelationType.FOUNDED, RelationType.LEADS);

    private RelationLabels() {
    }

    /** The coarse type a type is learned as, or null when the model does not learn it. */
    public static RelationType coarse(RelationType type) {
        RelationType c = COARSER.getOrDefault(type, type);
        return COARSE.contains(c) ? c : null;
    }

    /** The finer types that refine a coarse one, in order of preference. */
    static List<RelationType> finer(RelationType coarse) {
        return switch (coarse) {
            case FIGHTS -> List.of(RelationType.ATTACKED);
            case LOCATED_IN -> List.of(RelationType.TRAVELED_TO);
            case LEADS -> List.of(RelationType.CONTROLS, RelationType.FOUNDED);
            case MEMBER_OF -> List.of(RelationType.WORKS_FOR, RelationType.PART_OF);
            default -> List.of();
        };
    }

    /** The outcome for a relation of (coarse) type {@code type}. */
    public static String of(RelationType type) {
        return type.name();
    }

    /** The type of an outcome, or null for {@link #NONE}. */
    static RelationType type(String label) {
        return label.equals(NONE) ? null : RelationType.valueOf(label);
    }
}
