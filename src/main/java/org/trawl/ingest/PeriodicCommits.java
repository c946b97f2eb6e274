package org.trawl.ingest;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.trawl.index.IndexWriteException;
import org.trawl.index.Store;

/**
 * Commits the index every few seconds while an ingest runs, on a daemon thread of its own, so that a run
 * killed at any moment loses only the articles since the last commit. A commit that cannot be written
 * (a full disk) is handed to the run, which stops; no commit starts once the run has stopped. Closing
 * lets a commit under way finish and starts no more.
 */
final class PeriodicCommits implements AutoCloseable {

    /** The shortest interval between commits, whatever is configured. */
    private static final long MIN_INTERVAL_MILLIS = 100;

    private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "trawl-commit");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param stopped  true once the run has stopped: then no commit is tried
     * @param failed   told of a commit that could not be written
     */
    PeriodicCommits(Store store, Duration interval, BooleanSupplier stopped, Consumer<IndexWriteException> failed) {
        long every = Math.max(MIN_INTERVAL_MILLIS, interval.toMillis());
        committer.scheduleWithFixedDelay(() -> {
            if (!stopped.getAsBoolean()) {
                try {
                    store.commit();
                } catch (IndexWriteException e) {
                    failed.accept(e);
                }
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        committer.shutdown(); // a commit under way finishes; no further ones start
        try {
            committer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
