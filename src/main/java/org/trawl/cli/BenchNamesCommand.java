package org.trawl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trawl.bench.NamesBenchmark;
import org.trawl.config.TrawlConfig;
import org.trawl.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trawl bench names}: sentences, tokens and names, in tokens per second per thread. */
@Command(name = "names")
final class BenchNamesCommand extends TrawlCommand {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "texts to run on (default: corpus)")
    List<Path> paths = new ArrayList<>(List.of(Path.of("corpus")));

    @Mixin
    BenchCommand.ThreadCounts threads;

    @Option(names = "--warmup", paramLabel = "SECONDS", description = "unmeasured warm-up per run (default: 10)")
    double warmup = 10;

    @Option(names = "--seconds", paramLabel = "SECONDS", description = "measured time per run (default: 20)")
    double seconds = 20;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() throws Exception {
        List<String> texts = fromArguments(() -> NamesBenchmark.texts(paths));
        if (threads.threads.stream().anyMatch(t -> t < 1)) {
            throw usageError("--threads must be 1 or more");
        }
        NamesBenchmark.Loading loading = NamesBenchmark.load(() -> Pipelines.load(TrawlConfig.defaults()), texts);
        PrintWriter out = out();
        if (!output.json) {
            out.println(NamesBenchmark.loadingLine(loading));
            out.println(NamesBenchmark.header());
            out.flush();
        }
        List<NamesBenchmark.Result> results = new ArrayList<>();
        for (int n : threads.threads) {
            NamesBenchmark.Result r = NamesBenchmark.run(loading.pipeline(), texts, n, warmup, seconds);
            results.add(r);
            if (!output.json) {
                out.println(NamesBenchmark.row(r));
                out.flush();
            }
        }
        if (output.json) {
            out.println(Json.pretty(NamesBenchmark.json(loading, results)));
        }
        out.flush();
        return 0;
    }
}
