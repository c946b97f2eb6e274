package org.trawl.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.trawl.bench.ArticleGenerator;
import org.trawl.config.TrawlConfig;
import org.trawl.nlp.ModelFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code trawl bench}: repeatable speed measurements (results and commands in docs/benchmarks.md). Each
 * subcommand has a file of its own ({@code Bench*Command}); what they measure is in {@code org.trawl.bench}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures how fast trawl is. Results and the commands that reproduce them: docs/benchmarks.md."},
        subcommands = {BenchGenerateCommand.class, BenchNamesCommand.class, BenchIngestCommand.class,
            BenchIndexCommand.class, BenchQueriesCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The options of the commands that make generated articles: how many, and the seed. */
    static final class GeneratedArticles {

        @Parameters(index = "0", paramLabel = "N", description = "number of articles")
        int count;

        @Option(names = "--seed", paramLabel = "N", description = "random seed (default: ${DEFAULT-VALUE})")
        long seed = 1;

        /** The generator, drawing names from the configured models folder; refuses a count below 1. */
        ArticleGenerator generator(CommandLine.Model.CommandSpec spec, TrawlConfig config) throws IOException {
            if (count < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "N must be 1 or more");
            }
            return ArticleGenerator.fromGazetteers(new ModelFiles(config.modelsDir()));
        }
    }

    /** The thread counts a benchmark runs with, each in turn. */
    static final class ThreadCounts {

        @Option(names = "--threads", split = ",", paramLabel = "N", description = "thread counts to run (default: 1,2)")
        List<Integer> threads = new ArrayList<>(List.of(1, 2));
    }

    /** How many of the generated articles are HTML: every K-th (for the commands that write them to files). */
    static final class HtmlEvery {

        @Option(names = "--html-every", paramLabel = "K", description = "every K-th article is HTML; 0 for none (default: ${DEFAULT-VALUE})")
        int htmlEvery = 4;
    }
}
