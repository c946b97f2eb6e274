package org.trawl.ingest;

/** Receives progress and notices from an ingest run (the CLI prints them; tests collect them). */
public interface ProgressListener {

    /** Called after each file, from worker threads; implementations throttle their own output. */
    void progress(Progress progress);

    /** A file failed. */
    default void failed(String path, String stage, String reason) {
    }

    /** A path was skipped on purpose (a link leading outside the folder, a FIFO, a device, ...). */
    default void skipped(String path, String reason) {
    }

    static ProgressListener silent() {
        return p -> { };
    }
}
