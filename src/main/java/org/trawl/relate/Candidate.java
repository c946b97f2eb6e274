package org.trawl.relate;

import org.trawl.model.EntityMention;
import org.trawl.model.Sentence;
import org.trawl.nlp.namefind.GazetteerEntry;

/**
 * Two arguments of one sentence that may be related, the first named first, with the features the
 * relation model decides on.
 *
 * @param sentence the sentence
 * @param first    the argument that comes first in the sentence (a name, or a pronoun or description whose
 *                 mention's origin is {@code pronoun} or {@code description})
 * @param second   the other argument
 * @param features the model's context
 * @param hint     what the trigger rules alone make of the pair, or null
 * @param firstPlace  the gazetteer place the first argument is, or null (not a place, or not placed)
 * @param secondPlace the same for the second argument
 */
record Candidate(Sentence sentence, EntityMention first, EntityMention second, String[] features,
                 RuleHint hint, GazetteerEntry firstPlace, GazetteerEntry secondPlace) {
}
