package org.trawl.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.trawl.index.CorrectionLog;
import org.trawl.index.Records;
import org.trawl.index.Schema;
import org.trawl.index.Searchers;
import org.trawl.model.Entity;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.RelationType;
import org.trawl.store.CorrectionHistory;
import org.trawl.store.DocumentRecord;
import org.trawl.store.EntityProfile;
import org.trawl.store.FailureRecord;
import org.trawl.store.IndexMissingException;
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
 * queries against a current searcher. Opened on a folder it reads the last commit there (and never blocks
 * a writer); the store opened for writing extends it to read its own writer's changes.
 */
public class LuceneReader implements StoreReader {

    private final Path indexDir;
    private final Searchers searchers;
    private final Closeable resources;

    /** Reads through these searchers; {@code resources} are what {@link #close()} closes. */
    LuceneReader(Path indexDir, Searchers searchers, Closeable resources) {
        this.indexDir = indexDir;
        this.searchers = searchers;
        this.resources = resources;
    }

    /** Opens the last commit of the index in {@code indexDir}. */
    static LuceneReader open(Path indexDir) {
        Path luceneDir = indexDir.resolve(Schema.LUCENE_DIR);
        if (!Files.isDirectory(luceneDir)) {
            throw new IndexMissingException(indexDir);
        }
        try {
            Directory dir = FSDirectory.open(luceneDir);
            try {
                Searchers searchers = Searchers.of(dir);
                return new LuceneReader(indexDir, searchers, () -> {
                    try {
                        searchers.close();
                    } finally {
                        dir.close();
                    }
                });
            } catch (IndexNotFoundException e) {
                dir.close();
                throw new IndexMissingException(indexDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open index " + indexDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean refresh() {
        return searchers.refresh();
    }

    @Override
    public Optional<PathRecord> path(String path) {
        return searchers.with(s -> Records.path(s, path));
    }

    @Override
    public boolean containsDocument(String documentId) {
        return searchers.with(s -> Records.exists(s, Schema.KIND_DOC, documentId));
    }

    @Override
    public SearchResults search(SearchRequest request) {
        return searchers.with(s -> new ArticleSearch(s).search(request));
    }

    @Override
    public SearchFacets facets(SearchRequest request, int perFacet) {
        return searchers.with(s -> new FacetCounter(s).count(request, perFacet));
    }

    @Override
    public Optional<DocumentRecord> document(String documentId, boolean withText) {
        return searchers.with(s -> Records.document(s, documentId, withText));
    }

    @Override
    public List<EntityMention> mentions(String documentId) {
        return searchers.with(s -> Records.mentions(s, documentId));
    }

    @Override
    public Optional<Entity> entity(String entityId) {
        return searchers.with(s -> Records.entity(s, entityId));
    }

    @Override
    public List<Entity> findEntities(String name, EntityType type, int limit) {
        return searchers.with(s -> EntityQueries.find(s, name, type, limit));
    }

    @Override
    public List<Entity> entities(EntityType type, int limit) {
        return searchers.with(s -> EntityQueries.mostMentioned(s, type, limit));
    }

    @Override
    public long entityCount() {
        return searchers.with(s -> Records.count(s, Schema.KIND_ENTITY));
    }

    @Override
    public EntityProfile profile(String entityId, int limit) {
        return searchers.with(s -> EntityProfiles.profile(s, entityId, limit));
    }

    @Override
    public void forEachRelation(RelationFilter filter, Consumer<StoredRelation> consumer) {
        searchers.with(s -> {
            RelationQueries.forEachRelation(s, filter, consumer);
            return null;
        });
    }

    @Override
    public void forEachLink(Set<RelationType> types, Set<String> ends, boolean bothEnds,
                            BiConsumer<RelationLink, Supplier<String>> consumer) {
        searchers.with(s -> {
            RelationQueries.forEachLink(s, types, ends, bothEnds, consumer);
            return null;
        });
    }

    @Override
    public Map<String, Integer> articleYears(String query) {
        return searchers.with(s -> ArticleYears.matching(s, ArticleSearch.parse(query)));
    }

    @Override
    public Map<String, Integer> articleYears(Collection<String> documentIds) {
        return searchers.with(s -> ArticleYears.of(s, documentIds));
    }

    @Override
    public List<FailureRecord> failures() {
        return searchers.with(StatsQueries::failures);
    }

    @Override
    public IndexStats stats(int topEntities) {
        return searchers.with(s -> StatsQueries.stats(s, topEntities, indexDir));
    }

    @Override
    public CorrectionHistory corrections() {
        return new CorrectionLog(indexDir);
    }

    @Override
    public void close() throws IOException {
        resources.close();
    }
}
