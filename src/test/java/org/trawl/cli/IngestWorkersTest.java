package org.trawl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.search.Stores;
import org.trawl.solr.SolrClusterFixture;
import org.trawl.store.IndexChecks;
import org.trawl.store.IndexStats;
import org.trawl.store.StoreReader;

/**
 * Ingest workers sharing one folder and one Solr store with no coordinator ({@code --worker K/N}), each a
 * {@code trawl ingest} process of its own on a real cluster (two nodes and ZooKeeper in their own JVMs):
 * two workers at once read each file exactly once between them, and a worker killed with SIGKILL mid-run
 * and run again leaves every article stored exactly once, with consistent entity counts. (Between the kill
 * and the rerun the store may show articles the killed worker sent after its last commit, whose entities
 * the rerun then counts: SolrCloud cannot roll them back.)
 */
class IngestWorkersTest {

    static final int ARTICLES = 30;

    @TempDir
    static Path tmp;

    static SolrClusterFixture cluster;
    static Path folder;

    @BeforeAll
    static void startCluster() {
        cluster = SolrClusterFixture.start(tmp);
        if (cluster == null) {
            return;
        }
        folder = IngestProcesses.generated(tmp.resolve("shared"), ARTICLES);
    }

    @AfterAll
    static void stopCluster() {
        SolrClusterFixture.stop(cluster);
    }

    @BeforeEach
    void emptyStore() {
        SolrClusterFixture.emptyOrSkip(cluster);
    }

    private static ProcessBuilder worker(String share, Path out) {
        return IngestProcesses.ingest(folder, cluster.location(), out, "--worker", share);
    }

    private static long files() throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    /** The store's counts, after checking that every entity's counts are those of its mentions. */
    private static IndexStats checked() throws Exception {
        try (StoreReader r = Stores.openReader(cluster.location())) {
            IndexChecks.assertConsistent(r);
            return r.stats(0);
        }
    }

    @Test
    void twoWorkersOnOneFolderReadEachFileExactlyOnce() throws Exception {
        Path out1 = tmp.resolve("w1.json");
        Path out2 = tmp.resolve("w2.json");
        Process w1 = worker("1/2", out1).start();
        Process w2 = worker("2/2", out2).start();
        JsonNode a = IngestProcesses.finish(w1, out1);
        JsonNode b = IngestProcesses.finish(w2, out2);
        long files = files();
        assertTrue(a.get("seen").asLong() > 0 && b.get("seen").asLong() > 0, "both have a share: " + a + b);
        assertEquals(files, a.get("seen").asLong() + b.get("seen").asLong(), "every file read by one worker alone");
        assertEquals(files, a.get("new").asLong() + b.get("new").asLong(), "no file parsed twice");
        IndexStats s = checked();
        assertEquals(files, s.documents());
        assertEquals(files, s.paths());

        Path again = tmp.resolve("w1-again.json");
        JsonNode rerun = IngestProcesses.finish(worker("1/2", again).start(), again);
        assertEquals(a.get("seen").asLong(), rerun.get("unchanged").asLong(),
                "a worker run again takes the same files");
        assertEquals(0, rerun.get("new").asLong());
    }

    @Test
    void aWorkerKilledMidRunAndRunAgainLeavesEveryArticleOnce() throws Exception {
        Path out = tmp.resolve("killed.json");
        Process w = worker("1/1", out).start();
        try (StoreReader r = Stores.openReader(cluster.location())) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (r.stats(0).documents() < 5 && w.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        }
        assertTrue(w.isAlive(), "the worker should still be running");
        w.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        try (StoreReader r = Stores.openReader(cluster.location())) {
            long before = r.stats(0).documents();
            assertTrue(before >= 5 && before < files(), "killed mid-run: " + before);
        }

        Path again = tmp.resolve("rerun.json");
        JsonNode rerun = IngestProcesses.finish(worker("1/1", again).start(), again);
        long files = files();
        IndexStats s = checked();
        assertEquals(files, s.documents(), "every article once after the rerun");
        assertEquals(files, s.paths());
        assertEquals(files, rerun.get("unchanged").asLong() + rerun.get("new").asLong() + rerun.get("updated").asLong(),
                rerun.toString());
    }
}
