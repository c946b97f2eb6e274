package org.trawl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.trawl.bench.ArticleGenerator;
import org.trawl.config.TrawlConfig;
import org.trawl.ingest.IngestJob;
import org.trawl.ingest.IngestSummary;
import org.trawl.ingest.ProgressListener;
import org.trawl.model.Sentence;
import org.trawl.nlp.ModelFiles;
import org.trawl.pipeline.Pipeline;
import org.trawl.pipeline.Resources;
import org.trawl.pipeline.StageTimes;
import org.trawl.search.LuceneStore;

/** Shared test fixtures: the bundled pipeline (loaded once per test JVM), ingest runs and the sample articles. */
public final class Fixtures {

    private static Resources resources;

    private Fixtures() {
    }

    public static synchronized Resources resources() {
        if (resources == null) {
            resources = Resources.load(ModelFiles.bundled());
        }
        return resources;
    }

    public static Pipeline pipeline() {
        return new Pipeline(resources(), new StageTimes());
    }

    /** Runs an ingest of {@code articles} into {@code config}'s index with the bundled pipeline. */
    public static IngestSummary ingest(TrawlConfig config, Path articles, boolean retryFailed, ProgressListener listener) {
        try (LuceneStore store = LuceneStore.openForWriting(config.indexDir())) {
            return new IngestJob(config, pipeline(), store, listener).run(List.of(articles), retryFailed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample articles shipped in {@code corpus/}. */
    public static List<Path> corpus() {
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sentences, as token texts, of the sample articles and of {@code count} articles generated with
     * {@code seed} into {@code dir}: text for checking a compiled model against OpenNLP's.
     */
    public static List<String[]> tokenizedSentences(Path dir, int count, long seed) throws IOException {
        ArticleGenerator.fromGazetteers(ModelFiles.bundled()).write(dir, count, seed, 0);
        List<Path> files = new ArrayList<>(corpus());
        try (Stream<Path> generated = Files.list(dir)) {
            files.addAll(generated.sorted().toList());
        }
        Pipeline pipeline = pipeline();
        List<String[]> sentences = new ArrayList<>();
        for (Path p : files) {
            for (Sentence s : pipeline.analyze(Files.readString(p)).sentences()) {
                sentences.add(s.tokenTexts());
            }
        }
        return sentences;
    }

    public static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared data folder of the workplace ({@code ../shared/data}), or null when absent (a user's clone). */
    public static Path sharedData() {
        Path p = Path.of("..", "shared", "data").toAbsolutePath().normalize();
        return Files.isDirectory(p) ? p : null;
    }

    /** A syndicated copy of an article: another headline, a word changed here and there, an agency line. */
    public static String syndicatedCopy(String text) {
        return "AGENCY WIRE\n" + text.replaceFirst("attack", "assault").replaceFirst(" and ", " & ")
                .replaceFirst("said", "stated") + "\n(Reporting by a news agency; editing by another)";
    }
}
