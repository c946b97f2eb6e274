package org.trawl.search;

import org.trawl.index.CorrectionLog;
import org.trawl.solr.SolrStores;
import org.trawl.store.CorrectionHistory;
import org.trawl.store.StoreCorrector;
import org.trawl.store.StoreLocation;
import org.trawl.store.StoreReader;
import org.trawl.store.StoreWriter;
import org.trawl.store.WorkerShare;

/**
 * The one place a store backend is chosen: opens the store a {@link StoreLocation} names, in the role
 * asked for. A folder is the embedded Lucene index ({@link LuceneStore}); a SolrCloud collection is opened
 * by the Solr backend ({@link SolrStores}), given trawl's search query parser so that both backends read a
 * query alike; nothing above this factory knows which. It sits at the top of the Lucene backend rather than
 * in {@code store/}, so that {@code store/} depends on no backend.
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
            case StoreLocation.Solr s -> SolrStores.openReader(s, ArticleSearch::parse);
        };
    }

    /**
     * Opens the store for an ingest run, creating it if needed.
     *
     * @throws org.trawl.store.IndexBusyException when another process is writing it
     */
    public static StoreWriter openWriter(StoreLocation location) {
        return openWriter(location, WorkerShare.ALL);
    }

    /**
     * Opens the store for one worker's share of an ingest run (several workers write one Solr store at once,
     * each under its own lock; an index folder takes one writer, whatever its share).
     *
     * @throws org.trawl.store.IndexBusyException when another process is writing it as this writer
     */
    public static StoreWriter openWriter(StoreLocation location, WorkerShare share) {
        return switch (location) {
            case StoreLocation.Folder f -> LuceneStore.openForWriting(f.path());
            case StoreLocation.Solr s -> SolrStores.openWriter(s, ArticleSearch::parse, share);
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
            case StoreLocation.Solr s -> SolrStores.openCorrector(s, ArticleSearch::parse);
        };
    }

    /**
     * The location a {@code --store} value (or {@code TRAWL_STORE}) names: {@code solr:ZKHOST/COLLECTION}
     * or {@code http://HOST:PORT/solr/COLLECTION}.
     *
     * @throws IllegalArgumentException naming the value and what is wrong with it
     */
    public static StoreLocation location(String store) {
        return SolrStores.location(store);
    }

    /** The corrections recorded for the store, read without opening it (there may be no store yet). */
    public static CorrectionHistory corrections(StoreLocation location) {
        return switch (location) {
            case StoreLocation.Folder f -> new CorrectionLog(f.path());
            case StoreLocation.Solr s -> SolrStores.corrections(s);
        };
    }
}
