package org.trawl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.trawl.config.TrawlConfig;
import org.trawl.search.Stores;
import org.trawl.store.CorrectionHistory;
import org.trawl.store.StoreCorrector;
import org.trawl.store.StoreLocation;
import org.trawl.store.StoreReader;
import org.trawl.store.StoreWriter;
import org.trawl.store.WorkerShare;
import picocli.CommandLine.Option;

/**
 * The {@code --index} and {@code --store} options shared by every command that uses a store, and the store
 * they name, opened in the role the command needs (through {@link Stores}, the one place a backend is
 * chosen): an index folder ({@code --index}, else {@code $TRAWL_INDEX}, else {@code ./index}), or a SolrCloud
 * collection ({@code --store}, else {@code $TRAWL_STORE} when no {@code --index} is given).
 */
public final class IndexOption {

    @Option(names = "--index", paramLabel = "DIR",
            description = "index folder (default: $TRAWL_INDEX, else ./index)")
    Path index;

    @Option(names = "--store", paramLabel = "STORE",
            description = "a SolrCloud collection instead of an index folder: solr:ZKHOST/COLLECTION or"
                    + " http://HOST:PORT/solr/COLLECTION (default: $" + STORE_ENV + " unless --index is given)")
    String store;

    /** The environment variable naming a store on a cluster. */
    static final String STORE_ENV = "TRAWL_STORE";

    TrawlConfig config() {
        TrawlConfig c = TrawlConfig.defaults();
        TrawlConfig chosen = index == null ? c : c.withIndexDir(index);
        Path dir = chosen.indexDir();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException((index == null ? "index " : "--index ") + dir
                    + " is a file, not an index folder");
        }
        return chosen;
    }

    /** Where the store is: the collection chosen, else the index folder. */
    StoreLocation location() {
        if (store != null && index != null) {
            throw new IllegalArgumentException("--index and --store name two stores; give one of them");
        }
        String cluster = store != null ? store : index == null ? System.getenv(STORE_ENV) : null;
        if (cluster != null && !cluster.isBlank()) {
            return Stores.location(cluster);
        }
        return StoreLocation.folder(config().indexDir());
    }

    /** The store as of its last commit, for a command that only reads. */
    StoreReader openReader() {
        return Stores.openReader(location());
    }

    /** The store for an ingest run, created if needed. */
    StoreWriter openWriter() {
        return Stores.openWriter(location());
    }

    /** The store for one worker's share of an ingest run. */
    StoreWriter openWriter(WorkerShare share) {
        return Stores.openWriter(location(), share);
    }

    /** The existing store, for correcting entity resolution. */
    StoreCorrector openCorrector() {
        return Stores.openCorrector(location());
    }

    /** The corrections recorded for the store (read without opening it). */
    CorrectionHistory corrections() {
        return Stores.corrections(location());
    }
}
