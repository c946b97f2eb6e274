package org.trawl.relate;

import java.util.List;
import java.util.Set;
import org.trawl.model.EntityType;
import org.trawl.model.RelationType;

/**
 * Words that, standing between two names, say how the named things are related: "leader of", "based in",
 * "'s founder". One line of {@code relation-triggers.tsv}.
 *
 * @param type        the relation they express
 * @param firstIsSource true when the first-named is the relation's source ("X, leader of Y"), false when
 *                      the second-named is ("Y, led by X")
 * @param sources     entity types allowed as source
 * @param targets     entity types allowed as target
 * @param match       how the words must stand between the names
 * @param words       the lower-case words
 */
record RelationTrigger(RelationType type, boolean firstIsSource, Set<EntityType> sources, Set<EntityType> targets,
                       Match match, List<String> words) {

    /** How a trigger's words must stand between the two names. */
    enum Match {
        /** anywhere between them */
        IN,
        /** alone between them (articles and commas aside) */
        ONLY,
        /** anywhere between them, with the first word used as a verb */
        VERB
    }

    RelationTrigger {
        sources = Set.copyOf(sources);
        targets = Set.copyOf(targets);
        words = List.copyOf(words);
    }

    boolean allows(EntityType source, EntityType target) {
        return sources.contains(source) && targets.contains(target);
    }
}
