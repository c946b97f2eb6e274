package org.trawl.cli;

import org.trawl.store.StoreReader;
import picocli.CommandLine.Mixin;

/**
 * The options of the commands that read the index and print what they find, as text or as JSON:
 * {@code --index} and {@code --json}.
 */
public final class ReadOptions {

    @Mixin
    IndexOption index;

    @Mixin
    JsonOption output;

    /** Whether {@code --json} was given. */
    boolean json() {
        return output.json;
    }

    /** The store the {@code --index} option names, as of its last commit. */
    StoreReader openReader() {
        return index.openReader();
    }
}
