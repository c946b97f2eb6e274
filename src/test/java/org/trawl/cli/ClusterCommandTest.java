package org.trawl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.cluster.ClusterAdmin;
import org.trawl.cluster.ClusterStatus;
import org.trawl.cluster.SolrAddress;
import org.trawl.cluster.SolrServerJvm;
import org.trawl.config.ClusterConfig;

/**
 * {@code trawl cluster start} and {@code status} on a real SolrCloud: ZooKeeper and two Solr nodes, each in a
 * JVM of its own, started once for the class by {@code trawl cluster start} run as a process (as a user
 * would), and stopped at the end by SIGTERM. Skipped when the build did not write the Solr server's classpath
 * ({@code target/solr-cluster/classpath.txt}, left out with {@code -Dtrawl.cluster.skip=true}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterCommandTest {

    private static final Pattern STORE_LINE = Pattern.compile("(?m)^store: (solr:\\S+)$");

    @TempDir
    static Path tmp;

    static Process cluster;
    static Path out;
    static Path err;
    static SolrAddress address;
    static SolrServerJvm server;

    @BeforeAll
    static void startCluster() throws Exception {
        Optional<SolrServerJvm> found = SolrServerJvm.find();
        if (found.isEmpty()) {
            return; // every test skips, saying why (see needsTheSolrServer)
        }
        server = found.get();
        out = tmp.resolve("cluster.out");
        err = tmp.resolve("cluster.err");
        String java = ProcessHandle.current().info().command().orElse("java");
        cluster = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "cluster", "start", "--nodes", "2", "--shards", "2", "--replicas", "2",
                "--heap", "320")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (address == null && System.nanoTime() < deadline && cluster.isAlive()) {
            Matcher m = STORE_LINE.matcher(Files.readString(out, StandardCharsets.UTF_8));
            if (m.find()) {
                address = SolrAddress.parse(m.group(1));
            } else {
                Thread.sleep(200);
            }
        }
        assertNotNull(address, "trawl cluster start printed no 'store:' line; its stderr: "
                + Files.readString(err, StandardCharsets.UTF_8));
    }

    @BeforeEach
    void needsTheSolrServer() {
        assumeTrue(server != null, "skipped: no target/solr-cluster/classpath.txt: the build that ran these tests"
                + " did not write the Solr server's classpath (-Dtrawl.cluster.skip=true?), so no cluster can start");
    }

    @AfterAll
    static void stopCluster() throws InterruptedException {
        if (cluster != null && cluster.isAlive()) {
            List<ProcessHandle> children = cluster.descendants().toList();
            cluster.destroyForcibly();
            cluster.waitFor(30, TimeUnit.SECONDS);
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    @Order(1)
    void statusShowsTwoLiveNodesAndEveryReplicaActive() {
        ClusterStatus status = new ClusterAdmin(server, ClusterConfig.defaults().startTimeout()).status(address);
        assertEquals(2, status.liveNodes().size(), status.toString());
        assertEquals(2, status.shards().size(), status.toString());
        assertEquals(4, status.activeReplicas(), status.toString());
        status.shards().forEach(s -> assertEquals(1, s.replicas().stream().filter(ClusterStatus.ShardReplica::leader)
                .count(), "one leader per shard: " + s));
        assertEquals(0, status.documents());
        status.shards().forEach(s -> s.replicas().forEach(r -> assertEquals(0, r.documents(), r.toString())));
        // each shard's two replicas are on the two different nodes
        status.shards().forEach(s -> assertEquals(2, s.replicas().stream().map(ClusterStatus.ShardReplica::node)
                .distinct().count(), s.toString()));
    }

    @Test
    @Order(2)
    void statusCommandPrintsTheNodesAndShards() {
        Cli text = Cli.run("cluster", "status", "--store", address.toString());
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("nodes      2 live"), text.out());
        assertTrue(text.out().contains("shard1") && text.out().contains("shard2"), text.out());
        assertEquals(4, text.out().lines().filter(l -> l.contains(" active ")).count(), text.out());

        Cli json = Cli.run("cluster", "status", "--store", address.toString(), "--json");
        assertEquals(0, json.status(), json.err());
        assertTrue(json.out().contains("\"live_nodes\""), json.out());
        assertTrue(json.out().contains("\"collection\" : \"" + address.collection() + "\""), json.out());
    }

    @Test
    @Order(3)
    void theNodesRunInJvmsOfTheirOwnOnTheSolrClasspath() {
        List<List<String>> solr = cluster.descendants().map(ClusterCommandTest::arguments)
                .filter(a -> a.contains(TOOL)).toList();
        // ZooKeeper and two nodes, each a JVM of its own started from the Solr server's classpath
        List<String> modes = solr.stream().map(a -> a.get(a.indexOf(TOOL) + 1)).sorted().toList();
        assertEquals(List.of("node", "node", "zookeeper"), modes, "Solr-side processes: " + solr);
        String solrClasspath = server.home().resolve("classes").toString();
        solr.forEach(a -> assertTrue(a.get(a.indexOf("-cp") + 1).startsWith(solrClasspath), a.toString()));
        // --heap sizes the nodes' JVMs (ZooKeeper keeps its own small heap)
        solr.stream().filter(a -> a.contains("node")).forEach(a -> assertTrue(a.contains("-Xmx320m"), a.toString()));
    }

    @Test
    @Order(5)
    void aHeapTooSmallIsAUsageErrorNamingTheOption() {
        Cli r = Cli.run("cluster", "start", "--heap", "10");
        assertEquals(2, r.status(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("--heap must be at least 64"), r.err());
    }

    private static final String TOOL = "org.trawl.solrnode.SolrNodeTool";

    /** A process's arguments, from /proc (where the JDK's own view may be cut short by a long classpath). */
    private static List<String> arguments(ProcessHandle p) {
        Path cmdline = Path.of("/proc", Long.toString(p.pid()), "cmdline");
        try {
            if (Files.isReadable(cmdline)) {
                return Arrays.asList(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\\u0000"));
            }
        } catch (IOException e) {
            // gone meanwhile: no arguments
        }
        return p.info().arguments().map(Arrays::asList).orElse(List.of());
    }

    @Test
    @Order(4)
    void trawlLoadsOnlyLucene106AndTheSolrServerHasItsOwnLucene9() throws IOException {
        org.apache.lucene.util.Version loaded = org.apache.lucene.util.Version.LATEST;
        assertEquals(10, loaded.major, "Lucene loaded by trawl: " + loaded);
        assertEquals(6, loaded.minor, "Lucene loaded by trawl: " + loaded);
        List<String> ours = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        List<String> luceneCore = ours.stream().filter(p -> Path.of(p).getFileName().toString()
                .startsWith("lucene-core-")).toList();
        assertEquals(1, luceneCore.size(), "lucene-core jars on trawl's classpath: " + luceneCore);
        assertTrue(luceneCore.get(0).endsWith("lucene-core-10.6.0.jar"), luceneCore.toString());
        ours.forEach(p -> assertFalse(p.contains("lucene") && p.contains("-9."),
                "a Lucene 9 jar on trawl's classpath: " + p));
        ours.forEach(p -> assertFalse(Path.of(p).getFileName().toString().startsWith("solr-core"),
                "the Solr server on trawl's classpath: " + p));
        // the nodes' classpath is the other one, with Lucene 9
        String solrClasspath = Files.readString(server.home().resolve("classpath.txt"), StandardCharsets.UTF_8);
        assertTrue(solrClasspath.contains("lucene-core-9."), "the Solr server should bring its own Lucene 9");
    }

    @Test
    @Order(5)
    void initCreatesAnotherCollectionWithItsLayoutAndRefusesOneThatExists() {
        SolrAddress second = new SolrAddress(address.zkHost(), "made_by_init");
        Cli made = Cli.run("cluster", "init", "--store", second.toString(), "--shards", "1", "--replicas", "2");
        assertEquals(0, made.status(), made.err());
        assertTrue(made.out().contains("store: " + second), made.out());
        ClusterStatus status = new ClusterAdmin(server, ClusterConfig.defaults().startTimeout()).status(second);
        assertEquals(1, status.shards().size(), status.toString());
        assertEquals(2, status.activeReplicas(), status.toString());

        Cli again = Cli.run("cluster", "init", "--store", address.toString());
        assertEquals(1, again.status(), again.out() + again.err());
        assertEquals(1, again.err().lines().count(), again.err());
        assertTrue(again.err().contains("'" + address.collection() + "' exists already"), again.err());
    }

    @Test
    @Order(16)
    void aMissingCollectionIsOneLineAndExitOne() {
        SolrAddress missing = new SolrAddress(address.zkHost(), "no_such_collection");
        Cli r = Cli.run("cluster", "status", "--store", missing.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("no collection 'no_such_collection'"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    @Order(17)
    void anUnreachableClusterIsOneLineAndExitOne() throws IOException {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Cli r = Cli.run("cluster", "status", "--store", "solr:127.0.0.1:" + closedPort + "/solr/trawl");
        assertEquals(1, r.status(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("cannot reach ZooKeeper at 127.0.0.1:" + closedPort), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    @Order(20)
    void sigtermStopsEveryProcessItStartedAndDeletesTheData() throws Exception {
        List<ProcessHandle> children = cluster.descendants().toList();
        assertTrue(children.size() >= 3, "children: " + children);
        Matcher dir = Pattern.compile("starting ZooKeeper and 2 Solr nodes in (\\S+)")
                .matcher(Files.readString(err, StandardCharsets.UTF_8));
        assertTrue(dir.find(), Files.readString(err, StandardCharsets.UTF_8));
        Path data = Path.of(dir.group(1));
        assertTrue(Files.isDirectory(data));

        cluster.destroy(); // SIGTERM
        assertTrue(cluster.waitFor(90, TimeUnit.SECONDS), "trawl cluster start did not stop on SIGTERM");
        for (ProcessHandle child : children) {
            assertTrue(child.onExit().get(30, TimeUnit.SECONDS) != null && !child.isAlive(),
                    "still running after SIGTERM: " + child);
        }
        assertFalse(Files.exists(data), "the cluster's data was not deleted: " + data);
        assertTrue(Files.readString(err, StandardCharsets.UTF_8).contains("cluster: stopping"));
    }
}
