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
import picocli.CommandLine.Option;

/**
 * The {@code --index} option shared by every command that uses an index, and the store it names, opened
 * in the role the command needs (through {@link Stores}, the one place a backend is chosen).
 */
public final class IndexOption {

    @Option(names = "--index", paramLabel = "DIR",
            description = "index folder (default: $TRAWL_INDEX, else ./index)")
    Path index;

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

    /** Where the store is: the index folder chosen. */
    StoreLocation location() {
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

    /** The existing store, for correcting entity resolution. */
    StoreCorrector openCorrector() {
        return Stores.openCorrector(location());
    }

    /** The corrections recorded for the store (read without opening it). */
    CorrectionHistory corrections() {
        return Stores.corrections(location());
    }
}
