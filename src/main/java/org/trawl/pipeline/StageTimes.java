package org.trawl.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Time spent in each stage of the pipeline, summed over threads, for progress reports and benchmarks. */
public final class StageTimes {

    /** The stages that are timed. */
    public enum Stage { READ, PARSE, SENTENCES, NAMES, RESOLVE, RELATIONS, INDEX }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final LongAdder tokens = new LongAdder();

    public StageTimes() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    public void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    public void addTokens(long n) {
        tokens.add(n);
    }

    public long tokens() {
        return tokens.sum();
    }

    public double seconds(Stage stage) {
        return nanos.get(stage).sum() / 1e9;
    }

    /** Runs {@code work}, adding its time to {@code stage}. */
    public <T, E extends Exception> T time(Stage stage, ThrowingSupplier<T, E> work) throws E {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - t0);
        }
    }

    /** A supplier that may throw. */
    @FunctionalInterface
    public interface ThrowingSupplier<T, E extends Exception> {
        T get() throws E;
    }
}
