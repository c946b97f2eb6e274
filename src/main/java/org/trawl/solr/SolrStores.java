package org.trawl.solr;

import java.util.List;
import java.util.function.Function;
import org.apache.lucene.search.Query;
import org.trawl.cluster.ClusterAdmin;
import org.trawl.cluster.SolrAddress;
import org.trawl.cluster.SolrServerJvm;
import org.trawl.config.ClusterConfig;
import org.trawl.resolve.Corrections;
import org.trawl.store.CorrectionHistory;
import org.trawl.store.StoreCorrector;
import org.trawl.store.StoreLocation;
import org.trawl.store.StoreReader;
import org.trawl.store.StoreWriter;
import org.trawl.store.WorkerShare;

/**
 * The Solr backend's entry point, used by the one store factory ({@code search/Stores}) alone: reads a
 * {@code --store} value and opens the SolrCloud collection it names in the role asked for. Every failure to
 * reach the cluster, or a collection it does not hold, is one line ({@link org.trawl.cluster.ClusterException}).
 */
public final class SolrStores {

    private SolrStores() {
    }

    /**
     * Reads a Solr store's location: {@code solr:ZKHOST/COLLECTION} (through ZooKeeper) or
     * {@code http://HOST:PORT/solr/COLLECTION} (straight to a node; several nodes comma-separated before the
     * collection: {@code http://h1:8983/solr,http://h2:8983/solr/trawl}).
     *
     * @throws IllegalArgumentException naming the value and what is wrong with it
     */
    public static StoreLocation.Solr location(String value) {
        String v = value == null ? "" : value.strip();
        if (v.startsWith("http://") || v.startsWith("https://")) {
            int slash = v.lastIndexOf('/');
            String nodes = v.substring(0, slash);
            String collection = v.substring(slash + 1);
            if (collection.isEmpty() || !collection.matches("[A-Za-z0-9][A-Za-z0-9_-]*") || !nodes.contains("://")
                    || nodes.endsWith(":/")) {
                throw new IllegalArgumentException("--store '" + value + "' needs a node's URL and a collection"
                        + " (http://HOST:PORT/solr/COLLECTION, for example http://127.0.0.1:8983/solr/trawl)");
            }
            return new StoreLocation.Solr(nodes, collection, v);
        }
        SolrAddress address = SolrAddress.parse(v);
        return new StoreLocation.Solr(address.zkHost(), address.collection(), address.toString());
    }

    /** Opens the collection for reading; {@code parser} is trawl's search query parser. */
    public static StoreReader openReader(StoreLocation.Solr location, Function<String, Query> parser) {
        return new SolrReader(connect(location), parser);
    }

    /**
     * Opens the collection for an ingest run (or a worker's share of one), taking its write lock (the
     * worker's own).
     *
     * @throws org.trawl.store.IndexBusyException when another writer holds the lock
     */
    public static StoreWriter openWriter(StoreLocation.Solr location, Function<String, Query> parser,
                                         WorkerShare share) {
        return open(location, parser, share);
    }

    /** As {@link #openWriter}, typed for correcting entity resolution. */
    public static StoreCorrector openCorrector(StoreLocation.Solr location, Function<String, Query> parser) {
        return open(location, parser, WorkerShare.ALL);
    }

    private static SolrStore open(StoreLocation.Solr location, Function<String, Query> parser, WorkerShare share) {
        SolrConnection solr = connect(location);
        try {
            return new SolrStore(solr, parser, share);
        } catch (RuntimeException e) {
            solr.close();
            throw e;
        }
    }

    /** The corrections kept in the collection, each read through a connection of its own. */
    public static CorrectionHistory corrections(StoreLocation.Solr location) {
        return new CorrectionHistory() {
            @Override
            public Corrections read() {
                try (SolrConnection solr = connect(location)) {
                    return new SolrCorrectionLog(solr).read();
                }
            }

            @Override
            public List<String> entries() {
                try (SolrConnection solr = connect(location)) {
                    return new SolrCorrectionLog(solr).entries();
                }
            }

            @Override
            public String place() {
                return location + " (its correction records)";
            }
        };
    }

    private static SolrConnection connect(StoreLocation.Solr location) {
        return SolrConnection.open(location,
                location.direct() ? SolrConnection.nodeUrls(location) : liveNodes(location));
    }

    /**
     * The base URLs of the live nodes that ZooKeeper knows, asked through a short JVM of the Solr server (trawl's
     * own JVM holds no ZooKeeper client): {@code 127.0.0.1:8983_solr} is {@code http://127.0.0.1:8983/solr}.
     */
    private static List<String> liveNodes(StoreLocation.Solr location) {
        ClusterAdmin admin = new ClusterAdmin(SolrServerJvm.require(), ClusterConfig.defaults().startTimeout());
        return admin.status(new SolrAddress(location.connect(), location.collection())).liveNodes().stream()
                .map(SolrStores::nodeUrl).toList();
    }

    static String nodeUrl(String liveNode) {
        int underscore = liveNode.indexOf('_');
        return underscore < 0 ? "http://" + liveNode + "/solr"
                : "http://" + liveNode.substring(0, underscore) + "/"
                        + liveNode.substring(underscore + 1).replace('_', '/');
    }
}
