package org.trawl.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.trawl.model.EntityMention;
import org.trawl.model.Extraction;
import org.trawl.resolve.Correction;
import org.trawl.store.FailureRecord;
import org.trawl.store.IndexBusyException;
import org.trawl.store.IndexMissingException;
import org.trawl.store.IndexWriteException;
import org.trawl.store.PathRecord;

/**
 * The writing side of the embedded Lucene index: puts, releases and corrects articles, records files and
 * failures, and commits. It holds Lucene's write lock, so a second writer is refused with
 * {@link IndexBusyException}; readers open the last commit and never block it.
 *
 * <p>Commits are atomic: all records of one article (text, mentions, relations, file path) are added
 * under a shared lock that {@link #commit()} takes exclusively, so a commit never holds half an article,
 * and a process killed at any moment loses only what was added since the last commit. Entity records are
 * rewritten at commit, from the {@link EntityBook} of the entities changed since, so concurrent ingest
 * threads never race on one entity record.
 *
 * <p>It is the base of the store opened for writing ({@code search.LuceneStore}), which adds the reads:
 * its public methods are that store's write methods, so nothing forwards to them.
 */
public class LuceneWriter implements Closeable {

    private final Path indexDir;
    private final Directory directory;
    private final IndexWriter writer;
    private final Searchers searchers;
    private final ReadWriteLock commitLock = new ReentrantReadWriteLock();
    private final Set<String> pendingDocuments = ConcurrentHashMap.newKeySet();
    private final Set<String> released = ConcurrentHashMap.newKeySet();
    private final EntityBook entities;
    private final EdgeBook edges = new EdgeBook();
    private final NearDuplicates nearDuplicates;
    private final EntityCounter entityCounter = new EntityCounter();
    private final CorrectionLog corrections;
    private final CorrectionApplier correctionApplier;
    /** The failure of a background merge (the disk filled up during it), reported with the next write's. */
    private final MergeFailures mergeFailures;

    /**
     * Opens (creating it if needed, unless {@code existing}) the index in {@code indexDir} for writing,
     * through a wrapper of its Lucene directory (tests: a directory that runs out of space).
     *
     * @throws IndexMissingException when {@code existing} and there is no index there
     * @throws IndexBusyException    when another process is writing it
     */
    protected LuceneWriter(Path indexDir, UnaryOperator<Directory> wrap, boolean existing) {
        if (existing && !Files.isDirectory(indexDir.resolve(Schema.LUCENE_DIR))) {
            throw new IndexMissingException(indexDir);
        }
        this.indexDir = indexDir;
        this.mergeFailures = new MergeFailures();
        try {
            Files.createDirectories(indexDir);
            this.directory = wrap.apply(FSDirectory.open(indexDir.resolve(Schema.LUCENE_DIR)));
            this.writer = openWriter(indexDir, directory, mergeFailures);
            this.searchers = Searchers.of(writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open index " + indexDir + ": " + e.getMessage(), e);
        }
        summariseEdges();
        this.entities = new EntityBook(id -> searchers.with(s -> Records.entity(s, id)));
        this.nearDuplicates = new NearDuplicates(searchers);
        this.corrections = new CorrectionLog(indexDir);
        this.correctionApplier = new CorrectionApplier(entities);
    }

    /**
     * Writes the summary of every edge (once, committed with the mark that says so) when the index was
     * written before they were kept. When that write fails the index is left as it was (the next writer
     * tries again) and the failure is an {@link IndexWriteException}.
     */
    private void summariseEdges() {
        if (EdgeRecords.kept(writer.getLiveCommitData())) {
            return;
        }
        System.err.println("trawl: summarising the edges of the network in " + indexDir
                + " (once: the index was written before trawl kept them)");
        try {
            searchers.read(s -> EdgeRecords.summariseAll(writer, s));
            Map<String, String> data = new HashMap<>();
            if (writer.getLiveCommitData() != null) {
                writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            }
            data.put(Schema.EDGE_SUMMARIES_KEPT, "1");
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            searchers.refreshBlocking();
        } catch (IOException | UncheckedIOException e) {
            try {
                writer.rollback();
                directory.close();
            } catch (IOException ignored) {
                // the failure to write is what the user hears of
            }
            throw new IndexWriteException(indexDir, e instanceof UncheckedIOException u ? u.getCause() : e);
        }
    }

    /** Whether this index keeps edge summaries ({@link EdgeRecords}): always, once open for writing. */
    public boolean keepsEdgeSummaries() {
        return true;
    }

    /** Takes Lucene's write lock on the directory (closing it when that fails) and commits the empty index. */
    private static IndexWriter openWriter(Path indexDir, Directory dir, MergeFailures mergeFailures)
            throws IOException {
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
            // an index created here (or empty) keeps edge summaries from its first article on
            if (writer.getDocStats().numDocs == 0 && !EdgeRecords.kept(writer.getLiveCommitData())) {
                writer.setLiveCommitData(Map.of(Schema.EDGE_SUMMARIES_KEPT, "1").entrySet());
            }
            writer.commit();
        } catch (IOException e) {
            writer.rollback();
            dir.close();
            throw new IndexWriteException(indexDir, e);
        }
        return writer;
    }

    /** The index folder. */
    public Path indexDir() {
        return indexDir;
    }

    /** The searchers over this writer's changes, for the reads of the same store. */
    public Searchers searchers() {
        return searchers;
    }

    /** What the index knows of a file path, if it has read it. */
    public Optional<PathRecord> path(String path) {
        return searchers.with(s -> Records.path(s, path));
    }

    public boolean containsDocument(String documentId) {
        return pendingDocuments.contains(documentId)
                || searchers.with(s -> Records.exists(s, Schema.KIND_DOC, documentId));
    }

