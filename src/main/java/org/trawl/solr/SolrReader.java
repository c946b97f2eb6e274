package org.trawl.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.trawl.index.Schema;
import org.trawl.model.Entity;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.Relation;
import org.trawl.model.RelationType;
import org.trawl.names.NameKey;
import org.trawl.store.CorrectionHistory;
import org.trawl.store.DocumentRecord;
import org.trawl.store.EntityProfile;
import org.trawl.store.FailureRecord;
import org.trawl.store.IndexStats;
import org.trawl.store.PathRecord;
import org.trawl.store.RelationFilter;
import org.trawl.store.RelationLink;
import org.trawl.store.SearchFacets;
import org.trawl.store.SearchRequest;
import org.trawl.store.SearchResults;
import org.trawl.store.StoreReader;
import org.trawl.store.StoredRelation;

/**
 * A SolrCloud collection read: each question of {@link StoreReader} asked of the cluster, which does the
 * matching, counting and sorting (JSON facets for counts, cursorMark paging to walk many records), so that
 * no read brings the whole collection into this JVM. Reads see the last commit of the collection; unlike
 * the embedded index, a reader cannot stay at an older commit ({@link #refresh()} only tells whether a
 * commit happened since it last asked).
 */
class SolrReader implements StoreReader {

    final SolrConnection solr;
    final Function<String, Query> parser;
    private final SolrSearch search;
    private volatile long seenCommit;

    SolrReader(SolrConnection solr, Function<String, Query> parser) {
        this.solr = solr;
        this.parser = parser;
        this.search = new SolrSearch(this);
        this.seenCommit = lastCommit();
    }

    /** A query for the records of a kind. */
    static SolrQuery records(String kind) {
        return new SolrQuery(SolrRecords.kind(kind));
    }

    /** The mark the last commit left (0 before any). */
    long lastCommit() {
        SolrQuery q = records(SolrRecords.KIND_STATE).setFields(SolrRecords.SEQ);
        return solr.first(q).map(d -> SolrRecords.number(d, SolrRecords.SEQ)).orElse(0L);
    }

    @Override
    public boolean refresh() {
        long now = lastCommit();
        boolean changed = now != seenCommit;
        seenCommit = now;
        return changed;
    }

    @Override
    public Optional<PathRecord> path(String path) {
        SolrQuery q = records(Schema.KIND_PATH).addFilterQuery(SolrRecords.term(SolrRecords.UID,
                SolrRecords.uid(Schema.KIND_PATH, path)));
        return solr.first(q).map(SolrRecords::pathRecord);
    }

    @Override
    public boolean containsDocument(String documentId) {
        return solr.count(records(Schema.KIND_DOC).addFilterQuery(SolrRecords.term(SolrRecords.UID,
                SolrRecords.articleUid(documentId)))) > 0;
    }

    @Override
    public SearchResults search(SearchRequest request) {
        return search.search(request);
    }

    @Override
    public SearchFacets facets(SearchRequest request, int perFacet) {
        return search.facets(request, perFacet);
    }

    @Override
    public Optional<DocumentRecord> document(String documentId, boolean withText) {
        SolrQuery q = records(Schema.KIND_DOC).addFilterQuery(SolrRecords.term(SolrRecords.UID,
                SolrRecords.articleUid(documentId)));
        if (!withText) {
            q.setFields(SolrSearch.ARTICLE_FIELDS);
        }
        return solr.first(q).map(d -> SolrRecords.articleRecord(d, pathsOf(List.of(documentId))
                .getOrDefault(documentId, List.of()), withText));
    }

