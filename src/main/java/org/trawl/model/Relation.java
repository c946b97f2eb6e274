package org.trawl.model;

import java.util.List;
import java.util.Objects;

/**
 * A relation between two entities with the sentence that shows it.
 *
 * @param type          what the relation is
 * @param source        the subject (for symmetric types, the one named first)
 * @param target        the object
 * @param sentence      the evidence sentence text
 * @param sentenceStart offset of the sentence in the document text
 * @param score         confidence in [0, 1]
 * @param years         years stated in the sentence, ascending (empty when none)
 * @param count         evidence sentences this relation stands for (1 for typed relations; the number of
 *                      sentences naming both for {@link RelationType#CO_OCCURS})
 */
public record Relation(RelationType type, RelationArgument source, RelationArgument target, String sentence,
                       int sentenceStart, double score, List<Integer> years, int count) {

    public Relation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        years = List.copyOf(years);
    }
}
