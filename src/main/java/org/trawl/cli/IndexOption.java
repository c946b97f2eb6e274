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
        return index == null ? c : c.withIndexDir(index);
    }
}
