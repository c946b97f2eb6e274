package org.trawl.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.trawl.index.Matches;
import org.trawl.index.Records;
import org.trawl.index.Schema;
import org.trawl.model.Entity;
import org.trawl.model.EntityScore;
import org.trawl.model.RelationType;
import org.trawl.store.EntityProfile;

/**
 * An entity's profile: its relations summed per type and other entity, and its score. Counting reads doc
 * values only; the other entities and the evidence sentences are read for the links shown (the
 * {@code limit} heaviest of each type, and of co-occurrences), so a hub with tens of thousands of
 * neighbours answers quickly.
 */
final class EntityProfiles {

    /** Mention records read for an entity's score at most: a hub's first ones are a fair sample. */
    static final int SCORED_MENTIONS = 20_000;

    private EntityProfiles() {
    }

    /** The relations of one type, direction and other end. */
    private record Key(RelationType type, boolean outgoing, String other) {
    }

    static EntityProfile profile(IndexSearcher s, String entityId, int limit) throws IOException {
        Entity entity = Records.entity(s, entityId).orElseThrow(() -> new IllegalArgumentException("no entity " + entityId));
        Map<Key, int[]> counts = new LinkedHashMap<>();
        Map<Key, Integer> firstRecord = new HashMap<>();
        Map<Key, String> firstArticle = new HashMap<>();
        StoredFields stored = s.storedFields();
        LinkReader.links(s, Matches.all(Matches.kind(Schema.KIND_RELATION), Matches.term(Schema.ENTITY, entityId)),
                (r, global, sentence) -> {
                    boolean outgoing = r.type().symmetric() || r.sourceId().equals(entityId);
                    String other = r.sourceId().equals(entityId) ? r.targetId() : r.sourceId();
                    if (other.equals(entityId)) {
                        return;
                    }
                    Key k = new Key(r.type(), outgoing, other);
                    counts.computeIfAbsent(k, x -> new int[1])[0] += r.count();
                    if (firstRecord.putIfAbsent(k, global) == null) {
                        firstArticle.put(k, r.documentId());
                    }
                });
        Map<RelationType, List<Key>> byType = new LinkedHashMap<>();
        counts.keySet().forEach(k -> byType.computeIfAbsent(k.type(), t -> new ArrayList<>()).add(k));
        List<EntityProfile.Link> typed = new ArrayList<>();
        List<EntityProfile.Link> co = new ArrayList<>();
        for (List<Key> keys : byType.values()) {
            keys.sort(Comparator.comparingInt((Key k) -> -counts.get(k)[0]).thenComparing(Key::other));
            int shown = 0;
            for (Key k : keys) {
                if (shown == limit) {
                    break;
                }
                Entity other = Records.entity(s, k.other()).orElse(null);
                if (other == null) {
                    continue;
                }
                String sentence = stored.document(firstRecord.get(k), Set.of(Schema.SENTENCE)).get(Schema.SENTENCE);
                EntityProfile.Link link = new EntityProfile.Link(k.type(), k.outgoing(), other, counts.get(k)[0],
                        sentence, firstArticle.get(k));
                (k.type() == RelationType.CO_OCCURS ? co : typed).add(link);
                shown++;
            }
        }
        return EntityProfile.ordered(entity, typed, co, score(s, entityId));
    }

    /** The entity's score from the scores of its mention records (see {@link EntityScore}). */
    private static EntityScore score(IndexSearcher s, String entityId) throws IOException {
        EntityScore.Builder b = new EntityScore.Builder();
        StoredFields stored = s.storedFields();
        Set<String> fields = Set.of(Schema.SCORE);
        Matches.forEachMatch(s, Matches.all(Matches.kind(Schema.KIND_MENTION), Matches.term(Schema.ENTITY, entityId)),
                leaf -> doc -> {
                    if (b.count() < SCORED_MENTIONS) {
                        IndexableField f = stored.document(leaf.docBase + doc, fields).getField(Schema.SCORE);
                        if (f != null) {
                            b.add(f.numericValue().doubleValue());
                        }
                    }
                });
        return b.build();
    }
}
