package org.trawl.cluster;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What {@code trawl cluster status} shows: the live nodes, and the collection's shards, their replicas and
 * the documents (records of every kind) each holds. Its JSON form is the {@code --json} output.
 *
 * @param zkHost    the ZooKeeper connect string
 * @param collection the collection
 * @param liveNodes the Solr nodes registered live in ZooKeeper
 * @param documents the records the collection answers for (every kind: articles, mentions, relations, ...)
 * @param shards    the collection's shards
 */
public record ClusterStatus(@JsonProperty("zk_host") String zkHost, String collection,
                            @JsonProperty("live_nodes") List<String> liveNodes, long documents,
                            List<Shard> shards) {

    /** One shard and its replicas. */
    public record Shard(String name, String state, List<ShardReplica> replicas) {
    }

    /**
     * One replica of a shard.
     *
     * @param documents the records it holds, or -1 when it does not answer
     */
    public record ShardReplica(String name, String node, String state, boolean leader, long documents) {
    }

    /** Replicas that are active, over all shards. */
    public long activeReplicas() {
        return shards.stream().flatMap(s -> s.replicas().stream()).filter(r -> "active".equals(r.state())).count();
    }
}
