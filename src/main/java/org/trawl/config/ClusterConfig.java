package org.trawl.config;

import java.time.Duration;

/**
 * The settings of a local SolrCloud ({@code trawl cluster start}) and their defaults, in one place.
 *
 * @param collection   the collection created
 * @param nodes        Solr nodes, each in its own JVM
 * @param shards       shards of the collection
 * @param replicas     replicas of each shard
 * @param nodeHeapMb   heap of each Solr node's JVM
 * @param startTimeout how long ZooKeeper, a node or creating the collection may take before the start fails
 * @param zkClientTimeout the nodes' ZooKeeper session timeout: how soon a killed node is noticed
 */
public record ClusterConfig(String collection, int nodes, int shards, int replicas, int nodeHeapMb,
                            Duration startTimeout, Duration zkClientTimeout) {

    public static final String DEFAULT_COLLECTION = "trawl";

    public ClusterConfig {
        if (collection == null || !collection.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("--collection '" + collection
                    + "' is not a collection name (letters, digits, '_' and '-')");
        }
        if (nodes < 1 || shards < 1 || replicas < 1) {
            throw new IllegalArgumentException("--nodes, --shards and --replicas must be at least 1 (got "
                    + nodes + ", " + shards + ", " + replicas + ")");
        }
        if (nodeHeapMb < 64) {
            throw new IllegalArgumentException("--heap must be at least 64 (MB), got " + nodeHeapMb);
        }
        if (replicas > nodes) {
            throw new IllegalArgumentException("--replicas " + replicas + " needs at least as many nodes (--nodes "
                    + nodes + ")");
        }
    }

    public static ClusterConfig defaults() {
        return new ClusterConfig(DEFAULT_COLLECTION, 2, 2, 2, 384, Duration.ofSeconds(120), Duration.ofSeconds(15));
    }

    public ClusterConfig withLayout(String c, int n, int s, int r) {
        return new ClusterConfig(c, n, s, r, nodeHeapMb, startTimeout, zkClientTimeout);
    }

    public ClusterConfig withNodeHeap(int mb) {
        return new ClusterConfig(collection, nodes, shards, replicas, mb, startTimeout, zkClientTimeout);
    }
}