    /**
     * Adds an article with its records, or as a near-duplicate without its mentions and relations.
     *
     * @return the id of the article this one nearly repeats, or null when it is an original
     */
    public String put(Extraction extraction, PathRecord path) {
        String id = extraction.document().id();
        long[] sketch = MinHash.signature(extraction.document().text());
        return underCommitLock(() -> {
            String original = nearDuplicates.claim(id, sketch, path(path.path()));
            writer.addDocuments(original == null ? RecordMapper.block(extraction, sketch)
                    : List.of(RecordMapper.article(extraction.document(), List.of(), sketch, original)));
            storePath(path);
            pendingDocuments.add(id);
            if (original == null) {
                for (EntityMention m : extraction.mentions()) {
                    entities.seen(m);
                }
                edges.added(extraction);
            }
            return original;
        });
    }

    public void putPath(PathRecord path) {
        underCommitLock(() -> {
            storePath(path);
            return null;
        });
    }

    /** The file's record, replacing its earlier one; a failure recorded for it is cleared. */
    private void storePath(PathRecord path) throws IOException {
        writer.updateDocument(RecordMapper.uid(Schema.KIND_PATH, path.path()), RecordMapper.path(path));
        writer.deleteDocuments(RecordMapper.uid(Schema.KIND_FAILURE, path.path()));
    }

    /** The article goes at the next commit unless a file still holds it. */
    public void release(String documentId) {
        released.add(documentId);
    }

    public void recordFailure(FailureRecord failure) {
        underCommitLock(() -> writer.updateDocument(RecordMapper.uid(Schema.KIND_FAILURE, failure.path()),
                RecordMapper.failure(failure)));
    }

    public void clearFailure(String path) {
        underCommitLock(() -> writer.deleteDocuments(RecordMapper.uid(Schema.KIND_FAILURE, path)));
    }

    /** A change to the index, made while no commit runs. */
    @FunctionalInterface
    private interface Change<T> {
        T apply() throws IOException;
    }

    /**
     * Makes the change under the commit lock's shared side (a commit waits for the changes under way); a
     * failure to write is an {@link IndexWriteException}.
     */
    private <T> T underCommitLock(Change<T> change) {
        commitLock.readLock().lock();
        try {
            return change.apply();
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailed(e);
        } finally {
            commitLock.readLock().unlock();
        }
    }

    public void commit() {
        try {
            // most of the flushing happens here, while workers go on adding; the refreshes below, with the
            // workers held, then only flush what came in since
            searchers.refreshBlocking();
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailed(e);
        }
        commitLock.writeLock().lock();
        try {
            if (!released.isEmpty()) {
                searchers.refreshBlocking();
                for (String id : released) {
                    removeIfNoFileHolds(id);
                }
                released.clear();
            }
            if (entities.hasChanges() || edges.hasChanges()) {
                searchers.refreshBlocking();
                if (edges.hasChanges()) {
                    EdgeBook.Changes changes = edges.drain();
                    searchers.read(s -> {
                        EdgeRecords.write(writer, s, changes);
                        return null;
                    });
                }
                rewriteEntities(entities.drain());
            }
            writer.commit();
            searchers.refreshBlocking();
            nearDuplicates.committed();
            pendingDocuments.clear();
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailed(e);
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    private void removeIfNoFileHolds(String id) throws IOException {
        if (searchers.with(s -> Records.pathsHolding(s, id)) > 0) {
            return;
        }
        searchers.with(s -> Records.mentionEntities(s, id)).forEach(entities::touched);
        searchers.read(s -> {
            Records.relations(s, id).forEach(edges::resum);
            return null;
        });
        writer.deleteDocuments(new Term(Schema.DOC, id));
        pendingDocuments.remove(id);
        // its near-duplicates were stored without names and relations: forget them and their files, so the
        // next ingest reads those files again as articles of their own
        for (String copy : searchers.with(s -> Records.nearDuplicatesOf(s, id))) {
            writer.deleteDocuments(new Term(Schema.DOC, copy), new Term(RecordMapper.PATH_DOC, copy));
        }
    }

    private void rewriteEntities(List<EntityBook.Draft> drafts) throws IOException {
        Map<String, EntityCounter.Counts> counts = searchers.with(s -> entityCounter.count(s.getIndexReader(),
                drafts.stream().map(EntityBook.Draft::id).toList()));
        for (EntityBook.Draft draft : drafts) {
            Term uid = RecordMapper.uid(Schema.KIND_ENTITY, draft.id());
            EntityCounter.Counts c = counts.get(draft.id());
            if (c.mentions() == 0) {
                writer.deleteDocuments(uid);
            } else {
                writer.updateDocument(uid, RecordMapper.entity(draft.toEntity(c.mentions(), c.articles()), draft.keys()));
            }
        }
    }

    /**
     * Records a user's correction in the {@link CorrectionLog} (so every later ingest applies it too) and
     * applies it to everything already in the index; the entity records are redone at the next commit.
     *
     * @return the number of articles rewritten
     */
    public int correct(Correction c) {
        commitLock.writeLock().lock();
        try {
            corrections.append(c);
            searchers.refreshBlocking();
            return searchers.read(s -> correctionApplier.apply(CorrectionApplier.lucene(writer, s, edges), c));
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailed(e);
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    /** A failed write, with the failure of a background merge before it (which may have closed the writer). */
    private IndexWriteException writeFailed(Exception e) {
        Throwable merge = mergeFailures.first();
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

    /** Drops what was not committed and releases the write lock. */
    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                writer.rollback();
            } finally {
                directory.close();
            }
        }
    }
}
