package org.trawl.cli;

import java.nio.file.Path;
import org.trawl.config.TrawlConfig;
import picocli.CommandLine.Option;

/** The {@code --index} option shared by every command that uses an index. */
public final class IndexOption {

    @Option(names = "--index", paramLabel = "DIR",
            description = "index folder (default: $TRAWL_INDEX, else ./index)")
    Path index;

    TrawlConfig config() {
        TrawlConfig c = TrawlConfig.defaults();
        TrawlConfig chosen = index == null ? c : c.withIndexDir(index);
        java.nio.file.Path dir = chosen.indexDir();
        if (java.nio.file.Files.exists(dir) && !java.nio.file.Files.isDirectory(dir)) {
            throw new IllegalArgumentException((index == null ? "index " : "--index ") + dir
                    + " is a file, not an index folder");
        }
        return chosen;
    }
}
