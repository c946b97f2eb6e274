package org.trawl.search;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.apache.lucene.store.Directory;
import org.trawl.index.LuceneWriter;
import org.trawl.store.StoreCorrector;
import org.trawl.store.StoreReader;
import org.trawl.store.StoreWriter;

/**
 * The embedded Lucene index, trawl's default store, opened for writing: an ingest's {@link StoreWriter}
 * and the corrections' {@link StoreCorrector}. Its write methods are {@link LuceneWriter}'s (in
 * {@code index/}), and it reads that writer's changes through {@link LuceneReads}, as the index opened for
 * reading ({@link LuceneReader}, with no write methods) reads the last commit. Open it through
 * {@link Stores}.
 */
public final class LuceneStore extends LuceneWriter implements LuceneReads, StoreWriter, StoreCorrector {

    /**
     * Wraps the Lucene directory of every index opened for writing (tests: one that runs out of space);
     * the identity unless a test sets it.
     */
    public static volatile UnaryOperator<Directory> directoryWrapper = UnaryOperator.identity();

    private LuceneStore(Path indexDir, boolean existing) {
        super(indexDir, directoryWrapper, existing);
    }

    /** Opens (creating if needed) the index in {@code indexDir} for an ingest run. */
    public static LuceneStore openForWriting(Path indexDir) {
        return new LuceneStore(indexDir, false);
    }

    /** Opens an index that must already exist for changing it (a user's correction). */
    public static LuceneStore openExisting(Path indexDir) {
        return new LuceneStore(indexDir, true);
    }

    /** Opens the last commit of the index in {@code indexDir} for searching: a reader, without write methods. */
    public static StoreReader openForReading(Path indexDir) {
        return LuceneReader.open(indexDir);
    }
}
