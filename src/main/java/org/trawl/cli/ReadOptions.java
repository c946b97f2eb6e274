package org.trawl.cli;

import org.trawl.store.StoreReader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that read the index and print what they find, as text or as JSON:
 * {@code --index} and {@code --json}.
 */
public final class ReadOptions {

    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    /** The store the {@code --index} option names, as of its last commit. */
    StoreReader openReader() {
        return index.openReader();
    }
}
