package org.trawl.solr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.trawl.index.Schema;
import org.trawl.model.Entity;
import org.trawl.model.EntityScore;
import org.trawl.model.RelationType;
import org.trawl.store.EntityProfile;

/**
 * An entity's profile on a Solr store: its relations summed per type, direction and other entity by the
 * cluster (nested JSON terms facets with {@code sum(count)}), the {@code limit} heaviest of each type looked
 * up with one evidence sentence each (the first article's, by article id), and its score from its mentions.
 */
final class SolrProfiles {

    /** Mention records read for an entity's score at most, as on the embedded index. */
    static final int SCORED_MENTIONS = 20_000;

    private final SolrReader store;

    SolrProfiles(SolrReader store) {
        this.store = store;
    }

    /** The relations of one type, direction and other end. */
    private record Key(RelationType type, boolean outgoing, String other) {
    }

    EntityProfile profile(String entityId, int limit) {
        Entity entity = store.entity(entityId).orElseThrow(() -> new IllegalArgumentException("no entity " + entityId));
        SolrQuery q = SolrReader.records(Schema.KIND_RELATION).addFilterQuery(SolrRecords.term(Schema.ENTITY, entityId))
                .setRows(0);
        q.set("profiled", entityId);
        q.set("json.facet", "{out:" + side(Schema.SOURCE_ENTITY, Schema.TARGET_ENTITY) + ",in:"
                + side(Schema.TARGET_ENTITY, Schema.SOURCE_ENTITY) + "}");
        JsonFacets f = JsonFacets.of(store.solr.query(q));
        Map<Key, Integer> counts = new LinkedHashMap<>();
        for (boolean out : new boolean[] {true, false}) {
            for (JsonFacets.Bucket type : f.buckets(out ? "out" : "in")) {
                RelationType t = RelationType.valueOf(type.value());
                for (JsonFacets.Bucket other : type.facets().buckets("other")) {
                    if (!other.value().equals(entityId)) {
                        counts.merge(new Key(t, out || t.symmetric(), other.value()),
                                (int) Math.round(other.facets().stat("weight")), Integer::sum);
                    }
                }
            }
        }
        Map<RelationType, List<Key>> byType = new LinkedHashMap<>();
        counts.keySet().forEach(k -> byType.computeIfAbsent(k.type(), t -> new ArrayList<>()).add(k));
        List<EntityProfile.Link> typed = new ArrayList<>();
        List<EntityProfile.Link> co = new ArrayList<>();
        for (List<Key> keys : byType.values()) {
            keys.sort(Comparator.comparingInt((Key k) -> -counts.get(k)).thenComparing(Key::other));
            List<Key> shown = keys.subList(0, Math.min(keys.size(), Math.max(0, limit) + 16));
            Map<String, Entity> others = store.entities(shown.stream().map(Key::other).toList());
            int n = 0;
            for (Key k : shown) {
                Entity other = others.get(k.other());
                if (n == limit) {
                    break;
                }
                if (other == null) {
                    continue;
                }
                Optional<SolrDocument> evidence = evidence(entityId, k);
                EntityProfile.Link link = new EntityProfile.Link(k.type(), k.outgoing(), other, counts.get(k),
                        evidence.map(d -> SolrRecords.string(d, Schema.SENTENCE)).orElse(null),
                        evidence.map(d -> SolrRecords.string(d, Schema.DOC)).orElse(null));
                (k.type() == RelationType.CO_OCCURS ? co : typed).add(link);
                n++;
            }
        }
        return EntityProfile.ordered(entity, typed, co, score(entityId));
    }

    /** The facet of one side: relation types, then the entity at the other end, each with its summed weight. */
    private static String side(String self, String other) {
        return "{type:terms,field:" + Schema.RELATION_TYPE + ",limit:-1,domain:{filter:\"{!term f=" + self
                + " v=$profiled}\"},facet:{other:{type:terms,field:" + other + ",limit:-1,facet:{weight:\"sum("
                + Schema.COUNT + ")\"}}}}";
    }

    /** The first relation record (by article) behind a link. */
    private Optional<SolrDocument> evidence(String entityId, Key k) {
        SolrQuery q = SolrReader.records(Schema.KIND_RELATION)
                .addFilterQuery(SolrRecords.term(Schema.RELATION_TYPE, k.type().name()))
                .setFields(Schema.SENTENCE, Schema.DOC)
                .setSort(Schema.DOC, SolrQuery.ORDER.asc).addSort(SolrRecords.UID, SolrQuery.ORDER.asc);
        q.set("self", entityId);
        q.set("other", k.other());
        q.set("selfSource", "{!term f=" + Schema.SOURCE_ENTITY + " v=$self}");
        q.set("selfTarget", "{!term f=" + Schema.TARGET_ENTITY + " v=$self}");
        q.set("otherSource", "{!term f=" + Schema.SOURCE_ENTITY + " v=$other}");
        q.set("otherTarget", "{!term f=" + Schema.TARGET_ENTITY + " v=$other}");
        q.set("forward", "{!bool filter=$selfSource filter=$otherTarget}");
        q.set("backward", "{!bool filter=$otherSource filter=$selfTarget}");
        q.addFilterQuery(k.type().symmetric() ? "{!bool should=$forward should=$backward}"
                : k.outgoing() ? "{!bool filter=$selfSource filter=$otherTarget}"
                : "{!bool filter=$otherSource filter=$selfTarget}");
        return store.solr.first(q);
    }

    /** The entity's score from the scores of its mention records (see {@link EntityScore}). */
    private EntityScore score(String entityId) {
        EntityScore.Builder b = new EntityScore.Builder();
        SolrQuery q = SolrReader.records(Schema.KIND_MENTION).addFilterQuery(SolrRecords.term(Schema.ENTITY, entityId))
                .setFields(Schema.SCORE);
        store.solr.forEach(q, d -> {
            Object s = d.getFirstValue(Schema.SCORE);
            if (s instanceof Number n) {
                b.add(n.doubleValue());
            }
            return b.count() < SCORED_MENTIONS;
        });
        return b.build();
    }
}
