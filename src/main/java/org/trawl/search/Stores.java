package org.trawl.search;

import org.trawl.index.CorrectionLog;
import org.trawl.store.CorrectionHistory;
import org.trawl.store.StoreCorrector;
import org.trawl.store.StoreLocation;
import org.trawl.store.StoreReader;
import org.trawl.store.StoreWriter;

/**
 * The one place a store backend is chosen: opens the store a {@link StoreLocation} names, in the role
 * asked for. A folder is the embedded Lucene index ({@link LuceneStore}); another kind of location (a
 * cluster) would be opened here by its own backend, and nothing above this factory would change. It sits
 * at the top of the Lucene backend rather than in {@code store/}, so that {@code store/} depends on no
 * backend.
 */
public final class Stores {

    private Stores() {
    }

    /**
     * Opens the store for reading, as of its last commit (see {@link StoreReader#refresh()}).
     *
     * @throws org.trawl.store.IndexMissingException when there is no store there
     */
    public static StoreReader openReader(StoreLocation location) {
        return switch (location) {
            case StoreLocation.Folder f -> LuceneStore.openForReading(f.path());
        };
    }

    /**
     * Opens the store for an ingest run, creating it if needed.
     *
     * @throws org.trawl.store.IndexBusyException when another process is writing it
     */
    public static StoreWriter openWriter(StoreLocation location) {
        return switch (location) {
            case StoreLocation.Folder f -> LuceneStore.openForWriting(f.path());
        };
    }

    /**
     * Opens an existing store for correcting entity resolution; a missing store is not created.
     *
     * @throws org.trawl.store.IndexMissingException when there is no store there
     * @throws org.trawl.store.IndexBusyException     when another process is writing it
     */
    public static StoreCorrector openCorrector(StoreLocation location) {
        return switch (location) {
            case StoreLocation.Folder f -> LuceneStore.openExisting(f.path());
        };
    }

    /** The corrections recorded for the store, read without opening it (there may be no store yet). */
    public static CorrectionHistory corrections(StoreLocation location) {
        return switch (location) {
            case StoreLocation.Folder f -> new CorrectionLog(f.path());
        };
    }
}
