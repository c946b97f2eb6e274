package org.trawl.relate;

import java.util.List;
import java.util.Set;
import org.trawl.model.EntityType;
import org.trawl.model.RelationType;

/**
 * Words that, standing between two names (or around two names joined by "and"), say how the named things
 * are related: "leader of", "based in", "'s founder", "agreement between". One line of
 * {@code relation-triggers.tsv}.
 *
 * @param type        the relation they express
 * @param firstIsSource true when the first-named is the relation's source ("X, leader of Y"), false when
 *                      the second-named is ("Y, led by X")
 * @param firstTypes  entity types allowed for the first-named
 * @param secondTypes entity types allowed for the second-named
 * @param match       how the words must stand between the names
 * @param words       the lower-case words
 */
record RelationTrigger(RelationType type, boolean firstIsSource, Set<EntityType> firstTypes,
                       Set<EntityType> secondTypes, Match match, List<String> words) {

    /** How a trigger's words must stand between the two names. */
    enum Match {
        /** anywhere between them */
        IN,
        /** alone between them (articles and commas aside) */
        ONLY,
        /** anywhere between them, with the first word used as a verb */
        VERB,
        /** right before the first name, the two names joined by "and" ("talks between A and B") */
        BEFORE,
        /** right after the second name, the two joined by "and", the first word a verb ("A and B met") */
        AFTER
    }

    RelationTrigger {
        firstTypes = Set.copyOf(firstTypes);
        secondTypes = Set.copyOf(secondTypes);
        words = List.copyOf(words);
    }

    boolean allows(EntityType first, EntityType second) {
        return firstTypes.contains(first) && secondTypes.contains(second);
    }
}
