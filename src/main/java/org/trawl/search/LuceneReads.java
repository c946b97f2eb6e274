package org.trawl.search;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.trawl.index.CorrectionLog;
import org.trawl.index.Records;
import org.trawl.index.Schema;
import org.trawl.index.Searchers;
import org.trawl.model.Entity;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.RelationType;
import org.trawl.store.CorrectionHistory;
import org.trawl.store.EdgeSummary;
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
 * The embedded Lucene index read: each question of {@link StoreReader} answered by one of this package's
 * queries against the index's current searchers. The index opened for reading ({@link LuceneReader}) and
 * opened for writing ({@link LuceneStore}, which reads its own writer's changes) both answer through it,
 * so neither forwards to the other.
 */
interface LuceneReads extends StoreReader {

    /** The searchers every read runs against. */
    Searchers searchers();

    /** The index folder (for its size on disk and its correction log). */
    Path indexDir();

    @Override
    default boolean refresh() {
        return searchers().refresh();
    }

    @Override
    default Optional<PathRecord> path(String path) {
        return searchers().with(s -> Records.path(s, path));
    }

    @Override
    default boolean containsDocument(String documentId) {
        return searchers().with(s -> Records.exists(s, Schema.KIND_DOC, documentId));
    }

    @Override
    default SearchResults search(SearchRequest request) {
        return searchers().with(s -> new ArticleSearch(s).search(request));
    }

    @Override
    default SearchFacets facets(SearchRequest request, int perFacet) {
        return searchers().with(s -> new FacetCounter(s).count(request, perFacet));
    }

    @Override
    default Optional<DocumentRecord> document(String documentId, boolean withText) {
        return searchers().with(s -> Records.document(s, documentId, withText));
    }

    @Override
    default List<EntityMention> mentions(String documentId) {
        return searchers().with(s -> Records.mentions(s, documentId));
    }

    @Override
    default Optional<Entity> entity(String entityId) {
        return searchers().with(s -> Records.entity(s, entityId));
    }

    @Override
    default List<Entity> findEntities(String name, EntityType type, int limit) {
        return searchers().with(s -> EntityQueries.find(s, name, type, limit));
    }

    @Override
    default List<Entity> entities(EntityType type, int limit) {
        return searchers().with(s -> EntityQueries.mostMentioned(s, type, limit));
    }

    @Override
    default long entityCount() {
        return searchers().with(s -> Records.count(s, Schema.KIND_ENTITY));
    }

    @Override
    default EntityProfile profile(String entityId, int limit) {
        return searchers().with(s -> EntityProfiles.profile(s, entityId, limit));
    }

    @Override
    default void forEachRelation(RelationFilter filter, Consumer<StoredRelation> consumer) {
        searchers().with(s -> {
            RelationQueries.forEachRelation(s, filter, consumer);
            return null;
        });
    }

    @Override
    default void forEachLink(Set<RelationType> types, Set<String> ends, boolean bothEnds,
                            BiConsumer<RelationLink, Supplier<String>> consumer) {
        searchers().with(s -> {
            RelationQueries.forEachLink(s, types, ends, bothEnds, consumer);
            return null;
        });
    }

    @Override
    default boolean keepsEdgeSummaries() {
        return searchers().with(EdgeQueries::kept);
    }

    @Override
    default void forEachEdge(Set<RelationType> types, Set<String> ends, boolean bothEnds, int evidence,
                             Consumer<EdgeSummary> consumer) {
        if (!keepsEdgeSummaries()) {
            throw new UnsupportedOperationException("the index " + indexDir() + " was written before edge summaries were kept");
        }
        searchers().with(s -> {
            EdgeQueries.forEachEdge(s, types, ends, bothEnds, evidence, consumer);
            return null;
        });
    }

    @Override
    default Map<String, Integer> articleYears(String query) {
        return searchers().with(s -> ArticleYears.matching(s, ArticleSearch.parse(query)));
    }

    @Override
    default Map<String, Integer> articleYears(Collection<String> documentIds) {
        return searchers().with(s -> Records.articleYears(s, documentIds));
    }

    @Override
    default List<FailureRecord> failures() {
        return searchers().with(StatsQueries::failures);
    }

    @Override
    default IndexStats stats(int topEntities) {
        return searchers().with(s -> StatsQueries.stats(s, topEntities, indexDir()));
    }

    @Override
    default CorrectionHistory corrections() {
        return new CorrectionLog(indexDir());
    }
}
