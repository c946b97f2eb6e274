package org.trawl.nlp;

import java.util.concurrent.CancellationException;

/**
 * How the stages that run over a whole article (sentences, names, resolution, relations) stop when the
 * article is given up on: each calls {@link #checkpoint()} once per sentence (or name, or pair), which
 * ends the stage with a {@link CancellationException} when its thread has been interrupted, as ingest's
 * per-article time limit does. The interrupt flag is left set, so every later checkpoint stops too.
 */
public final class Cancellation {

    private Cancellation() {
    }

    /** Throws when the current thread has been interrupted; otherwise returns at once. */
    public static void checkpoint() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("stopped: the article's time ran out");
        }
    }
}
