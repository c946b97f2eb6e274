package org.trawl.solr;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.search.Stores;
import org.trawl.store.StoreContractTest;
import org.trawl.store.StoreCorrector;
import org.trawl.store.StoreReader;
import org.trawl.store.StoreWriter;

/**
 * The store contract on a SolrCloud collection (two nodes and ZooKeeper, each in its own JVM), each store
 * opened through the factory as the commands open it. Each test starts from an empty collection.
 */
class SolrStoreContractTest extends StoreContractTest {

    @TempDir
    static Path dir;

    static SolrClusterFixture cluster;

    @BeforeAll
    static void startCluster() {
        cluster = SolrClusterFixture.start(dir);
    }

    @AfterAll
    static void stopCluster() {
        SolrClusterFixture.stop(cluster);
    }

    @BeforeEach
    void emptyStore() {
        SolrClusterFixture.emptyOrSkip(cluster);
    }

    @Override
    protected boolean readersStayAtTheirCommit() {
        return false;
    }

    @Override
    public StoreWriter openWriter() {
        return Stores.openWriter(cluster.location());
    }

    @Override
    public StoreReader openReader() {
        return Stores.openReader(cluster.location());
    }

    @Override
    public StoreCorrector openCorrector() {
        return Stores.openCorrector(cluster.location());
    }
}
