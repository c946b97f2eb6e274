package org.trawl.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.trawl.cluster.ClusterAdmin;
import org.trawl.cluster.ClusterStatus;
import org.trawl.cluster.LocalSolrCloud;
import org.trawl.cluster.SolrAddress;
import org.trawl.cluster.SolrServerJvm;
import org.trawl.config.ClusterConfig;
import org.trawl.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code trawl cluster}: a SolrCloud for trawl, run locally ({@code start}), given trawl's collection
 * ({@code init}) and inspected ({@code status}).
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        subcommands = {ClusterCommand.Start.class, ClusterCommand.Init.class, ClusterCommand.Status.class})
final class ClusterCommand implements Runnable {

    /** The environment variable naming the store, as --store does. */
    static final String STORE_ENV = IndexOption.STORE_ENV;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code trawl cluster start}: ZooKeeper and N Solr nodes in their own JVMs, until interrupted. */
    @Command(name = "start")
    static final class Start extends TrawlCommand {

        @Option(names = "--nodes", paramLabel = "N", description = "Solr nodes (default: ${DEFAULT-VALUE})")
        int nodes = ClusterConfig.defaults().nodes();

        @Option(names = "--shards", paramLabel = "N",
                description = "shards of the collection (default: ${DEFAULT-VALUE})")
        int shards = ClusterConfig.defaults().shards();

        @Option(names = "--replicas", paramLabel = "N",
                description = "replicas of each shard (default: 2, or 1 with a single node)")
        Integer replicas;

        @Option(names = "--collection", paramLabel = "NAME", description = "collection (default: ${DEFAULT-VALUE})")
        String collection = ClusterConfig.DEFAULT_COLLECTION;

        @Option(names = "--heap", paramLabel = "MB",
                description = "heap of each Solr node's JVM, in MB (default: ${DEFAULT-VALUE})")
        int heapMb = ClusterConfig.defaults().nodeHeapMb();

        @Override
        public Integer call() throws Exception {
            ClusterConfig defaults = ClusterConfig.defaults();
            int r = replicas != null ? replicas : Math.min(defaults.replicas(), Math.max(1, nodes));
            ClusterConfig config = defaults.withLayout(collection, nodes, shards, r).withNodeHeap(heapMb);
            SolrServerJvm server = SolrServerJvm.require();
            PrintWriter out = out();
            PrintWriter err = err();
            Path dir = Files.createTempDirectory("trawl-cluster-");
            err.println("cluster: starting ZooKeeper and " + nodes + " Solr node" + (nodes == 1 ? "" : "s")
                    + " in " + dir);
            err.flush();
            LocalSolrCloud cloud = LocalSolrCloud.start(server, config, dir, true, line -> {
                err.println("cluster: " + line);
                err.flush();
            });
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                err.println("cluster: stopping");
                err.flush();
                cloud.close();
                stopped.countDown();
            }, "trawl-cluster-stop"));
            out.println("store: " + cloud.address());
            out.flush();
            stopped.await();
            return 0;
        }
    }

    /** The {@code --store} option of the commands given a cluster's collection ({@code TRAWL_STORE} else). */
    static final class StoreOption {

        @Option(names = "--store", paramLabel = "solr:ZKHOST/COLLECTION",
                description = "the cluster's collection (default: $" + STORE_ENV + ")")
        String store;

        /** The collection named by {@code --store}, else by {@code TRAWL_STORE}. */
        SolrAddress address() {
            String value = store != null ? store : System.getenv(STORE_ENV);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("--store is needed (or " + STORE_ENV + "): the cluster's"
                        + " collection, solr:ZKHOST/COLLECTION");
            }
            return SolrAddress.parse(value);
        }
    }

    /** {@code trawl cluster init}: trawl's configset and collection on a running SolrCloud. */
    @Command(name = "init")
    static final class Init extends TrawlCommand {

        @Mixin
        StoreOption store;

        @Option(names = "--shards", paramLabel = "N", description = "shards (default: ${DEFAULT-VALUE})")
        int shards = ClusterConfig.defaults().shards();

        @Option(names = "--replicas", paramLabel = "N",
                description = "replicas of each shard (default: ${DEFAULT-VALUE})")
        int replicas = ClusterConfig.defaults().replicas();

        @Override
        public Integer call() {
            SolrAddress address = store.address();
            if (shards < 1 || replicas < 1) {
                throw new IllegalArgumentException("--shards and --replicas must be at least 1 (got " + shards
                        + ", " + replicas + ")");
            }
            new ClusterAdmin(SolrServerJvm.require(), ClusterConfig.defaults().startTimeout())
                    .createCollection(address, shards, replicas);
            PrintWriter out = out();
            out.println("created " + address.collection() + " (" + shards + " shards, " + replicas
                    + " replicas each)");
            out.println("store: " + address);
            out.flush();
            return 0;
        }
    }

    /** {@code trawl cluster status}: nodes, shards, replicas and record counts of a collection. */
    @Command(name = "status")
    static final class Status extends TrawlCommand {

        @Mixin
        StoreOption store;

        @Mixin
        JsonOption json;

        @Override
        public Integer call() throws Exception {
            SolrAddress address = store.address();
            ClusterStatus status = new ClusterAdmin(SolrServerJvm.require(), ClusterConfig.defaults().startTimeout())
                    .status(address);
            PrintWriter out = out();
            if (json.json) {
                out.println(Json.pretty(status));
            } else {
                print(out, address, status);
            }
            out.flush();
            return 0;
        }

        private static void print(PrintWriter out, SolrAddress address, ClusterStatus s) {
            out.printf(Locale.ROOT, "%-10s %s%n", "store", address);
            out.printf(Locale.ROOT, "%-10s %d live: %s%n", "nodes", s.liveNodes().size(),
                    String.join(", ", s.liveNodes()));
            out.printf(Locale.ROOT, "%-10s %,d (records of every kind)%n", "documents", s.documents());
            for (ClusterStatus.Shard shard : s.shards()) {
                out.printf(Locale.ROOT, "%-10s %s%n", shard.name(), shard.state());
                for (ClusterStatus.ShardReplica r : shard.replicas()) {
                    out.printf(Locale.ROOT, "  %-12s %-24s %-8s %-7s %s%n", r.name(), r.node(), r.state(),
                            r.leader() ? "leader" : "",
                            r.documents() < 0 ? "not answering" : String.format(Locale.ROOT, "%,d records",
                                    r.documents()));
                }
            }
        }
    }
}
