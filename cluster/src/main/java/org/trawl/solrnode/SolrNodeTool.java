package org.trawl.solrnode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.cloud.ZkTestServer;
import org.apache.solr.common.cloud.ClusterState;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkMaintenanceUtils;
import org.apache.solr.common.cloud.ZkStateReader;
import org.apache.solr.common.util.Utils;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * The Solr side of {@code trawl cluster}: runs in its own JVM, on the Solr 9 classpath that the build writes
 * to {@code target/solr-cluster/classpath.txt}, never on trawl's. One mode per process:
 * <ul>
 *   <li>{@code zookeeper DIR PORT}: an embedded ZooKeeper (port 0: any free port); prints
 *       {@code ready ZKHOST} and runs until stopped;</li>
 *   <li>{@code node HOME ZKHOST PORT}: one Solr node (Jetty) joined to ZooKeeper; prints
 *       {@code ready BASE_URL} and runs until stopped;</li>
 *   <li>{@code init ZKHOST COLLECTION CONFIGSET_DIR SHARDS REPLICAS}: uploads the configset and creates the
 *       collection;</li>
 *   <li>{@code status ZKHOST COLLECTION}: prints the nodes, shards, replicas and document counts as JSON.</li>
 * </ul>
 * A failure is one line on stderr starting {@code error: } and exit status 1.
 */
public final class SolrNodeTool {

    private static final int ZK_TIMEOUT_SECONDS = 10;

    private SolrNodeTool() {
    }

    public static void main(String[] args) {
        try {
            switch (args.length == 0 ? "" : args[0]) {
                case "zookeeper" -> zookeeper(Path.of(args[1]), Integer.parseInt(args[2]));
                case "node" -> node(Path.of(args[1]), args[2], Integer.parseInt(args[3]));
                case "init" -> init(args[1], args[2], Path.of(args[3]), Integer.parseInt(args[4]),
                        Integer.parseInt(args[5]));
                case "status" -> status(args[1], args[2]);
                default -> throw new IllegalArgumentException("unknown mode (zookeeper, node, init, status)");
            }
        } catch (Exception e) {
            System.err.println("error: " + oneLine(e));
            System.exit(1);
        }
    }

