package org.trawl.ingest;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the time one article may take from parse to relations ({@code ingest --timeout}): past the
 * limit its thread is interrupted, the stages stop at their next sentence (they end with a
 * {@link java.util.concurrent.CancellationException} when their thread is interrupted), and the article
 * fails with a reason naming the limit. The interrupt can reach the thread only while it runs the
 * article's work, never once that work has ended: an interrupt during an index write would close
 * Lucene's index writer. Thread-safe.
 */
final class ArticleTimeLimit implements AutoCloseable {

    /** The work on one article: parse, names, resolution, relations. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IngestException;
    }

    private final Duration limit;
    private final ScheduledThreadPoolExecutor timer;

    ArticleTimeLimit(Duration limit) {
        this.limit = limit;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "trawl-article-timer");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Runs {@code work} on this thread, giving up on it when it takes longer than the limit. */
    <T> T run(Work<T> work) throws IngestException {
        Watch watch = new Watch(Thread.currentThread());
        ScheduledFuture<?> alarm = timer.schedule(watch::expire, limit.toMillis(), TimeUnit.MILLISECONDS);
        T result;
        try {
            result = work.run();
        } catch (IngestException e) {
            if (!watch.finish()) {
                throw timedOut(e.stage());
            }
            throw e;
        } catch (RuntimeException e) {
            if (!watch.finish()) {
                throw timedOut(IngestException.Stage.EXTRACT);
            }
            throw e;
        } finally {
            alarm.cancel(false);
        }
        if (!watch.finish()) {
            throw timedOut(IngestException.Stage.EXTRACT); // done, but after the limit: the interrupt came
        }
        return result;
    }

    private IngestException timedOut(IngestException.Stage stage) {
        return new IngestException(stage, "timed out: took longer than the time limit of " + limit.toSeconds()
                + " s (--timeout) for parsing, names and relations together; not indexed");
    }

    /** One article's watch: expires once, unless the work finished first. */
    private static final class Watch {
        private final Thread thread;
        private boolean finished;
        private boolean expired;

        Watch(Thread thread) {
            this.thread = thread;
        }

        synchronized void expire() {
            if (!finished) {
                expired = true;
                finished = true;
                thread.interrupt();
            }
        }

        /**
         * Ends the watch, on the watched thread: false when the time ran out, and then the interrupt it
         * sent (delivered before this, under the same lock) is cleared, so nothing later sees it.
         */
        synchronized boolean finish() {
            finished = true;
            if (expired) {
                Thread.interrupted();
                return false;
            }
            return true;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
