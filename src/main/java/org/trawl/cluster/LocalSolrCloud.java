package org.trawl.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.trawl.config.ClusterConfig;

/**
 * A real SolrCloud on this machine, for trying cluster mode and for tests: an embedded ZooKeeper and N Solr
 * nodes, each in a JVM of its own (the Solr server's classpath, never trawl's), with trawl's collection
 * created. Its data lives in a work folder that {@link #close()} deletes, after stopping every process it
 * started.
 */
public final class LocalSolrCloud implements AutoCloseable {

    private final Path workDir;
    private final List<Process> processes = new ArrayList<>();
    private final List<String> nodeUrls = new ArrayList<>();
    private final boolean deleteOnClose;
    private SolrAddress address;

    private LocalSolrCloud(Path workDir, boolean deleteOnClose) {
        this.workDir = workDir;
        this.deleteOnClose = deleteOnClose;
    }

    /**
     * Starts ZooKeeper, then the nodes (at once), then creates the collection.
     *
     * @param workDir  the folder for the data and logs (created; deleted at close when {@code deleteOnClose})
     * @param progress told of each step, one line each
     * @throws ClusterException when a process fails to start (everything started is stopped first)
     */
    public static LocalSolrCloud start(SolrServerJvm server, ClusterConfig config, Path workDir,
                                       boolean deleteOnClose, Consumer<String> progress) {
        LocalSolrCloud cloud = new LocalSolrCloud(workDir, deleteOnClose);
        try {
            cloud.startAll(server, config, progress);
            return cloud;
        } catch (RuntimeException e) {
            cloud.close();
            throw e;
        }
    }

    private void startAll(SolrServerJvm server, ClusterConfig config, Consumer<String> progress) {
        Path logs = workDir.resolve("logs");
        List<String> common = List.of("-Dsolr.log.dir=" + logs);
        Path zkLog = logs.resolve("zookeeper.log");
        Process zk = server.start(jvm(common, 128), zkLog, "zookeeper", workDir.resolve("zookeeper").toString(), "0");
        processes.add(zk);
        String zkHost = SolrServerJvm.awaitReady(zk, zkLog, "ZooKeeper", config.startTimeout());
        progress.accept("zookeeper " + zkHost);
        List<String> nodeOptions = new ArrayList<>(jvm(common, config.nodeHeapMb()));
        nodeOptions.add("-DzkClientTimeout=" + config.zkClientTimeout().toMillis());
        List<Process> nodes = new ArrayList<>();
        for (int i = 1; i <= config.nodes(); i++) {
            Process node = server.start(nodeOptions, logs.resolve("node" + i + ".log"), "node",
                    workDir.resolve("node" + i).toString(), zkHost, "0");
            processes.add(node);
            nodes.add(node);
        }
        for (int i = 1; i <= config.nodes(); i++) {
            String url = SolrServerJvm.awaitReady(nodes.get(i - 1), logs.resolve("node" + i + ".log"),
                    "Solr node " + i, config.startTimeout());
            nodeUrls.add(url);
            progress.accept("node " + url);
        }
        address = new SolrAddress(zkHost, config.collection());
        new ClusterAdmin(server, config.startTimeout())
                .createCollection(address, config.shards(), config.replicas());
        progress.accept("collection " + config.collection() + " (" + config.shards() + " shards, "
                + config.replicas() + " replicas each)");
    }

    private static List<String> jvm(List<String> common, int heapMb) {
        List<String> options = new ArrayList<>(common);
        options.add("-Xmx" + heapMb + "m");
        return options;
    }

    /** The collection, as {@code --store} names it. */
    public SolrAddress address() {
        return address;
    }

    /** The nodes' base URLs ({@code http://127.0.0.1:PORT/solr}). */
    public List<String> nodeUrls() {
        return List.copyOf(nodeUrls);
    }

    /** The process ids of ZooKeeper and the nodes, in that order. */
    public List<Long> pids() {
        return processes.stream().map(Process::pid).toList();
    }

    /** Stops the nodes, then ZooKeeper (each asked to stop, then killed after 30 s), and deletes the data. */
    @Override
    public synchronized void close() {
        List<Process> nodes = processes.size() > 1 ? processes.subList(1, processes.size()) : List.of();
        nodes.forEach(Process::destroy);
        nodes.forEach(LocalSolrCloud::await);
        if (!processes.isEmpty()) {
            processes.get(0).destroy();
            await(processes.get(0));
        }
        processes.clear();
        if (deleteOnClose) {
            deleteTree(workDir);
        }
    }

    private static void await(Process p) {
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes a folder and everything in it (nothing when it is not there). */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the cluster's folder " + dir, e);
        }
    }
}
