package org.trawl.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.trawl.bench.ArticleGenerator;
import org.trawl.bench.IngestBenchmark;
import org.trawl.bench.NamesBenchmark;
import org.trawl.bench.QueryBenchmark;
import org.trawl.bench.SyntheticIndex;
import org.trawl.config.TrawlConfig;
import org.trawl.eval.GoldDocument;
import org.trawl.eval.GoldReader;
import org.trawl.json.Json;
import org.trawl.nlp.ModelFiles;
import org.trawl.pipeline.Pipeline;
import org.trawl.store.StoreReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trawl bench}: repeatable speed measurements (results and commands in docs/benchmarks.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures how fast trawl is. Results and the commands that reproduce them: docs/benchmarks.md."},
        subcommands = {BenchCommand.Generate.class, BenchCommand.Names.class, BenchCommand.Ingest.class,
            BenchCommand.Index.class, BenchCommand.Queries.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The options of the commands that make generated articles: how many, and the seed. */
    static final class GeneratedArticles {

        @Parameters(index = "0", paramLabel = "N", description = "number of articles")
        int count;

        @Option(names = "--seed", paramLabel = "N", description = "random seed (default: ${DEFAULT-VALUE})")
        long seed = 1;

        /** The generator, drawing names from the configured models folder; refuses a count below 1. */
        ArticleGenerator generator(CommandLine.Model.CommandSpec spec, TrawlConfig config) throws IOException {
            if (count < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "N must be 1 or more");
            }
            return ArticleGenerator.fromGazetteers(new ModelFiles(config.modelsDir()));
        }
    }

    /** {@code trawl bench generate}: synthetic articles to benchmark on. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Writes N synthetic news articles into DIR (names from the shipped reference lists,",
                "300-1,500 words each, plain text and HTML), the same ones for the same --seed."})
    static final class Generate implements Callable<Integer> {

        @Mixin
        GeneratedArticles articles;

        @Parameters(index = "1", paramLabel = "DIR", description = "folder to write them to")
        Path dir;

        @Option(names = "--html-every", paramLabel = "K", description = "every K-th article is HTML; 0 for none (default: ${DEFAULT-VALUE})")
        int htmlEvery = 4;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ArticleGenerator generator = articles.generator(spec, TrawlConfig.defaults());
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new CommandLine.ParameterException(spec.commandLine(), dir + " is a file, not a folder");
            }
            long t0 = System.nanoTime();
            generator.write(dir, articles.count, articles.seed, htmlEvery);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "wrote %,d articles to %s in %.1f s%n", articles.count, dir,
                    (System.nanoTime() - t0) / 1e9);
            out.flush();
            return 0;
        }
    }

    /** {@code trawl bench index}: a large index of generated articles, written without extraction. */
    @Command(name = "index", mixinStandardHelpOptions = true,
            description = {"Writes N generated articles straight into an index (their names and relations known",
                "from the generator, no extraction), to measure search and network building at scale."})
    static final class Index implements Callable<Integer> {

        @Mixin
        GeneratedArticles articles;

        @Mixin
        IndexOption index;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            TrawlConfig config = index.config();
            SyntheticIndex.Result r = SyntheticIndex.write(articles.generator(spec, config), config.indexDir(),
                    articles.count, articles.seed);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "wrote %,d articles, %,d mentions, %,d relations to %s in %.1f s%n", r.articles(),
                    r.mentions(), r.relations(), config.indexDir(), r.seconds());
            out.flush();
            return 0;
        }
    }

    /** {@code trawl bench ingest} (or {@code run}): ingest speed per stage, threads and corpus size. */
    @Command(name = "ingest", aliases = "run", mixinStandardHelpOptions = true,
            description = {"Generates articles, then ingests the first N of them into a fresh index for each size and",
                "number of threads given: articles and tokens per second end to end and per stage, peak heap,",
                "and index size per 1,000 articles. Models are loaded once, before, and not counted."})
    static final class Ingest implements Callable<Integer> {

        private static final List<String> STAGES = List.of("parse", "sentences", "names", "resolve", "relations", "index");

        @Option(names = "--sizes", split = ",", paramLabel = "N", description = "corpus sizes (default: 250,500,1000)")
        List<Integer> sizes = new ArrayList<>(List.of(250, 500, 1000));

        @Option(names = "--threads", split = ",", paramLabel = "N", description = "thread counts to run (default: 1,2)")
        List<Integer> threads = new ArrayList<>(List.of(1, 2));

        @Option(names = "--seed", paramLabel = "N", description = "random seed of the articles (default: ${DEFAULT-VALUE})")
        long seed = 1;

        @Option(names = "--html-every", paramLabel = "K", description = "every K-th article is HTML; 0 for none (default: ${DEFAULT-VALUE})")
        int htmlEvery = 4;

        @Option(names = "--warmup", paramLabel = "N", description = "articles ingested first, unmeasured, to warm the JIT up (default: ${DEFAULT-VALUE})")
        int warmup = 1500;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1) || threads.stream().anyMatch(t -> t < 1)
                    || warmup < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--sizes and --threads must be 1 or more, --warmup 0 or more");
            }
            TrawlConfig config = TrawlConfig.defaults();
            PrintWriter out = spec.commandLine().getOut();
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
                Pipeline pipeline = Pipelines.load(config);
                if (warmup > 0) {
                    IngestBenchmark.run(config, pipeline.resources(), List.of(work.resolve("warm-up")),
                            threads.stream().mapToInt(Integer::intValue).max().orElseThrow(), work.resolve("index-warm-up"));
                }
                if (!json) {
                    out.printf(Locale.ROOT, "%8s %7s %8s %9s %9s %9s %10s   %s%n", "articles", "threads", "seconds",
                            "articles/s", "tokens/s", "heap MB", "index MB/1k", "per stage: articles/s of one thread");
                }
                ArrayNode runs = Json.MAPPER.createArrayNode();
                int n = 0;
                for (int size : sizes) {
                    for (int t : threads) {
                        IngestBenchmark.Run r = IngestBenchmark.run(config, pipeline.resources(), files.subList(0, size), t,
                                work.resolve("index-" + n++));
                        runs.add(json(r));
                        if (!json) {
                            StringBuilder stages = new StringBuilder();
                            for (String stage : STAGES) {
                                stages.append(String.format(Locale.ROOT, " %s %.0f", stage, r.stageArticlesPerSecond(stage)));
                            }
                            out.printf(Locale.ROOT, "%,8d %7d %8.1f %9.1f %,9.0f %9.0f %10.1f  %s%n", r.articles(), r.threads(),
                                    r.seconds(), r.articlesPerSecond(), r.tokensPerSecond(), r.peakHeapBytes() / 1e6,
                                    r.indexMegabytesPerThousand(), stages);
                            out.flush();
                        }
                    }
                }
                if (json) {
                    ObjectNode o = Json.MAPPER.createObjectNode();
                    o.set("runs", runs);
                    out.println(Json.line(o));
                }
            } finally {
                deleteTree(work);
            }
            out.flush();
            return 0;
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
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** {@code trawl bench queries}: search and entity latency percentiles on an index. */
    @Command(name = "queries", mixinStandardHelpOptions = true,
            description = {"Latency of searches (by name, by word, filtered by an entity) and entity profiles on",
                "an index, in milliseconds: 50th, 95th and 99th percentiles and the maximum. With --web, the",
                "same pages through the JSON API of trawl serve, over HTTP (facets included)."})
    static final class Queries implements Callable<Integer> {

        @Mixin
        IndexOption index;

        @Option(names = "--queries", paramLabel = "N", description = "queries of each kind (default: ${DEFAULT-VALUE})")
        int queries = 500;

        @Option(names = "--web", description = "measure the web workspace's API pages over HTTP instead")
        boolean web;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (queries < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--queries must be 1 or more");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (StoreReader store = index.openReader()) {
                out.printf(Locale.ROOT, "%,d articles in %s%n", store.stats(0).documents(), index.config().indexDir());
                out.printf(Locale.ROOT, "%-28s %6s %9s %9s %9s %9s%n", "ms", "n", "p50", "p95", "p99", "max");
                for (QueryBenchmark.Latency l : web ? QueryBenchmark.runWeb(store, queries, 1)
                        : QueryBenchmark.run(store, queries, 1)) {
                    out.println(QueryBenchmark.format(l));
                    out.flush();
                }
            }
            return 0;
        }
    }

    /** {@code trawl bench names}: sentences, tokens and names, in tokens per second per thread. */
    @Command(name = "names", mixinStandardHelpOptions = true,
            description = {"Throughput of sentence splitting + tokenisation + name recognition, after loading and",
                "a warm-up, on each number of threads given; also model loading time and peak heap.",
                "Texts: plain-text files, folders of them, or gold .jsonl files (their \"text\" fields)."})
    static final class Names implements Callable<Integer> {

        @Parameters(paramLabel = "PATH", arity = "0..*", description = "texts to run on (default: corpus)")
        List<Path> paths = new ArrayList<>(List.of(Path.of("corpus")));

        @Option(names = "--threads", split = ",", paramLabel = "N", description = "thread counts to run (default: 1,2)")
        List<Integer> threads = new ArrayList<>(List.of(1, 2));

        @Option(names = "--warmup", paramLabel = "SECONDS", description = "unmeasured warm-up per run (default: 10)")
        double warmup = 10;

        @Option(names = "--seconds", paramLabel = "SECONDS", description = "measured time per run (default: 20)")
        double seconds = 20;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<String> texts = readTexts(spec, paths);
            if (threads.stream().anyMatch(t -> t < 1)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or more");
            }
            long t0 = System.nanoTime();
            Pipeline pipeline = Pipelines.load(TrawlConfig.defaults());
            double load = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            pipeline.recognize(pipeline.analyze("Loading the models takes a moment in London."));
            double first = (System.nanoTime() - t1) / 1e9;
            long tokens = texts.stream().mapToLong(t -> pipeline.analyze(t).tokenCount()).sum();

            PrintWriter out = spec.commandLine().getOut();
            List<NamesBenchmark.Result> results = new ArrayList<>();
            if (!json) {
                out.printf(Locale.ROOT, "%d texts, %,d tokens; models and gazetteers loaded in %.2f s, first sentence %.2f s%n",
                        texts.size(), tokens, load, first);
                out.printf(Locale.ROOT, "%8s %14s %18s %14s%n", "threads", "tokens/s", "tokens/s/thread", "peak heap MB");
                out.flush();
            }
            for (int n : threads) {
                NamesBenchmark.Result r = NamesBenchmark.run(pipeline, texts, n, warmup, seconds);
                results.add(r);
                if (!json) {
                    out.printf(Locale.ROOT, "%8d %,14.0f %,18.0f %,14.0f%n", n, r.tokensPerSecond(),
                            r.tokensPerSecondPerThread(), r.peakHeapBytes() / 1e6);
                    out.flush();
                }
            }
            if (json) {
                ObjectNode o = Json.MAPPER.createObjectNode();
                o.put("texts", texts.size());
                o.put("tokens", tokens);
                o.put("load_seconds", Json.round(load));
                o.put("first_sentence_seconds", Json.round(first));
                o.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
                ArrayNode runs = o.putArray("runs");
                for (NamesBenchmark.Result r : results) {
                    runs.addObject().put("threads", r.threads()).put("tokens", r.tokens())
                            .put("seconds", Json.round(r.seconds()))
                            .put("tokens_per_second", Math.round(r.tokensPerSecond()))
                            .put("tokens_per_second_per_thread", Math.round(r.tokensPerSecondPerThread()))
                            .put("peak_heap_bytes", r.peakHeapBytes());
                }
                out.println(Json.pretty(o));
            }
            out.flush();
            return 0;
        }
    }

    /** The texts under the paths: each .jsonl line's "text", or each file's content as UTF-8. */
    static List<String> readTexts(CommandLine.Model.CommandSpec spec, List<Path> paths) {
        List<String> texts = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + p);
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
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + p + ": " + e.getMessage());
            }
        }
        if (texts.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no texts found in " + paths);
        }
        return texts;
    }
}