    private static void zookeeper(Path dir, int port) throws Exception {
        Files.createDirectories(dir);
        ZkTestServer zk = new ZkTestServer(dir, port);
        zk.run(true);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                zk.shutdown();
            } catch (Exception e) {
                System.err.println("error: stopping ZooKeeper: " + oneLine(e));
            }
        }));
        ready(zk.getZkAddress());
    }

    private static void node(Path home, String zkHost, int port) throws Exception {
        Files.createDirectories(home);
        Path solrXml = home.resolve("solr.xml");
        if (!Files.exists(solrXml)) {
            Files.writeString(solrXml, MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML);
        }
        Properties properties = new Properties();
        properties.setProperty("zkHost", zkHost);
        JettyConfig config = JettyConfig.builder().setPort(port).setContext("/solr").stopAtShutdown(true).build();
        JettySolrRunner jetty = new JettySolrRunner(home.toString(), properties, config);
        jetty.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                jetty.stop();
            } catch (Exception e) {
                System.err.println("error: stopping the Solr node: " + oneLine(e));
            }
        }));
        ready(jetty.getBaseUrl().toString());
    }

    private static void init(String zkHost, String collection, Path configSet, int shards, int replicas)
            throws Exception {
        try (CloudSolrClient client = cloudClient(zkHost)) {
            if (ZkStateReader.from(client).getClusterState().hasCollection(collection)) {
                throw new IllegalStateException("the collection '" + collection + "' exists already in the cluster"
                        + " at " + zkHost);
            }
        }
        try (SolrZkClient zk = zkClient(zkHost)) {
            ZkMaintenanceUtils.uploadToZK(zk, configSet, ZkMaintenanceUtils.CONFIGS_ZKNODE + "/" + collection,
                    null);
        }
        try (CloudSolrClient client = cloudClient(zkHost)) {
            CollectionAdminRequest.Create create =
                    CollectionAdminRequest.createCollection(collection, collection, shards, replicas);
            create.setWaitForFinalState(true);
            create.process(client);
        }
        System.out.println("created " + collection);
    }

    private static void status(String zkHost, String collection) throws Exception {
        try (SolrZkClient zk = zkClient(zkHost); CloudSolrClient client = cloudClient(zkHost)) {
            ZkStateReader reader = ZkStateReader.from(client);
            ClusterState state = reader.getClusterState();
            DocCollection coll = state.getCollectionOrNull(collection);
            if (coll == null) {
                throw new IllegalStateException("no collection '" + collection + "' in the cluster at " + zkHost
                        + " (collections: " + String.join(", ", state.getCollectionNames()) + ")");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("zk_host", zkHost);
            out.put("collection", collection);
            out.put("live_nodes", new ArrayList<>(new java.util.TreeSet<>(state.getLiveNodes())));
            out.put("documents", count(client, collection));
            List<Map<String, Object>> shardList = new ArrayList<>();
            for (Slice slice : coll.getSlices()) {
                Map<String, Object> shard = new LinkedHashMap<>();
                shard.put("name", slice.getName());
                shard.put("state", slice.getState().toString());
                List<Map<String, Object>> replicaList = new ArrayList<>();
                for (Replica replica : slice.getReplicas()) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("name", replica.getName());
                    r.put("node", replica.getNodeName());
                    r.put("state", replica.getState().toString());
                    r.put("leader", replica.isLeader());
                    r.put("documents", replicaCount(replica));
                    replicaList.add(r);
                }
                shard.put("replicas", replicaList);
                shardList.add(shard);
            }
            out.put("shards", shardList);
            System.out.println(Utils.toJSONString(out).replaceAll("\\s*\\n\\s*", ""));
        }
    }

    private static long count(CloudSolrClient client, String collection) throws Exception {
        return client.query(collection, new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    }

    /** The documents one replica holds, or -1 when it does not answer (a node down). */
    private static long replicaCount(Replica replica) {
        try (Http2SolrClient core = new Http2SolrClient.Builder(replica.getBaseUrl())
                .withDefaultCollection(replica.getCoreName())
                .withConnectionTimeout(5, TimeUnit.SECONDS).build()) {
            SolrQuery q = new SolrQuery("*:*").setRows(0);
            q.set("distrib", false);
            return core.query(q).getResults().getNumFound();
        } catch (Exception e) {
            return -1;
        }
    }

    private static SolrZkClient zkClient(String zkHost) {
        try {
            return new SolrZkClient.Builder().withUrl(zkHost)
                    .withTimeout(ZK_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .withConnTimeOut(ZK_TIMEOUT_SECONDS, TimeUnit.SECONDS).build();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot reach ZooKeeper at " + zkHost + " within "
                    + ZK_TIMEOUT_SECONDS + " s", e);
        }
    }

    private static CloudSolrClient cloudClient(String zkHost) {
        int slash = zkHost.indexOf('/');
        List<String> hosts = List.of((slash < 0 ? zkHost : zkHost.substring(0, slash)).split(","));
        Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zkHost.substring(slash));
        return new CloudSolrClient.Builder(hosts, chroot)
                .withZkClientTimeout(ZK_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .withZkConnectTimeout(ZK_TIMEOUT_SECONDS, TimeUnit.SECONDS).build();
    }

    /**
     * Tells the parent process this one is up, then runs until the JVM is stopped, or until the process that
     * started it is gone (a {@code trawl cluster start} killed with SIGKILL leaves no Solr JVM behind).
     */
    private static void ready(String address) throws InterruptedException {
        System.out.println("ready " + address);
        System.out.flush();
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty()) {
            new CountDownLatch(1).await();
        }
        parent.get().onExit().join();
        System.exit(0);
    }

    private static String oneLine(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = message == null ? t.getMessage() : message;
            }
            t = t.getCause();
        }
        return (message == null ? e.getClass().getSimpleName() : message).lines().findFirst().orElse("").strip();
    }
}
