package org.trawl.store;

import java.nio.file.Path;

/** There is no index where one was expected. */
public final class IndexMissingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IndexMissingException(Path indexDir) {
        super("no index at " + indexDir + " (run 'trawl ingest FOLDER' first, or point --index at one)");
    }
}
