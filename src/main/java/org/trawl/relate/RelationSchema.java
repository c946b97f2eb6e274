package org.trawl.relate;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
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

    /** Which arguments of a type act, and so may be a place only when it is a country or a region of the world. */
    enum Actors { NONE, SOURCE, BOTH }

    private record Rule(Set<EntityType> source, Set<EntityType> target, boolean sameType, boolean twoCountries,
                        Actors actors) {
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

    /**
     * True when two countries may be the arguments of {@code type}: not for LOCATED_IN, PART_OF and
     * TRAVELED_TO, as a country lies in no other country and does not travel.
     */
    public boolean joinsCountries(RelationType type) {
        Rule r = rules.get(type);
        return r != null && r.twoCountries();
    }

    /**
     * True when the source (or target) of {@code type} may be a city or a first-level region: not when that
     * argument acts (a city does not fight, ally, talk or travel; a country does).
     */
    public boolean allowsLocalPlace(RelationType type, boolean source) {
        Rule r = rules.get(type);
        return r == null || r.actors() == Actors.NONE || r.actors() == Actors.SOURCE && !source;
    }

    static RelationSchema read(String resource) {
        WordList table = WordList.bundled(RelationSchema.class, resource);
        Map<RelationType, Rule> rules = new EnumMap<>(RelationType.class);
        for (WordList.Line line : table.lines().stream().skip(1).toList()) { // the first line is the header
            String[] f = table.fields(line, 6);
            RelationType type = RelationType.parse(f[0]).orElseThrow(
                    () -> new IllegalStateException(table.problem(line, "unknown type " + f[0])));
            rules.put(type, new Rule(types(f[1]), types(f[2]), f[3].equals("yes"), f[4].equals("yes"),
                    Actors.valueOf(f[5].toUpperCase(Locale.ROOT))));
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
