package org.trawl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.search.Stores;
import org.trawl.solr.SolrClusterFixture;
import org.trawl.solr.SolrStores;
import org.trawl.store.IndexChecks;
import org.trawl.store.IndexStats;
import org.trawl.store.StoreLocation;
import org.trawl.store.StoreReader;

/**
 * A Solr node killed with SIGKILL in the middle of an ingest, on a real cluster of two nodes whose shards
 * each have a replica on both: the ingest goes on through the other node (calls that fail while the
 * cluster elects new shard leaders are repeated), completes with exit 0, and every article is stored
 * exactly once, with consistent entity counts, as the surviving node answers. It has a cluster of its own,
 * as the kill leaves it with one node.
 */
class NodeFailureTest {

    static final int ARTICLES = 40;

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
        folder = IngestProcesses.generated(tmp.resolve("articles"), ARTICLES);
    }

    @AfterAll
    static void stopCluster() {
        SolrClusterFixture.stop(cluster);
    }

    @Test
    void anIngestOutlivesAKilledSolrNodeAndLosesNothing() throws Exception {
        SolrClusterFixture.assumeRunning(cluster);
        Path out = tmp.resolve("ingest.json");
        Process ingest = IngestProcesses.ingest(folder, cluster.location(), out).start();
        try (StoreReader r = Stores.openReader(cluster.location())) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (r.stats(0).documents() < 5 && ingest.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        }
        assertTrue(ingest.isAlive(), "the ingest should still be running when the node is killed");
        List<Long> pids = cluster.pids();
        ProcessHandle node = ProcessHandle.of(pids.get(pids.size() - 1)).orElseThrow();
        node.destroyForcibly();
        node.onExit().get(30, TimeUnit.SECONDS);

        JsonNode summary = IngestProcesses.finish(ingest, out);
        assertEquals(ARTICLES, summary.get("new").asLong(), summary.toString());
        assertEquals(0, summary.get("failed").asLong(), summary.toString());

        StoreLocation.Solr survivor = SolrStores.location(cluster.nodeUrl(0) + "/trawl");
        try (StoreReader r = Stores.openReader(survivor)) {
            IndexChecks.assertConsistent(r);
            IndexStats s = r.stats(0);
            assertEquals(ARTICLES, s.documents(), "every article once, as the surviving node answers");
            assertEquals(ARTICLES, s.paths());
        }
    }
}
