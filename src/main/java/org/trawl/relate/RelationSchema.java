package org.trawl.relate;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trawl.model.EntityType;
import org.trawl.model.RelationType;
import org.trawl.nlp.WordList;

/**
 * Which relation types may join which entity types: the table {@code relation-schema.tsv} beside this
 * class, the one place where these constraints live. Immutable.
 */
public final class RelationSchema {

    private record Rule(Set<EntityType> source, Set<EntityType> target, boolean sameType) {
    }

    private static final RelationSchema BUNDLED = read("relation-schema.tsv");

    private final Map<RelationType, Rule> rules;

    private RelationSchema(Map<RelationType, Rule> rules) {
        this.rules = rules;
    }

    /** The table shipped with trawl. */
    public static RelationSchema bundled() {
        return BUNDLED;
    }

    /** True when the table lists the type at all. */
    public boolean extracted(RelationType type) {
        return rules.containsKey(type);
    }

    /**
     * True when {@code type} may have a source of type {@code source} and a target of type {@code target}
     * (either way round for a symmetric type).
     */
    public boolean allows(RelationType type, EntityType source, EntityType target) {
        Rule r = rules.get(type);
        if (r == null || r.sameType() && source != target) {
            return false;
        }
        return r.source().contains(source) && r.target().contains(target)
                || type.symmetric() && r.source().contains(target) && r.target().contains(source);
    }

    static RelationSchema read(String resource) {
        WordList table = WordList.bundled(RelationSchema.class, resource);
        Map<RelationType, Rule> rules = new EnumMap<>(RelationType.class);
        for (WordList.Line line : table.lines().stream().skip(1).toList()) { // the first line is the header
            String[] f = table.fields(line, 4);
            RelationType type = RelationType.parse(f[0]).orElseThrow(
                    () -> new IllegalStateException(table.problem(line, "unknown type " + f[0])));
            rules.put(type, new Rule(types(f[1]), types(f[2]), f[3].equals("yes")));
        }
        return new RelationSchema(rules);
    }

    /** The entity types named by letters (P person, G group, L place). */
    static Set<EntityType> types(String letters) {
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        for (char c : letters.toCharArray()) {
            out.add(letter(c).orElseThrow(() -> new IllegalStateException("unknown type letter " + c)));
        }
        return out;
    }

    private static Optional<EntityType> letter(char c) {
        return switch (c) {
            case 'P' -> Optional.of(EntityType.PERSON);
            case 'G' -> Optional.of(EntityType.GROUP);
            case 'L' -> Optional.of(EntityType.PLACE);
            default -> Optional.empty();
        };
    }
}
