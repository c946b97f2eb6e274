package org.trawl.search;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.apache.lucene.store.Directory;
import org.trawl.index.LuceneWriter;
import org.trawl.model.Extraction;
import org.trawl.resolve.Correction;
import org.trawl.store.FailureRecord;
import org.trawl.store.PathRecord;
import org.trawl.store.StoreCorrector;
import org.trawl.store.StoreReader;
import org.trawl.store.StoreWriter;

/**
 * The embedded Lucene index, trawl's default store, opened for writing: an ingest's {@link StoreWriter}
 * and the corrections' {@link StoreCorrector}. It writes through {@link LuceneWriter} (in {@code index/})
 * and reads that writer's changes as a {@link LuceneReader}. Opened for reading, the same index is a
 * {@link LuceneReader} alone, with no write methods. Open it through {@link Stores}.
 */
public final class LuceneStore extends LuceneReader implements StoreWriter, StoreCorrector {

    /**
     * Wraps the Lucene directory of every index opened for writing (tests: one that runs out of space);
     * the identity unless a test sets it.
     */
    public static volatile UnaryOperator<Directory> directoryWrapper = UnaryOperator.identity();

    private final LuceneWriter writer;

    private LuceneStore(LuceneWriter writer, Path indexDir) {
        super(indexDir, writer.searchers(), writer);
        this.writer = writer;
    }

    /** Opens (creating if needed) the index in {@code indexDir} for an ingest run. */
    public static LuceneStore openForWriting(Path indexDir) {
        return new LuceneStore(LuceneWriter.open(indexDir, directoryWrapper), indexDir);
    }

    /** Opens an index that must already exist for changing it (a user's correction). */
    public static LuceneStore openExisting(Path indexDir) {
        return new LuceneStore(LuceneWriter.openExisting(indexDir, directoryWrapper), indexDir);
    }

    /** Opens the last commit of the index in {@code indexDir} for searching: a reader, without write methods. */
    public static StoreReader openForReading(Path indexDir) {
        return LuceneReader.open(indexDir);
    }

    @Override
    public boolean containsDocument(String documentId) {
        return writer.containsDocument(documentId);
    }

    @Override
    public String put(Extraction extraction, PathRecord path) {
        return writer.put(extraction, path);
    }

    @Override
    public void putPath(PathRecord path) {
        writer.putPath(path);
    }

    @Override
    public void release(String documentId) {
        writer.release(documentId);
    }

    @Override
    public void recordFailure(FailureRecord failure) {
        writer.recordFailure(failure);
    }

    @Override
    public void clearFailure(String path) {
        writer.clearFailure(path);
    }

    @Override
    public void commit() {
        writer.commit();
    }

    @Override
    public int correct(Correction correction) {
        return writer.correct(correction);
    }
}
