package org.trawl.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.trawl.config.TrawlConfig;
import org.trawl.ingest.IngestJob;
import org.trawl.ingest.IngestSummary;
import org.trawl.ingest.ProgressListener;
import org.trawl.model.OrderedCopy;
import org.trawl.pipeline.Pipeline;
import org.trawl.pipeline.Resources;
import org.trawl.pipeline.StageTimes;
import org.trawl.search.Stores;
import org.trawl.store.StoreLocation;
import org.trawl.store.StoreWriter;
import org.trawl.train.PeakHeap;

/**
 * Ingest measured end to end and stage by stage: a batch of articles read into a fresh index on a given
 * number of threads, with the wall time, the time of each stage (summed over threads), the tokens
 * analysed, the peak heap and the size of the index written. The models are loaded once, before, and
 * not counted.
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    /**
     * One measured run.
     *
     * @param articles      articles ingested
     * @param threads       worker threads
     * @param seconds       wall time
     * @param tokens        tokens analysed
     * @param stageSeconds  time per stage (read, parse, sentences, names, resolve, relations, index), summed
     *                      over the threads
     * @param peakHeapBytes the heap's peak during the run
     * @param indexBytes    the size of the index on disk afterwards
     */
    public record Run(int articles, int threads, double seconds, long tokens, Map<String, Double> stageSeconds,
                      long peakHeapBytes, long indexBytes) {

        public Run {
            stageSeconds = OrderedCopy.of(stageSeconds);
        }

        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }

        /** Articles per second of one thread's time in a stage: how fast the stage alone would go. */
        public double stageArticlesPerSecond(String stage) {
            double s = stageSeconds.getOrDefault(stage, 0.0);
            return s <= 0 ? Double.POSITIVE_INFINITY : articles / s;
        }

        public double stageTokensPerSecond(String stage) {
            double s = stageSeconds.getOrDefault(stage, 0.0);
            return s <= 0 ? Double.POSITIVE_INFINITY : tokens / s;
        }

        public double indexMegabytesPerThousand() {
            return indexBytes / 1e6 / articles * 1000;
        }
    }

    /** Ingests {@code articles} into a new index at {@code indexDir} on {@code threads} threads. */
    public static Run run(TrawlConfig config, Resources resources, List<Path> articles, int threads, Path indexDir)
            throws IOException {
        if (Files.exists(indexDir)) {
            throw new IOException(indexDir + " exists: the benchmark writes a fresh index");
        }
        Pipeline pipeline = new Pipeline(resources, new StageTimes());
        TrawlConfig runConfig = config.withIndexDir(indexDir).withThreads(threads);
        System.gc(); // so that the peak is this run's, not garbage left by the one before
        PeakHeap heap = PeakHeap.start();
        IngestSummary summary;
        try (StoreWriter store = Stores.openWriter(StoreLocation.folder(indexDir))) {
            summary = new IngestJob(runConfig, pipeline, store, ProgressListener.silent()).run(articles, false);
        }
        long peak = heap.stop();
        if (summary.failed() > 0) {
            throw new IOException(String.format(Locale.ROOT, "%d of the benchmark's articles failed, the first: %s",
                    summary.failed(), summary.failures().getFirst()));
        }
        Map<String, Double> stages = new LinkedHashMap<>(summary.stageSeconds());
        return new Run(articles.size(), threads, summary.seconds(), summary.tokens(), stages, peak, size(indexDir));
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
