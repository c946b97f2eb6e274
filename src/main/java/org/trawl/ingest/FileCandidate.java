package org.trawl.ingest;

import java.nio.file.Path;

/** A file found by the crawler, with the size and modification time (epoch millis) it had then. */
public record FileCandidate(Path path, long size, long modified) {
}
