package org.trawl.solr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.trawl.cluster.LocalSolrCloud;
import org.trawl.cluster.SolrServerJvm;
import org.trawl.config.ClusterConfig;
import org.trawl.store.StoreLocation;

/**
 * A real SolrCloud for a test class: ZooKeeper and two Solr nodes, each in a JVM of its own on the Solr
 * server's classpath (never the tests'), with trawl's collection in two shards of two replicas. Started once
 * per class ({@link #start}), stopped at its end ({@link #close}); absent (every test skipped, saying why)
 * when the build did not write the Solr server's classpath.
 */
public final class SolrClusterFixture implements AutoCloseable {

    public static final String SKIPPED = "skipped: no target/solr-cluster/classpath.txt: the build that ran these tests"
            + " did not write the Solr server's classpath (-Dtrawl.cluster.skip=true?), so no cluster can start";

    private final LocalSolrCloud cloud;

    private SolrClusterFixture(LocalSolrCloud cloud) {
        this.cloud = cloud;
    }

    /** Starts the cluster in {@code dir}, or returns null when there is no Solr server to start. */
    public static SolrClusterFixture start(Path dir) {
        Optional<SolrServerJvm> server = SolrServerJvm.find();
        if (server.isEmpty()) {
            return null;
        }
        ClusterConfig config = ClusterConfig.defaults().withLayout("trawl", 2, 2, 2);
        return new SolrClusterFixture(LocalSolrCloud.start(server.get(), config, dir.resolve("cluster"), true,
                line -> { }));
    }

    /** Skips the calling test when there is no cluster. */
    public static void assumeRunning(SolrClusterFixture fixture) {
        assumeTrue(fixture != null, SKIPPED);
    }

    /** Before a test: skips it when there is no cluster, else empties the store. */
    public static void emptyOrSkip(SolrClusterFixture fixture) {
        assumeRunning(fixture);
        fixture.clear();
    }

    /** After a test class: stops the cluster if one was started. */
    public static void stop(SolrClusterFixture fixture) {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** The collection, reached straight through both nodes. */
    public StoreLocation.Solr location() {
        return SolrStores.location(String.join(",", cloud.nodeUrls()) + "/trawl");
    }

    /** The base URL of node {@code i} (from 0, in the order the nodes started). */
    public String nodeUrl(int i) {
        return cloud.nodeUrls().get(i);
    }

    /** The collection through ZooKeeper, as {@code trawl cluster start} prints it. */
    public String zkStore() {
        return cloud.address().toString();
    }

    public List<Long> pids() {
        return cloud.pids();
    }

    /** Deletes every record of the collection and commits: an empty store. */
    public void clear() {
        try (SolrConnection solr = SolrConnection.open(location(), SolrConnection.nodeUrls(location()))) {
            solr.deleteByQuery("*:*");
            solr.commit();
        }
    }

    @Override
    public void close() {
        cloud.close();
    }
}