    /** The files holding each of these articles, sorted. */
    Map<String, List<String>> pathsOf(Collection<String> documentIds) {
        Map<String, List<String>> out = new HashMap<>();
        if (documentIds.isEmpty()) {
            return out;
        }
        SolrQuery q = records(Schema.KIND_PATH).addFilterQuery(SolrRecords.terms(SolrRecords.PATH_DOC, documentIds))
                .setFields(Schema.PATH, SolrRecords.PATH_DOC);
        solr.forEach(q, d -> {
            out.computeIfAbsent(SolrRecords.string(d, SolrRecords.PATH_DOC), k -> new ArrayList<>())
                    .add(SolrRecords.string(d, Schema.PATH));
            return true;
        });
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    @Override
    public List<EntityMention> mentions(String documentId) {
        List<EntityMention> out = new ArrayList<>();
        solr.forEach(records(Schema.KIND_MENTION).addFilterQuery(SolrRecords.term(Schema.DOC, documentId)), d -> {
            out.add(SolrRecords.mentionRecord(d));
            return true;
        });
        out.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end));
        return out;
    }

    @Override
    public Optional<Entity> entity(String entityId) {
        return solr.first(records(Schema.KIND_ENTITY).addFilterQuery(SolrRecords.term(SolrRecords.UID,
                SolrRecords.uid(Schema.KIND_ENTITY, entityId)))).map(SolrRecords::entityRecord);
    }

    /** These entities (those there are), by id. */
    Map<String, Entity> entities(Collection<String> ids) {
        Map<String, Entity> out = new HashMap<>();
        List<String> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += SolrConnection.PAGE) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + SolrConnection.PAGE));
            solr.forEach(records(Schema.KIND_ENTITY).addFilterQuery(SolrRecords.terms(Schema.ID, batch)), d -> {
                Entity e = SolrRecords.entityRecord(d);
                out.put(e.id(), e);
                return true;
            });
        }
        return out;
    }

    @Override
    public List<Entity> findEntities(String name, EntityType type, int limit) {
        Set<String> variants = new LinkedHashSet<>(List.of(NameKey.of(name), NameKey.plain(name)));
        variants.remove("");
        if (variants.isEmpty()) {
            return List.of();
        }
        List<Entity> exact = mostMentioned(withType(records(Schema.KIND_ENTITY)
                .addFilterQuery(SolrRecords.terms(Schema.NAME_KEY, variants)), type), limit);
        if (!exact.isEmpty()) {
            return exact;
        }
        SolrQuery words = records(Schema.KIND_ENTITY);
        for (String w : NameKey.plain(name).split(" ")) {
            words.addFilterQuery(SolrRecords.term(Schema.NAME, w));
        }
        return mostMentioned(withType(words, type), limit);
    }

    @Override
    public List<Entity> entities(EntityType type, int limit) {
        return mostMentioned(withType(records(Schema.KIND_ENTITY), type), limit);
    }

    private static SolrQuery withType(SolrQuery q, EntityType type) {
        return type == null ? q : q.addFilterQuery(SolrRecords.term(Schema.TYPE, type.name()));
    }

    /** The entities a query matches, most mentioned first (ties by id); all of them when limit ≤ 0. */
    List<Entity> mostMentioned(SolrQuery q, int limit) {
        q.setSort(Schema.MENTIONS, SolrQuery.ORDER.desc).addSort(Schema.ID, SolrQuery.ORDER.asc);
        List<Entity> out = new ArrayList<>();
        if (limit > 0 && limit <= SolrConnection.PAGE) {
            q.setRows(limit);
            solr.query(q).getResults().forEach(d -> out.add(SolrRecords.entityRecord(d)));
            return out;
        }
        solr.forEach(q, d -> {
            out.add(SolrRecords.entityRecord(d));
            return limit <= 0 || out.size() < limit;
        });
        return out;
    }

    @Override
    public long entityCount() {
        return solr.count(records(Schema.KIND_ENTITY));
    }

    @Override
    public EntityProfile profile(String entityId, int limit) {
        return new SolrProfiles(this).profile(entityId, limit);
    }

    @Override
    public void forEachRelation(RelationFilter filter, Consumer<StoredRelation> consumer) {
        SolrQuery q = records(Schema.KIND_RELATION);
        if (!filter.types().isEmpty()) {
            q.addFilterQuery(SolrRecords.terms(Schema.RELATION_TYPE, filter.types().stream().map(Enum::name).toList()));
        }
        if (!filter.entityIds().isEmpty()) {
            q.addFilterQuery(SolrRecords.terms(Schema.ENTITY, filter.entityIds()));
        }
        if (filter.documentId() != null) {
            q.addFilterQuery(SolrRecords.term(Schema.DOC, filter.documentId()));
        }
        Map<String, String> names = new HashMap<>();
        int[] emitted = {0};
        solr.forEach(q, d -> {
            if (filter.limit() > 0 && emitted[0] >= filter.limit()) {
                return false;
            }
            Relation r = SolrRecords.relationRecord(d);
            consumer.accept(new StoredRelation(SolrRecords.string(d, Schema.DOC), r,
                    name(names, r.source().entityId(), r.source().text()),
                    name(names, r.target().entityId(), r.target().text())));
            emitted[0]++;
            return true;
        });
    }

    /** The canonical name of an entity (the argument's text when the entity is gone), looked up once. */
    private String name(Map<String, String> cache, String entityId, String text) {
        return cache.computeIfAbsent(entityId, id -> entity(id).map(Entity::canonical).orElse(text));
    }

    /**
     * A link's fields, its evidence sentence among them: a network keeps a sentence or more for most of its
     * edges, and one request per sentence made an ego network on 20,000 articles take minutes.
     */
    static final String[] LINK_FIELDS = {Schema.DOC, Schema.RELATION_TYPE, Schema.SOURCE_ENTITY, Schema.TARGET_ENTITY,
        Schema.COUNT, Schema.YEARS, Schema.SENTENCE};

    @Override
    public void forEachLink(Set<RelationType> types, Set<String> ends, boolean bothEnds,
                            BiConsumer<RelationLink, Supplier<String>> consumer) {
        if (ends != null && ends.isEmpty()) {
            return;
        }
        SolrQuery q = records(Schema.KIND_RELATION).setFields(LINK_FIELDS);
        if (!types.isEmpty()) {
            q.addFilterQuery(SolrRecords.terms(Schema.RELATION_TYPE, types.stream().map(Enum::name).toList()));
        }
        if (ends != null) {
            q.set("sourceEnds", SolrRecords.terms(Schema.SOURCE_ENTITY, ends));
            q.set("targetEnds", SolrRecords.terms(Schema.TARGET_ENTITY, ends));
            q.addFilterQuery(bothEnds ? "{!bool filter=$sourceEnds filter=$targetEnds}"
                    : "{!bool should=$sourceEnds should=$targetEnds}");
        }
        solr.forEach(q, d -> {
            RelationLink link = new RelationLink(SolrRecords.string(d, Schema.DOC),
                    RelationType.valueOf(SolrRecords.string(d, Schema.RELATION_TYPE)),
                    SolrRecords.string(d, Schema.SOURCE_ENTITY), SolrRecords.string(d, Schema.TARGET_ENTITY),
                    SolrRecords.integer(d, Schema.COUNT), SolrRecords.years(d));
            String sentence = SolrRecords.string(d, Schema.SENTENCE);
            consumer.accept(link, () -> sentence);
            return true;
        });
    }

    @Override
    public Map<String, Integer> articleYears(String query) {
        Map<String, Integer> out = new HashMap<>();
        SolrQuery q = new SolrQuery(LuceneSyntax.write(parser.apply(query)))
                .addFilterQuery(SolrRecords.kind(Schema.KIND_DOC))
                .setFields(Schema.ID, Schema.YEAR);
        solr.forEach(q, d -> {
            out.put(SolrRecords.string(d, Schema.ID), year(d));
            return true;
        });
        return out;
    }

    @Override
    public Map<String, Integer> articleYears(Collection<String> documentIds) {
        Map<String, Integer> out = new HashMap<>();
        List<String> all = List.copyOf(new LinkedHashSet<>(documentIds));
        for (int from = 0; from < all.size(); from += SolrConnection.PAGE) {
            SolrQuery q = records(Schema.KIND_DOC).addFilterQuery(SolrRecords.terms(Schema.ID,
                    all.subList(from, Math.min(all.size(), from + SolrConnection.PAGE))))
                    .setFields(Schema.ID, Schema.YEAR);
            solr.forEach(q, d -> {
                out.put(SolrRecords.string(d, Schema.ID), year(d));
                return true;
            });
        }
        return out;
    }

    private static int year(SolrDocument d) {
        Object y = d.getFirstValue(Schema.YEAR);
        return y == null ? 0 : ((Number) y).intValue();
    }

    @Override
    public List<FailureRecord> failures() {
        List<FailureRecord> out = new ArrayList<>();
        solr.forEach(records(Schema.KIND_FAILURE), d -> {
            out.add(SolrRecords.failureRecord(d));
            return true;
        });
        out.sort(Comparator.comparing(FailureRecord::path));
        return out;
    }

    @Override
    public IndexStats stats(int topEntities) {
        SolrQuery q = new SolrQuery("*:*").setRows(0);
        q.set("json.facet", "{kinds:{type:terms,field:kind,limit:-1},"
                + "entities:{type:terms,field:type,limit:-1,domain:{filter:\"kind:entity\"}},"
                + "mentions:{type:terms,field:type,limit:-1,domain:{filter:\"kind:mention\"}},"
                + "relations:{type:terms,field:relation_type,limit:-1,domain:{filter:\"kind:relation\"}}}");
        JsonFacets facets = JsonFacets.of(solr.query(q));
        Map<String, Long> kinds = facets.counts("kinds");
        Map<String, Long> entitiesByType = new LinkedHashMap<>();
        Map<String, Long> mentionsByType = new LinkedHashMap<>();
        Map<String, Long> byEntityType = facets.counts("entities");
        Map<String, Long> byMentionType = facets.counts("mentions");
        for (EntityType t : EntityType.values()) {
            entitiesByType.put(t.name(), byEntityType.getOrDefault(t.name(), 0L));
            mentionsByType.put(t.name(), byMentionType.getOrDefault(t.name(), 0L));
        }
        Map<String, Long> relationsByType = new LinkedHashMap<>();
        Map<String, Long> byRelationType = facets.counts("relations");
        for (RelationType t : RelationType.values()) {
            if (byRelationType.getOrDefault(t.name(), 0L) > 0) {
                relationsByType.put(t.name(), byRelationType.get(t.name()));
            }
        }
        List<Entity> top = topEntities <= 0 ? List.of() : mostMentioned(records(Schema.KIND_ENTITY), topEntities);
        return new IndexStats(kinds.getOrDefault(Schema.KIND_DOC, 0L), kinds.getOrDefault(Schema.KIND_MENTION, 0L),
                kinds.getOrDefault(Schema.KIND_ENTITY, 0L), kinds.getOrDefault(Schema.KIND_RELATION, 0L),
                kinds.getOrDefault(Schema.KIND_PATH, 0L), kinds.getOrDefault(Schema.KIND_FAILURE, 0L),
                entitiesByType, mentionsByType, relationsByType, top, 0);
    }

    @Override
    public CorrectionHistory corrections() {
        return new SolrCorrectionLog(solr);
    }

    @Override
    public void close() {
        solr.close();
    }
}
