package org.trawl.relate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trawl.model.AnalyzedText;
import org.trawl.model.EntityMention;
import org.trawl.model.Relation;
import org.trawl.model.RelationArgument;
import org.trawl.model.RelationType;
import org.trawl.model.Sentence;
import org.trawl.nlp.Cancellation;

/**
 * Sentence co-occurrence: one {@link RelationType#CO_OCCURS} relation per pair of entities named in the
 * same sentence, per article, counting the sentences and keeping the first as evidence.
 */
public final class CoOccurrences {

    private CoOccurrences() {
    }

    public static List<Relation> find(AnalyzedText text, List<List<EntityMention>> bySentence) {
        record Pair(String a, String b) {
        }
        Map<Pair, Relation> first = new LinkedHashMap<>();
        Map<Pair, Integer> counts = new LinkedHashMap<>();
        for (int si = 0; si < bySentence.size(); si++) {
            Cancellation.checkpoint();
            List<EntityMention> ms = bySentence.get(si);
            if (ms.size() < 2) {
                continue;
            }
            Sentence s = text.sentences().get(si);
            Map<Pair, Boolean> seenHere = new LinkedHashMap<>();
            for (int i = 0; i < ms.size(); i++) {
                for (int j = i + 1; j < ms.size(); j++) {
                    EntityMention x = ms.get(i);
                    EntityMention y = ms.get(j);
                    if (x.entityId().equals(y.entityId())) {
                        continue;
                    }
                    Pair key = x.entityId().compareTo(y.entityId()) < 0
                            ? new Pair(x.entityId(), y.entityId()) : new Pair(y.entityId(), x.entityId());
                    if (seenHere.putIfAbsent(key, true) != null) {
                        continue;
                    }
                    counts.merge(key, 1, Integer::sum);
                    first.putIfAbsent(key, new Relation(RelationType.CO_OCCURS, RelationArgument.of(x),
                            RelationArgument.of(y), s.text(), s.start(), 1.0, Years.in(s.text()), 1));
                }
            }
        }
        List<Relation> out = new ArrayList<>(first.size());
        for (Map.Entry<Pair, Relation> e : first.entrySet()) {
            Relation r = e.getValue();
            out.add(new Relation(r.type(), r.source(), r.target(), r.sentence(), r.sentenceStart(), r.score(),
                    r.years(), counts.get(e.getKey())));
        }
        return out;
    }

    /** Groups mentions by the sentence that contains them. */
    public static List<List<EntityMention>> bySentence(AnalyzedText text, List<EntityMention> mentions) {
        List<List<EntityMention>> out = new ArrayList<>(text.sentences().size());
        for (int i = 0; i < text.sentences().size(); i++) {
            out.add(new ArrayList<>());
        }
        for (EntityMention m : mentions) {
            Sentence s = text.sentenceAt(m.start());
            if (s != null) {
                out.get(s.index()).add(m);
            }
        }
        return out;
    }
}
