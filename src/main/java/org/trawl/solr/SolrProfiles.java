package org.trawl.solr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.Group;
import org.apache.solr.client.solrj.response.GroupCommand;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.GroupParams;
import org.trawl.index.Schema;
import org.trawl.model.Entity;
import org.trawl.model.EntityScore;
import org.trawl.model.RelationType;
import org.trawl.store.EntityProfile;

/**
 * An entity's profile on a Solr store: its relations summed per type, direction and other entity by the
 * cluster (nested JSON terms facets with {@code sum(count)}), the {@code limit} heaviest of each type looked
 * up with one evidence sentence each (the first article's, by article id), and its score from its mentions.
 * A profile is a few requests whatever its size: the facets, the other entities, the evidence of every link
 * shown (one grouped request) and the pages of mention scores.
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
        List<Key> candidates = new ArrayList<>();
        for (List<Key> keys : byType.values()) {
            keys.sort(Comparator.comparingInt((Key k) -> -counts.get(k)).thenComparing(Key::other));
            candidates.addAll(keys.subList(0, Math.min(keys.size(), Math.max(0, limit) + 16)));
        }
        // one request for the other ends of every type, one for the evidence of every link shown
        Map<String, Entity> others = store.entities(candidates.stream().map(Key::other).toList());
        List<Key> shown = new ArrayList<>();
        for (List<Key> keys : byType.values()) {
            keys.stream().filter(k -> others.containsKey(k.other())).limit(Math.max(0, limit)).forEach(shown::add);
        }
        List<SolrDocument> evidence = evidence(entityId, shown);
        List<EntityProfile.Link> typed = new ArrayList<>();
        List<EntityProfile.Link> co = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Key k = shown.get(i);
            SolrDocument d = evidence.get(i);
            EntityProfile.Link link = new EntityProfile.Link(k.type(), k.outgoing(), others.get(k.other()),
                    counts.get(k), d == null ? null : SolrRecords.string(d, Schema.SENTENCE),
                    d == null ? null : SolrRecords.string(d, Schema.DOC));
            (k.type() == RelationType.CO_OCCURS ? co : typed).add(link);
        }
        return EntityProfile.ordered(entity, typed, co, score(entityId));
    }

    /** The facet of one side: relation types, then the entity at the other end, each with its summed weight. */
    private static String side(String self, String other) {
        return "{type:terms,field:" + Schema.RELATION_TYPE + ",limit:-1,domain:{filter:\"{!term f=" + self
                + " v=$profiled}\"},facet:{other:{type:terms,field:" + other + ",limit:-1,facet:{weight:\"sum("
                + Schema.COUNT + ")\"}}}}";
    }

    /**
     * The first relation record (by article, then by record) behind each link, in one grouped request: a
     * group query per link, the best record of each group by that sort. A link whose records are gone has
     * {@code null}.
     */
    private List<SolrDocument> evidence(String entityId, List<Key> links) {
        List<SolrDocument> out = new ArrayList<>();
        if (links.isEmpty()) {
            return out;
        }
        SolrQuery q = SolrReader.records(Schema.KIND_RELATION).addFilterQuery(SolrRecords.term(Schema.ENTITY, entityId))
                .setFields(Schema.SENTENCE, Schema.DOC).setRows(1);
        q.set(GroupParams.GROUP, true);
        q.set(GroupParams.GROUP_LIMIT, 1);
        // one sort for the groups and the request: a distributed group query needs them equal to merge the shards
        String order = Schema.DOC + " asc," + SolrRecords.UID + " asc";
        q.set(CommonParams.SORT, order);
        q.set(GroupParams.GROUP_SORT, order);
        List<String> groups = new ArrayList<>();
        for (Key k : links) {
            String forward = ends(entityId, k.other());
            String backward = ends(k.other(), entityId);
            String which = k.type().symmetric() ? "(" + forward + " OR " + backward + ")"
                    : k.outgoing() ? forward : backward;
            String group = "+" + SolrRecords.quoted(Schema.RELATION_TYPE, k.type().name()) + " +" + which;
            groups.add(group);
            q.add(GroupParams.GROUP_QUERY, group);
        }
        Map<String, SolrDocument> first = new LinkedHashMap<>();
        for (GroupCommand command : store.solr.query(q).getGroupResponse().getValues()) {
            for (Group g : command.getValues()) {
                if (!g.getResult().isEmpty()) {
                    first.put(command.getName(), g.getResult().get(0));
                }
            }
        }
        groups.forEach(g -> out.add(first.get(g)));
        return out;
    }

    /** A query for the records from one entity to another. */
    private static String ends(String source, String target) {
        return "(+" + SolrRecords.quoted(Schema.SOURCE_ENTITY, source) + " +"
                + SolrRecords.quoted(Schema.TARGET_ENTITY, target) + ")";
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
