package org.trawl.relate;

import java.util.ArrayList;
import java.util.List;
import org.trawl.model.AnalyzedText;
import org.trawl.model.EntityMention;
import org.trawl.model.Relation;

/**
 * Finds the relations between the entities of one article: typed relations with their evidence sentence,
 * and sentence co-occurrence for pairs with no typed relation. Not thread-safe.
 */
public final class RelationExtractor {

    public List<Relation> extract(AnalyzedText text, List<EntityMention> mentions) {
        List<List<EntityMention>> bySentence = CoOccurrences.bySentence(text, mentions);
        return new ArrayList<>(CoOccurrences.find(text, bySentence));
    }
}
