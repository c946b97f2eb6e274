package org.trawl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.trawl.bench.IngestBenchmark;
import org.trawl.bench.IngestSeries;
import org.trawl.config.TrawlConfig;
import org.trawl.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trawl bench ingest} (or {@code run}): ingest speed per stage, threads and corpus size. */
@Command(name = "ingest", aliases = "run")
final class BenchIngestCommand extends TrawlCommand {

    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "corpus sizes (default: 250,500,1000)")
    List<Integer> sizes = new ArrayList<>(List.of(250, 500, 1000));

    @Mixin
    BenchCommand.ThreadCounts threads;

    @Option(names = "--seed", paramLabel = "N", description = "random seed of the articles (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Mixin
    BenchCommand.HtmlEvery html;

    @Option(names = "--warmup", paramLabel = "N", description = "articles ingested first, unmeasured, to warm the JIT up (default: ${DEFAULT-VALUE})")
    int warmup = 1500;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() throws IOException {
        IngestSeries series = fromArguments(() -> new IngestSeries(sizes, threads.threads, seed, html.htmlEvery, warmup));
        TrawlConfig config = TrawlConfig.defaults();
        PrintWriter out = out();
        List<IngestBenchmark.Run> runs = series.run(config, () -> Pipelines.load(config).resources(),
                new IngestSeries.Listener() {
                    @Override
                    public void measuring() {
                        if (!output.json) {
                            out.println(IngestSeries.header());
                        }
                    }

                    @Override
                    public void measured(IngestBenchmark.Run run) {
                        if (!output.json) {
                            out.println(IngestSeries.row(run));
                            out.flush();
                        }
                    }
                });
        if (output.json) {
            out.println(Json.line(IngestSeries.json(runs)));
        }
        out.flush();
        return 0;
    }
}
