package org.trawl.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.trawl.ingest.Progress;
import org.trawl.ingest.ProgressListener;

/**
 * Shows ingest progress: a line redrawn in place on a terminal (files done/total, rate, ETA), plain lines
 * every few seconds otherwise, and each failure as it happens.
 */
final class ConsoleProgress implements ProgressListener {

    private static final long TERMINAL_EVERY_NANOS = 200_000_000L;
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;

    private final PrintWriter out;
    private final boolean interactive;
    private final boolean quiet;
    private long lastShown;
    private boolean lineOpen;

    ConsoleProgress(PrintWriter out, boolean interactive, boolean quiet) {
        this.out = out;
        this.interactive = interactive;
        this.quiet = quiet;
    }

    @Override
    public synchronized void progress(Progress p) {
        if (quiet) {
            return;
        }
        long now = System.nanoTime();
        boolean last = p.done() == p.total();
        if (!last && now - lastShown < (interactive ? TERMINAL_EVERY_NANOS : LOG_EVERY_NANOS)) {
            return;
        }
        lastShown = now;
        String line = String.format(Locale.ROOT, "%,d/%,d files (%.0f%%)  %.1f files/s  ETA %s%s",
                p.done(), p.total(), p.total() == 0 ? 100.0 : 100.0 * p.done() / p.total(), p.filesPerSecond(),
                eta(p.etaSeconds()), p.failed() > 0 ? "  " + p.failed() + " failed" : "");
        if (interactive) {
            out.print("\r\u001b[2K" + line);
            lineOpen = !last;
            if (last) {
                out.println();
            }
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends a progress line left open on a terminal, before a message of the run's end. */
    synchronized void finish() {
        if (lineOpen) {
            out.println();
            lineOpen = false;
            out.flush();
        }
    }

    @Override
    public synchronized void failed(String path, String stage, String reason) {
        report("failed", path, reason);
    }

    @Override
    public synchronized void skipped(String path, String reason) {
        report("skipped", path, reason);
    }

    /** A line about one file, in place of an open progress line; nothing when quiet. */
    private void report(String what, String path, String reason) {
        if (quiet) {
            return;
        }
        if (lineOpen) {
            out.print("\r\u001b[2K");
            lineOpen = false;
        }
        out.println(what + ": " + Terminal.display(path) + ": " + reason);
        out.flush();
    }

    static String eta(double seconds) {
        if (seconds < 0) {
            return "--:--";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
