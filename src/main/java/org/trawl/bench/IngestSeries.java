package org.trawl.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.trawl.config.TrawlConfig;
import org.trawl.json.Json;
import org.trawl.nlp.ModelFiles;
import org.trawl.pipeline.Resources;

/**
 * The ingest benchmark of {@code trawl bench run}: generated articles, the first N of them ingested into a
 * fresh index for each corpus size and number of threads, after an unmeasured warm-up on other generated
 * articles, all in a temporary folder deleted afterwards; and the table rows and JSON that report it.
 *
 * @param sizes     the corpus sizes, in articles
 * @param threads   the thread counts, each run at every size
 * @param seed      the generator's seed for the measured articles (the warm-up's is the next one)
 * @param htmlEvery every K-th article is HTML; 0 for none
 * @param warmup    articles ingested first, unmeasured, so that the JIT has compiled the hot code; 0 for none
 */
public record IngestSeries(List<Integer> sizes, List<Integer> threads, long seed, int htmlEvery, int warmup) {

    /** The stages reported, in pipeline order. */
    public static final List<String> STAGES = List.of("parse", "sentences", "names", "resolve", "relations", "index");

    /**
     * @throws IllegalArgumentException when no size is given, a size or thread count is below 1 or the warm-up
     *                                  below 0 (in the words of {@code bench run}'s options)
     */
    public IngestSeries {
        sizes = List.copyOf(sizes);
        threads = List.copyOf(threads);
        if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1) || threads.stream().anyMatch(t -> t < 1) || warmup < 0) {
            throw new IllegalArgumentException("--sizes and --threads must be 1 or more, --warmup 0 or more");
        }
    }

    /** What a series tells as it goes. */
    public interface Listener {

        /** The articles are written, the models loaded and the warm-up done: the measured runs begin. */
        void measuring();

        /** One run is over. */
        void measured(IngestBenchmark.Run run);
    }

    /**
     * Runs the series: every size with every thread count, sizes first, in order.
     *
     * @param models loads the models, once, after the articles are written
     */
    public List<IngestBenchmark.Run> run(TrawlConfig config, Supplier<Resources> models, Listener listener)
            throws IOException {
        Path work = Files.createTempDirectory("trawl-bench");
        try {
            Path corpus = work.resolve("articles");
            int largest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
            ArticleGenerator generator = ArticleGenerator.fromGazetteers(new ModelFiles(config.modelsDir()));
            generator.write(corpus, largest, seed, htmlEvery);
            if (warmup > 0) {
                generator.write(work.resolve("warm-up"), warmup, seed + 1, htmlEvery);
            }
            List<Path> files;
            try (Stream<Path> list = Files.list(corpus)) {
                files = list.sorted().toList();
            }
            Resources resources = models.get();
            if (warmup > 0) {
                IngestBenchmark.run(config, resources, List.of(work.resolve("warm-up")),
                        threads.stream().mapToInt(Integer::intValue).max().orElseThrow(), work.resolve("index-warm-up"));
            }
            listener.measuring();
            List<IngestBenchmark.Run> runs = new ArrayList<>();
            int n = 0;
            for (int size : sizes) {
                for (int t : threads) {
                    IngestBenchmark.Run r = IngestBenchmark.run(config, resources, files.subList(0, size), t,
                            work.resolve("index-" + n++));
                    runs.add(r);
                    listener.measured(r);
                }
            }
            return runs;
        } finally {
            deleteTree(work);
        }
    }

    /** The table's header line. */
    public static String header() {
        return String.format(Locale.ROOT, "%8s %7s %8s %9s %9s %9s %10s   %s", "articles", "threads", "seconds",
                "articles/s", "tokens/s", "heap MB", "index MB/1k", "per stage: articles/s of one thread");
    }

    /** The table's line for one run. */
    public static String row(IngestBenchmark.Run r) {
        StringBuilder stages = new StringBuilder();
        for (String stage : STAGES) {
            stages.append(String.format(Locale.ROOT, " %s %.0f", stage, r.stageArticlesPerSecond(stage)));
        }
        return String.format(Locale.ROOT, "%,8d %7d %8.1f %9.1f %,9.0f %9.0f %10.1f  %s", r.articles(), r.threads(),
                r.seconds(), r.articlesPerSecond(), r.tokensPerSecond(), r.peakHeapBytes() / 1e6,
                r.indexMegabytesPerThousand(), stages);
    }

    /** The {@code --json} report: {@code {"runs": [...]}}. */
    public static ObjectNode json(List<IngestBenchmark.Run> runs) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        ArrayNode list = o.putArray("runs");
        runs.forEach(r -> list.add(json(r)));
        return o;
    }

    private static ObjectNode json(IngestBenchmark.Run r) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("articles", r.articles());
        o.put("threads", r.threads());
        o.put("seconds", Json.round(r.seconds()));
        o.put("articles_per_second", Json.round(r.articlesPerSecond()));
        o.put("tokens_per_second", Math.round(r.tokensPerSecond()));
        o.put("peak_heap_bytes", r.peakHeapBytes());
        o.put("index_bytes", r.indexBytes());
        ObjectNode stages = o.putObject("stages");
        for (String stage : STAGES) {
            ObjectNode st = stages.putObject(stage);
            st.put("seconds", Json.round(r.stageSeconds().getOrDefault(stage, 0.0)));
            if (Double.isFinite(r.stageArticlesPerSecond(stage))) { // else the stage took no measurable time
                st.put("articles_per_second", Json.round(r.stageArticlesPerSecond(stage)));
                st.put("tokens_per_second", Math.round(r.stageTokensPerSecond(stage)));
            }
        }
        return o;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
