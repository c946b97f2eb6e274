package org.trawl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.search.LuceneStore;
import org.trawl.store.IndexChecks;
import org.trawl.store.SearchHit;
import org.trawl.store.SearchRequest;
import org.trawl.store.StoreReader;

/**
 * Crash safety: {@code trawl ingest} runs as a separate process and is killed with SIGKILL at random
 * moments, again and again. After each kill the index opens, passes the consistency checks, holds every
 * article at most once, and still holds everything that was committed before (by a finished run, or by an
 * earlier killed one); a last run completes the rest.
 */
class CrashRecoveryTest {

    private static final int FIRST = 4;
    private static final int ROUNDS = 6;
    private static final int PER_ROUND = 5;

    @TempDir
    Path dir;

    @Test
    void killedIngestsLoseNothingCommittedAndNeverStoreAnArticleTwice() throws Exception {
        Path corpus = dir.resolve("corpus");
        Path index = dir.resolve("index");
        int count = FIRST + ROUNDS * PER_ROUND;
        assertEquals(0, Cli.run("bench", "generate", String.valueOf(count), dir.resolve("all").toString(), "--seed", "11")
                .status());
        List<Path> articles;
        try (Stream<Path> files = Files.list(dir.resolve("all"))) {
            articles = files.sorted().toList();
        }
        Files.createDirectories(corpus);
        for (Path a : articles.subList(0, FIRST)) {
            Files.copy(a, corpus.resolve(a.getFileName()));
        }
        assertEquals(0, Cli.run("ingest", corpus.toString(), "--index", index.toString(), "--quiet").status(),
                "a first run completes");
        Set<String> finished = paths(index);
        assertEquals(FIRST, finished.size());

        Random random = new Random(5);
        Set<String> committed = finished;
        int killed = 0;
        int grew = 0;
        for (int round = 0; round < ROUNDS; round++) {
            // new articles each round, so that every run has work to be killed in
            int from = FIRST + round * PER_ROUND;
            for (Path a : articles.subList(from, from + PER_ROUND)) {
                Files.copy(a, corpus.resolve(a.getFileName()));
            }
            long generation = generation(index);
            Process p = ingest(corpus, index);
            // odd rounds kill during start-up; even ones within 1.5 s of the run's first commit, between or during
            // the next ones (a commit every 2 s, --commit-every)
            if (round % 2 == 0) {
                while (p.isAlive() && generation(index) == generation) {
                    Thread.sleep(20);
                }
            }
            boolean exited = p.waitFor(round % 2 == 0 ? random.nextInt(1_500) : 300 + random.nextInt(2_000),
                    TimeUnit.MILLISECONDS);
            if (!exited) {
                p.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no closing of the index
                killed++;
            }
            Set<String> now = paths(index);
            assertTrue(now.containsAll(committed), "round " + round + ": committed articles lost");
            grew += !exited && now.size() > committed.size() ? 1 : 0;
            committed = now;
        }
        assertTrue(killed >= 3, "only " + killed + " runs were killed before they finished: " + log());
        assertTrue(grew >= 1, "no killed run had committed anything before it was killed");

        Process last = ingest(corpus, index);
        assertEquals(0, last.waitFor(), () -> "the run after the kills completes: " + log());
        Set<String> all = paths(index);
        assertEquals(articles.size(), all.size(), "every article once");
        assertTrue(all.containsAll(committed));
    }

    private String log() {
        try {
            String log = Files.readString(dir.resolve("ingest.log"));
            return log.substring(Math.max(0, log.length() - 2_000));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** The generation of the index's last commit. */
    private static long generation(Path index) throws IOException {
        long last = -1;
        try (Stream<Path> files = Files.list(index.resolve("lucene"))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("segments_")) {
                    last = Math.max(last, Long.parseLong(name.substring("segments_".length()), Character.MAX_RADIX));
                }
            }
        }
        return last;
    }

    /** Starts {@code trawl ingest} in its own JVM. */
    private Process ingest(Path corpus, Path index) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", corpus.toString(), "--index", index.toString(), "--quiet", "--threads", "1",
                "--commit-every", "2"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("ingest.log").toFile()))
                .start();
    }

    /**
     * The files of the articles in the index, after checking it opens and is consistent and holds no
     * article or file twice.
     */
    private static Set<String> paths(Path index) {
        try (StoreReader store = LuceneStore.openForReading(index)) {
            IndexChecks.assertConsistent(store);
            List<SearchHit> hits = store.search(SearchRequest.of("", 1_000)).hits();
            Set<String> ids = new HashSet<>();
            Set<String> files = new HashSet<>();
            for (SearchHit h : hits) {
                assertTrue(ids.add(h.document().id()), "article stored twice: " + h.document().id());
                assertTrue(files.add(h.document().file()), "file stored twice: " + h.document().file());
            }
            assertEquals(store.stats(0).documents(), hits.size());
            return files;
        } catch (IOException e) {
            throw new AssertionError("index does not open after a kill: " + e, e);
        }
    }
}
