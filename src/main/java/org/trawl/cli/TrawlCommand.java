package org.trawl.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every trawl command that returns an exit status starts from: the picocli spec it runs under, its
 * output and error streams, and the usage error that names the command (reported by {@link Main} as one
 * line with a pointer to the command's help, exit status 2). Every such command has {@code -h/--help} and
 * {@code -V/--version} (its own {@code @Command} adds the name and description).
 */
@Command(mixinStandardHelpOptions = true)
abstract class TrawlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Where the command prints its results. */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where the command prints messages that are not results. */
    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error of this command, for the caller to throw. */
    final CommandLine.ParameterException usageError(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /**
     * Builds a value from the command's arguments, turning the {@link IllegalArgumentException} that says
     * an argument is bad into this command's usage error.
     */
    final <T> T fromArguments(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
    }
}
