package org.trawl.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.trawl.model.Entity;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.Extraction;
import org.trawl.model.Relation;
import org.trawl.model.RelationType;
import org.trawl.names.NameKey;
import org.trawl.resolve.Correction;
import org.trawl.resolve.Corrections;

/**
 * The embedded Lucene index: the default {@link Store}. Opened for writing it holds Lucene's write lock,
 * so a second writer is refused with {@link IndexBusyException}; readers open the last commit and never
 * block a writer.
 *
 * <p>Commits are atomic: all records of one article (text, mentions, relations, file path) are added
 * under a shared lock that {@link #commit()} takes exclusively, so a commit never holds half an article,
 * and a process killed at any moment loses only what was added since the last commit.
 */
public final class LuceneStore implements Store {

    /** Sub-folder of the index folder that holds the Lucene files. */
    public static final String LUCENE_DIR = "lucene";

    private final Path indexDir;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final IndexQueries queries;
    private final ReadWriteLock commitLock = new ReentrantReadWriteLock();
    private final Set<String> pendingDocuments = ConcurrentHashMap.newKeySet();
    private final Set<String> released = ConcurrentHashMap.newKeySet();
    private final EntityBook entities;
    private final NearDuplicates nearDuplicates;
    private final EntityCounter entityCounter = new EntityCounter();
    /** The failure of a background merge (the disk filled up during it), reported with the next write's. */
    private final MergeFailures mergeFailures;

    private LuceneStore(Path indexDir, Directory directory, IndexWriter writer, SearcherManager searchers,
                        MergeFailures mergeFailures) {
        this.indexDir = indexDir;
        this.mergeFailures = mergeFailures;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.queries = new IndexQueries(this::withSearcher, indexDir);
        this.entities = new EntityBook(id -> queries.entityById(id));
        this.nearDuplicates = new NearDuplicates(this::withSearcher);
    }

    /** Opens (creating if needed) the index in {@code indexDir} for an ingest run. */
    public static LuceneStore openForWriting(Path indexDir) {
        return openForWriting(indexDir, UnaryOperator.identity());
    }

