package org.trawl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import org.trawl.bench.QueryBenchmark;
import org.trawl.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trawl bench queries}: search and entity latency percentiles on an index. */
@Command(name = "queries")
final class BenchQueriesCommand extends TrawlCommand {

    @Mixin
    IndexOption index;

    @Option(names = "--queries", paramLabel = "N", description = "queries of each kind (default: ${DEFAULT-VALUE})")
    int queries = 500;

    @Option(names = "--networks", paramLabel = "N",
            description = "networks around an entity to draw (default: a tenth of --queries, at least 10; 0: none)")
    Integer networks;

    @Option(names = "--hops", paramLabel = "N",
            description = "networks grown 1 to N hops from their entity, N from 1 to 4 (default: ${DEFAULT-VALUE};"
                    + " not with --web, whose network view is 1 hop)")
    int hops = 2;

    @Option(names = "--web", description = "measure the web workspace's API pages over HTTP instead")
    boolean web;

    @Override
    public Integer call() throws IOException {
        if (queries < 1) {
            throw usageError("--queries must be 1 or more");
        }
        if (networks != null && networks < 0) {
            throw usageError("--networks must be 0 or more");
        }
        if (hops < 1 || hops > 4) {
            throw usageError("--hops must be from 1 to 4");
        }
        int n = networks != null ? networks : QueryBenchmark.networkQueries(queries);
        PrintWriter out = out();
        try (StoreReader store = index.openReader()) {
            out.printf(Locale.ROOT, "%,d articles in %s%n", store.stats(0).documents(), index.location());
            out.println(QueryBenchmark.header());
            Consumer<QueryBenchmark.Latency> report = l -> {
                out.println(QueryBenchmark.format(l));
                out.flush();
            };
            if (web) {
                QueryBenchmark.runWeb(store, queries, n, 1, report);
            } else {
                QueryBenchmark.run(store, queries, n, hops, 1, report);
            }
        }
        return 0;
    }
}
