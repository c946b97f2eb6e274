package org.trawl.store;

import java.time.Instant;

/**
 * A file that could not be ingested.
 *
 * @param path     the file
 * @param stage    where it failed: read, parse, extract or index
 * @param reason   a one-line explanation for the user
 * @param size     file size when it failed
 * @param modified modification time (epoch millis) when it failed; an unchanged failed file is not retried
 * @param time     when it failed
 */
public record FailureRecord(String path, String stage, String reason, long size, long modified, Instant time) {
}
