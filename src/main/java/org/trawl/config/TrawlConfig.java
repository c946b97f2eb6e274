package org.trawl.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * trawl's settings, with their defaults, in one place. Environment variables override the defaults
 * ({@code TRAWL_INDEX}); command-line options override both.
 *
 * @param indexDir       where the index lives
 * @param threads        worker threads for ingest
 * @param maxFileBytes   files larger than this are not read (recorded as failures)
 * @param maxTextChars   extracted text is cut at this many chars
 * @param parseTimeout   an article taking longer than this, from parse to relations, is given up on (a failure)
 * @param commitInterval how often an ingest run commits (a killed run loses at most this much work)
 * @param modelsDir      a folder of models and gazetteers to use instead of the bundled ones, or null
 */
public record TrawlConfig(Path indexDir, int threads, long maxFileBytes, int maxTextChars, Duration parseTimeout,
                          Duration commitInterval, Path modelsDir) {

    /**
     * How often an ingest commits by default: each commit recounts the entities its articles touched while
     * the workers wait, and every 10 s instead of every 2 s a cold 3,000-article ingest runs about 8 % faster
     * (docs/benchmarks.md).
     */
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(10);
    public static final String INDEX_ENV = "TRAWL_INDEX";
    public static final String MODELS_ENV = "TRAWL_MODELS";
    public static final long DEFAULT_MAX_FILE_BYTES = 200L * 1024 * 1024;
    public static final int DEFAULT_MAX_TEXT_CHARS = 10_000_000;

    public static TrawlConfig defaults() {
        return fromEnvironment(System.getenv());
    }

    public static TrawlConfig fromEnvironment(Map<String, String> env) {
        String index = env.get(INDEX_ENV);
        String models = env.get(MODELS_ENV);
        return new TrawlConfig(
                Path.of(index == null || index.isBlank() ? "index" : index),
                Runtime.getRuntime().availableProcessors(),
                DEFAULT_MAX_FILE_BYTES,
                DEFAULT_MAX_TEXT_CHARS,
                Duration.ofSeconds(60),
                DEFAULT_COMMIT_INTERVAL,
                models == null || models.isBlank() ? null : Path.of(models));
    }

    public TrawlConfig withIndexDir(Path dir) {
        return new TrawlConfig(dir, threads, maxFileBytes, maxTextChars, parseTimeout, commitInterval, modelsDir);
    }

    public TrawlConfig withThreads(int n) {
        return new TrawlConfig(indexDir, n, maxFileBytes, maxTextChars, parseTimeout, commitInterval, modelsDir);
    }

    public TrawlConfig withMaxFileBytes(long n) {
        return new TrawlConfig(indexDir, threads, n, maxTextChars, parseTimeout, commitInterval, modelsDir);
    }

    public TrawlConfig withParseTimeout(Duration d) {
        return new TrawlConfig(indexDir, threads, maxFileBytes, maxTextChars, d, commitInterval, modelsDir);
    }

    public TrawlConfig withCommitInterval(Duration d) {
        return new TrawlConfig(indexDir, threads, maxFileBytes, maxTextChars, parseTimeout, d, modelsDir);
    }

    public TrawlConfig withModelsDir(Path dir) {
        return new TrawlConfig(indexDir, threads, maxFileBytes, maxTextChars, parseTimeout, commitInterval, dir);
    }
}
