package org.trawl.ingest;

/**
 * How far an ingest run has got.
 *
 * @param done    files finished (in any way)
 * @param total   files found
 * @param failed  files that failed so far
 * @param seconds seconds since the run started
 */
public record Progress(long done, long total, long failed, double seconds) {

    public double filesPerSecond() {
        return seconds <= 0 ? 0 : done / seconds;
    }

    /** Estimated seconds to go, or -1 when unknown. */
    public double etaSeconds() {
        double rate = filesPerSecond();
        return rate <= 0 ? -1 : (total - done) / rate;
    }
}