    /**
     * Opens the index for writing through a wrapper of its Lucene directory (tests: a directory that runs out
     * of space).
     */
    public static LuceneStore openForWriting(Path indexDir, UnaryOperator<Directory> wrap) {
        try {
            Files.createDirectories(indexDir);
            Directory dir = wrap.apply(FSDirectory.open(indexDir.resolve(LUCENE_DIR)));
            MergeFailures mergeFailures = new MergeFailures();
            IndexWriterConfig config = new IndexWriterConfig(Schema.indexAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setMergeScheduler(mergeFailures)
                    .setCommitOnClose(false);
            IndexWriter writer;
            try {
                writer = new IndexWriter(dir, config);
            } catch (LockObtainFailedException e) {
                dir.close();
                throw new IndexBusyException("the index " + indexDir
                        + " is being written by another trawl process; wait for it to finish");
            }
            try {
                writer.commit();
            } catch (IOException e) {
                writer.rollback();
                dir.close();
                throw new IndexWriteException(indexDir, e);
            }
            return new LuceneStore(indexDir, dir, writer, new SearcherManager(writer, null), mergeFailures);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open index " + indexDir + ": " + e.getMessage(), e);
        }
    }

    /** Opens an index that must already exist for changing it (a user's correction). */
    public static LuceneStore openExisting(Path indexDir) {
        if (!Files.isDirectory(indexDir.resolve(LUCENE_DIR))) {
            throw new IndexMissingException(indexDir);
        }
        return openForWriting(indexDir);
    }

    /** Opens the last commit of the index in {@code indexDir} for searching. */
    public static LuceneStore openForReading(Path indexDir) {
        Path luceneDir = indexDir.resolve(LUCENE_DIR);
        if (!Files.isDirectory(luceneDir)) {
            throw new IndexMissingException(indexDir);
        }
        try {
            Directory dir = FSDirectory.open(luceneDir);
            try {
                return new LuceneStore(indexDir, dir, null, new SearcherManager(dir, null), null);
            } catch (IndexNotFoundException e) {
                dir.close();
                throw new IndexMissingException(indexDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open index " + indexDir + ": " + e.getMessage(), e);
        }
    }

    public Path directory() {
        return indexDir;
    }

    @Override
    public boolean refresh() {
        try {
            return searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- writing

    @Override
    public Optional<PathRecord> path(String path) {
        return queries.path(path);
    }

    @Override
    public boolean containsDocument(String documentId) {
        return pendingDocuments.contains(documentId) || queries.exists(Schema.KIND_DOC, documentId);
    }

    @Override
    public String put(Extraction extraction, PathRecord path) {
        IndexWriter w = requireWriter();
        String id = extraction.document().id();
        long[] sketch = MinHash.signature(extraction.document().text());
        commitLock.readLock().lock();
        try {
            String original = sketch == null ? null
                    : nearDuplicates.claim(id, sketch, path(path.path()).map(PathRecord::documentId).orElse(null));
            w.addDocuments(original == null ? block(extraction, sketch)
                    : List.of(RecordMapper.article(extraction.document(), List.of(), sketch, original)));
            w.updateDocument(RecordMapper.uid(Schema.KIND_PATH, path.path()), RecordMapper.path(path));
            w.deleteDocuments(RecordMapper.uid(Schema.KIND_FAILURE, path.path()));
            pendingDocuments.add(id);
            if (original == null) {
                for (EntityMention m : extraction.mentions()) {
                    entities.seen(m);
                }
            }
            return original;
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailed(e);
        } finally {
            commitLock.readLock().unlock();
        }
    }

    /** The records of one article: the article, then its mentions and relations. */
    private static List<Document> block(Extraction extraction, long[] sketch) {
        String id = extraction.document().id();
        List<Document> block = new ArrayList<>(1 + extraction.mentions().size() + extraction.relations().size());
        block.add(RecordMapper.article(extraction.document(), extraction.mentions(), sketch, null));
        for (EntityMention m : extraction.mentions()) {
            block.add(RecordMapper.mention(id, m));
        }
        for (Relation r : extraction.relations()) {
            block.add(RecordMapper.relation(id, r));
        }
        return block;
    }

    @Override
    public void putPath(PathRecord path) {
        IndexWriter w = requireWriter();
        commitLock.readLock().lock();
        try {
            w.updateDocument(RecordMapper.uid(Schema.KIND_PATH, path.path()), RecordMapper.path(path));
            w.deleteDocuments(RecordMapper.uid(Schema.KIND_FAILURE, path.path()));
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailed(e);
        } finally {
            commitLock.readLock().unlock();
        }
    }

    @Override
    public void release(String documentId) {
        requireWriter();
        released.add(documentId);
    }

    @Override
    public void recordFailure(FailureRecord failure) {
        IndexWriter w = requireWriter();
        commitLock.readLock().lock();
        try {
            w.updateDocument(RecordMapper.uid(Schema.KIND_FAILURE, failure.path()), RecordMapper.failure(failure));
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailed(e);
        } finally {
            commitLock.readLock().unlock();
        }
    }

    @Override
    public void clearFailure(String path) {
        IndexWriter w = requireWriter();
        commitLock.readLock().lock();
        try {
            w.deleteDocuments(RecordMapper.uid(Schema.KIND_FAILURE, path));
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailed(e);
        } finally {
            commitLock.readLock().unlock();
        }
    }

    @Override
    public void commit() {
        IndexWriter w = requireWriter();
        try {
            // most of the flushing happens here, while workers go on adding; the refreshes below, with the
            // workers held, then only flush what came in since
            searchers.maybeRefreshBlocking();
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailed(e);
        }
        commitLock.writeLock().lock();
        try {
            if (!released.isEmpty()) {
                searchers.maybeRefreshBlocking();
                for (String id : released) {
                    if (queries.pathsHolding(id) == 0) {
                        queries.mentionEntities(id).forEach(entities::touched);
                        w.deleteDocuments(new Term(Schema.DOC, id));
                        pendingDocuments.remove(id);
                        // its near-duplicates were stored without names and relations: forget them and
                        // their files, so the next ingest reads those files again as articles of their own
                        for (String copy : queries.nearDuplicatesOf(id)) {
                            w.deleteDocuments(new Term(Schema.DOC, copy), new Term(RecordMapper.PATH_DOC, copy));
                        }
                    }
                }
                released.clear();
            }
            if (entities.hasChanges()) {
                searchers.maybeRefreshBlocking();
                List<EntityBook.Draft> drafts = entities.drain();
                Map<String, EntityCounter.Counts> counts = withSearcher(s -> entityCounter.count(s.getIndexReader(),
                        drafts.stream().map(EntityBook.Draft::id).toList()));
                for (EntityBook.Draft draft : drafts) {
                    Term uid = RecordMapper.uid(Schema.KIND_ENTITY, draft.id());
                    EntityCounter.Counts c = counts.get(draft.id());
                    if (c.mentions() == 0) {
                        w.deleteDocuments(uid);
                    } else {
                        w.updateDocument(uid, RecordMapper.entity(draft.toEntity(c.mentions(), c.articles()), draft.keys()));
                    }
                }
            }
            w.commit();
            searchers.maybeRefreshBlocking();
            nearDuplicates.committed();
            pendingDocuments.clear();
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailed(e);
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    /**
     * Records a user's correction in the {@link CorrectionLog} (so every later ingest applies it too) and
     * applies it to everything already in the index: each article that mentions an entity it concerns is put
     * again with its mentions relinked and its relations following them, and the entity records are redone
     * at the next commit.
     *
     * @return the number of articles rewritten
     */
    public int correct(Correction c) {
        IndexWriter w = requireWriter();
        commitLock.writeLock().lock();
        try {
            CorrectionLog.append(indexDir, c);
            searchers.maybeRefreshBlocking();
            Set<String> concerned = new LinkedHashSet<>(c.concerns());
            if (c instanceof Correction.Alias a) {
                concerned.addAll(queries.entitiesWithNameKey(NameKey.of(a.alias())));
            }
            Corrections one = Corrections.none().with(c);
            // entities that may lose names have their names collected again from their mentions, all of which
            // are in the concerned articles; an entity merged into another only gains names
            if (!(c instanceof Correction.Merge)) {
                concerned.forEach(entities::forgetNames);
            }
            int rewritten = 0;
            for (String articleId : queries.articlesMentioning(concerned)) {
                Extraction before = queries.extraction(articleId).orElse(null);
                if (before == null) {
                    continue;
                }
                Extraction after = one.apply(before);
                if (!after.equals(before)) {
                    w.deleteDocuments(new Term(Schema.DOC, articleId));
                    w.addDocuments(block(after, MinHash.signature(after.document().text())));
                    before.mentions().forEach(m -> entities.touched(m.entityId()));
                    rewritten++;
                }
                after.mentions().forEach(entities::seen);
            }
            if (c instanceof Correction.Rename r) {
                entities.rename(r.entityId(), r.newName());
            }
            return rewritten;
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailed(e);
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    /** A failed write, with the failure of a background merge before it (which may have closed the writer). */
    private IndexWriteException writeFailed(Exception e) {
        Throwable merge = mergeFailures == null ? null : mergeFailures.first();
        if (merge != null && merge != e && !IndexWriteException.noSpace(e)) {
            e.addSuppressed(merge);
        }
        return new IndexWriteException(indexDir, e);
    }

    /**
     * Lucene's merge scheduler, but a merge that fails (the disk filled up) is kept to be reported with the
     * next write's failure instead of printed as a stack trace by the merge thread.
     */
    private static final class MergeFailures extends ConcurrentMergeScheduler {
        private volatile Throwable first;

        @Override
        protected void handleMergeException(Throwable exc) {
            if (first == null) {
                first = exc;
            }
        }

        Throwable first() {
            return first;
        }
    }

    private IndexWriter requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("the index " + indexDir + " was opened for reading");
        }
        return writer;
    }

    // ---------------------------------------------------------------- reading

    @Override
    public SearchResults search(SearchRequest request) {
        return withSearcher(s -> new ArticleSearch(s, queries).search(request));
    }

    @Override
    public SearchFacets facets(SearchRequest request, int perFacet) {
        return withSearcher(s -> new FacetCounter(s, queries).count(request, perFacet));
    }

    @Override
    public Optional<DocumentRecord> document(String documentId, boolean withText) {
        return queries.document(documentId, withText);
    }

    @Override
    public List<EntityMention> mentions(String documentId) {
        return queries.mentions(documentId);
    }

    @Override
    public Optional<Entity> entity(String entityId) {
        return queries.entityById(entityId);
    }

    @Override
    public List<Entity> findEntities(String name, EntityType type, int limit) {
        return queries.findEntities(name, type, limit);
    }

    @Override
    public EntityProfile profile(String entityId, int limit) {
        return queries.profile(entityId, limit);
    }

    @Override
    public List<StoredRelation> relations(RelationFilter filter) {
        List<StoredRelation> out = new ArrayList<>();
        forEachRelation(filter, out::add);
        return out;
    }

    @Override
    public void forEachRelation(RelationFilter filter, Consumer<StoredRelation> consumer) {
        queries.forEachRelation(filter, consumer);
    }

    @Override
    public long entityCount() {
        return queries.count(Schema.KIND_ENTITY);
    }

    @Override
    public List<Entity> entities(EntityType type, int limit) {
        return queries.entities(type, limit);
    }

    @Override
    public void forEachLink(Set<RelationType> types, Set<String> ends, boolean bothEnds,
                            BiConsumer<RelationLink, Supplier<String>> consumer) {
        queries.forEachLink(types, ends, bothEnds, consumer);
    }

    @Override
    public Map<String, Integer> articleYears(String query) {
        return queries.articleYears(ArticleSearch.parse(query));
    }

    @Override
    public Map<String, Integer> articleYears(Collection<String> documentIds) {
        return queries.articleYears(documentIds);
    }

    @Override
    public List<FailureRecord> failures() {
        return queries.failures();
    }

    @Override
    public IndexStats stats(int topEntities) {
        return queries.stats(topEntities);
    }

    /** Runs a read against a current searcher, releasing it afterwards. */
    <T> T withSearcher(SearcherFunction<T> fn) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return fn.apply(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A read that may fail with an I/O error. */
    @FunctionalInterface
    interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                if (writer != null) {
                    writer.rollback();
                }
            } finally {
                directory.close();
            }
        }
    }

    static TermQuery term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    static Set<String> setOf(Iterable<String> values) {
        Set<String> out = new HashSet<>();
        values.forEach(out::add);
        return out;
    }
}
