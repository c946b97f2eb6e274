package org.trawl.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs one part of a page's work on another thread while the request's thread does the rest (the machine
 * has more than one core; a page's parts are independent reads of the index).
 */
final class Background {

    /** A part being computed; {@link #get()} waits for it and rethrows its failure as it was thrown. */
    static final class Pending<T> {
        private final CompletableFuture<T> future;

        private Pending(CompletableFuture<T> future) {
            this.future = future;
        }

        T get() {
            try {
                return future.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }

    private final Executor executor;

    Background(Executor executor) {
        this.executor = executor;
    }

    <T> Pending<T> start(Supplier<T> work) {
        return new Pending<>(CompletableFuture.supplyAsync(work, executor));
    }
}
