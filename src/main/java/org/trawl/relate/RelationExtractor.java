package org.trawl.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trawl.model.AnalyzedText;
import org.trawl.model.EntityMention;
import org.trawl.model.Relation;
import org.trawl.model.RelationType;
import org.trawl.nlp.PartOfSpeechTagger;

/**
 * Finds the relations between the entities of one article: typed relations with their evidence sentence
 * ({@link TypedRelations}), and sentence co-occurrence for the pairs with no typed relation in the
 * article. Not thread-safe.
 */
public final class RelationExtractor {

    private final TypedRelations typed;

    /** @param tagger the calling thread's tagger */
    public RelationExtractor(PartOfSpeechTagger tagger) {
        this.typed = new TypedRelations(RelationTriggers.bundled(), tagger);
    }

    public List<Relation> extract(AnalyzedText text, List<EntityMention> mentions) {
        List<List<EntityMention>> bySentence = CoOccurrences.bySentence(text, mentions);
        List<Relation> out = new ArrayList<>();
        Set<String> relatedPairs = new HashSet<>();
        for (int i = 0; i < bySentence.size(); i++) {
            if (bySentence.get(i).size() < 2) {
                continue;
            }
            for (Relation r : typed.find(text.sentences().get(i), bySentence.get(i))) {
                out.add(r);
                relatedPairs.add(pair(r));
            }
        }
        for (Relation r : CoOccurrences.find(text, bySentence)) {
            if (!relatedPairs.contains(pair(r))) {
                out.add(r);
            }
        }
        return out;
    }

    private static String pair(Relation r) {
        String a = r.source().entityId();
        String b = r.target().entityId();
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** True for the relation types that carry meaning beyond co-mention. */
    public static boolean isTyped(Relation r) {
        return r.type() != RelationType.CO_OCCURS;
    }
}
