package org.trawl.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.trawl.model.AnalyzedText;
import org.trawl.pipeline.Pipeline;
import org.trawl.train.PeakHeap;

/**
 * Measures the recogniser's throughput: sentence splitting, tokenisation and name recognition over a set
 * of texts, in tokens per second, on one or more threads, after a warm-up (so the JIT has compiled the hot
 * code) and after the models are loaded (the caller times loading).
 */
public final class NamesBenchmark {

    /**
     * What a run measured.
     *
     * @param threads         worker threads
     * @param tokens          tokens processed in the measured stretch
     * @param seconds         length of the measured stretch
     * @param peakHeapBytes   peak heap use during the run (sum of the heap pools' peaks: an upper bound)
     * @param maxHeapBytes    the heap limit the JVM ran with
     */
    public record Result(int threads, long tokens, double seconds, long peakHeapBytes,
                         long maxHeapBytes) {

        public double tokensPerSecond() {
            return tokens / seconds;
        }

        public double tokensPerSecondPerThread() {
            return tokensPerSecond() / threads;
        }
    }

    private NamesBenchmark() {
    }

    /**
     * @param pipeline a loaded pipeline
     * @param texts   the texts to process, round-robin
     * @param threads worker threads
     * @param warmup  seconds of unmeasured work first
     * @param measure seconds of measured work
     */
    public static Result run(Pipeline pipeline, List<String> texts, int threads, double warmup, double measure)
            throws InterruptedException {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no texts to benchmark");
        }
        PeakHeap heap = PeakHeap.start();
        AtomicLong tokens = new AtomicLong();
        long warmupEnd = System.nanoTime() + (long) (warmup * 1e9);
        long measureEnd = warmupEnd + (long) (measure * 1e9);
        CountDownLatch done = new CountDownLatch(threads);
        List<Thread> workers = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            int first = t * texts.size() / threads;
            workers.add(Thread.ofPlatform().name("bench-" + t).start(() -> {
                try {
                    for (int i = first; ; i++) {
                        long now = System.nanoTime();
                        if (now >= measureEnd) {
                            break;
                        }
                        AnalyzedText text = pipeline.analyze(texts.get(i % texts.size()));
                        pipeline.recognize(text);
                        if (now >= warmupEnd) {
                            tokens.addAndGet(text.tokenCount());
                        }
                    }
                } finally {
                    done.countDown();
                }
            }));
        }
        done.await();
        // a text started inside the measured stretch may end after it: measure to the last finish
        double seconds = Math.max(measure, (System.nanoTime() - warmupEnd) / 1e9);
        return new Result(threads, tokens.get(), seconds, heap.stop(), Runtime.getRuntime().maxMemory());
    }
}
