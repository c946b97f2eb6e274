package org.trawl.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trawl bench}: repeatable speed measurements (results and commands in docs/benchmarks.md). Each
 * subcommand has a file of its own ({@code Bench*Command}); what they measure is in {@code org.trawl.bench}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {BenchGenerateCommand.class, BenchNamesCommand.class, BenchIngestCommand.class,
            BenchIndexCommand.class, BenchQueriesCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
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
