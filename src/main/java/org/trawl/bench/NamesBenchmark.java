package org.trawl.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.trawl.eval.GoldDocument;
import org.trawl.eval.GoldReader;
import org.trawl.json.Json;
import org.trawl.model.AnalyzedText;
import org.trawl.pipeline.Pipeline;
import org.trawl.train.PeakHeap;

/**
 * Measures the recogniser's throughput: sentence splitting, tokenisation and name recognition over a set
 * of texts, in tokens per second, on one or more threads, after a warm-up (so the JIT has compiled the hot
 * code) and after the models are loaded (the caller times loading); and the lines and JSON that report
 * it ({@code trawl bench names}).
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

    /**
     * The loaded pipeline and what loading it took, before the runs.
     *
     * @param pipeline      the pipeline, loaded
     * @param texts         texts run on
     * @param tokens        their tokens
     * @param loadSeconds   time to load the models and gazetteers
     * @param firstSentence time to recognise the names of the first sentence after loading
     */
    public record Loading(Pipeline pipeline, int texts, long tokens, double loadSeconds, double firstSentence) {
    }

    private NamesBenchmark() {
    }

    /** Loads the pipeline with {@code load}, timing it and the first sentence after, and counts the texts' tokens. */
    public static Loading load(Supplier<Pipeline> load, List<String> texts) {
        long t0 = System.nanoTime();
        Pipeline pipeline = load.get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        pipeline.recognize(pipeline.analyze("Loading the models takes a moment in London."));
        double first = (System.nanoTime() - t1) / 1e9;
        long tokens = texts.stream().mapToLong(t -> pipeline.analyze(t).tokenCount()).sum();
        return new Loading(pipeline, texts.size(), tokens, seconds, first);
    }

    /**
     * The texts under the paths: each {@code .jsonl} (gold) line's {@code text}, or each file's content as
     * UTF-8 (a folder's files in order).
     *
     * @throws IllegalArgumentException naming the path that does not exist or cannot be read, or when there
     *                                  are no texts
     */
    public static List<String> texts(List<Path> paths) {
        List<String> texts = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("no such file or folder: " + p);
            }
            try {
                if (p.toString().endsWith(".jsonl")) {
                    GoldReader.read(p).stream().map(GoldDocument::text).forEach(texts::add);
                } else {
                    try (Stream<Path> files = Files.walk(p)) {
                        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                            texts.add(Files.readString(f));
                        }
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                throw new IllegalArgumentException("cannot read " + p + ": " + e.getMessage(), e);
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no texts found in " + paths);
        }
        return texts;
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

    /** The line about the texts and the loading, before the table. */
    public static String loadingLine(Loading l) {
        return String.format(Locale.ROOT, "%d texts, %,d tokens; models and gazetteers loaded in %.2f s, first sentence %.2f s",
                l.texts(), l.tokens(), l.loadSeconds(), l.firstSentence());
    }

    /** The table's header line. */
    public static String header() {
        return String.format(Locale.ROOT, "%8s %14s %18s %14s", "threads", "tokens/s", "tokens/s/thread", "peak heap MB");
    }

    /** The table's line for one run. */
    public static String row(Result r) {
        return String.format(Locale.ROOT, "%8d %,14.0f %,18.0f %,14.0f", r.threads(), r.tokensPerSecond(),
                r.tokensPerSecondPerThread(), r.peakHeapBytes() / 1e6);
    }

    /** The {@code --json} report: the loading, the heap limit and the runs. */
    public static ObjectNode json(Loading l, List<Result> results) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("texts", l.texts());
        o.put("tokens", l.tokens());
        o.put("load_seconds", Json.round(l.loadSeconds()));
        o.put("first_sentence_seconds", Json.round(l.firstSentence()));
        o.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
        ArrayNode runs = o.putArray("runs");
        for (Result r : results) {
            runs.addObject().put("threads", r.threads()).put("tokens", r.tokens())
                    .put("seconds", Json.round(r.seconds()))
                    .put("tokens_per_second", Math.round(r.tokensPerSecond()))
                    .put("tokens_per_second_per_thread", Math.round(r.tokensPerSecondPerThread()))
                    .put("peak_heap_bytes", r.peakHeapBytes());
        }
        return o;
    }
}
