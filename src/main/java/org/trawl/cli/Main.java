package org.trawl.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.trawl.cluster.ClusterException;
import org.trawl.store.IndexBusyException;
import org.trawl.store.IndexMissingException;
import org.trawl.store.IndexWriteException;
import org.trawl.store.QuerySyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code trawl} command line: one sub-command per job. */
@Command(name = "trawl", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        resourceBundle = Main.DESCRIPTIONS,
        subcommands = {
            IngestCommand.class,
            ExtractCommand.class,
            SearchCommand.class,
            EntityCommand.class,
            RelationsCommand.class,
            NetworkCommand.class,
            StatsCommand.class,
            FailuresCommand.class,
            EvaluateCommand.class,
            CorrectionCommands.Merge.class,
            CorrectionCommands.Split.class,
            CorrectionCommands.Alias.class,
            CorrectionCommands.Rename.class,
            CorrectionCommands.ListCorrections.class,
            TrainCommand.class,
            ServeCommand.class,
            BenchCommand.class,
            ClusterCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    /**
     * The resource bundle holding every command's and subcommand's description (the one home of that text;
     * picocli hands it down to the subcommands).
     */
    static final String DESCRIPTIONS = "org.trawl.cli.commands";

    /** Exit status when some inputs failed (or the whole command failed). */
    public static final int FAILED = 1;
    /** Exit status for a usage error. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (for tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        Logging.configure();
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(java.time.LocalDate.class, Main::date);
        cl.registerConverter(java.nio.file.Path.class, Main::path);
        return cl;
    }

    /**
     * A usage error is one line: what is wrong, naming the option or argument, and where to read more (no
     * usage screen after it).
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String name = cl.getCommandSpec().qualifiedName();
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        cl.getErr().println(name + ": " + message + " (see '" + name + " --help')");
        cl.getErr().flush();
        return USAGE;
    }

    /** A date option: YYYY-MM-DD, with a message that names no Java class. */
    static java.time.LocalDate date(String value) {
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    /**
     * A path argument, with a message that names no Java class when the locale's file-name encoding
     * cannot hold it (a UTF-8 name under a C/POSIX locale, where the JVM has already mangled it).
     */
    static java.nio.file.Path path(String value) {
        try {
            return java.nio.file.Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a valid file name in this system's "
                    + "file-name encoding (" + System.getProperty("sun.jnu.encoding") + "); run trawl in a UTF-8 locale, "
                    + "as ./trawl does");
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Turns exceptions into one-line messages; stack traces only with TRAWL_DEBUG set. */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        String name = cl.getCommandSpec().qualifiedName();
        if (e instanceof QuerySyntaxException || e instanceof IllegalArgumentException
                && !(e instanceof NumberFormatException)) {
            err.println(name + ": " + e.getMessage());
            return USAGE;
        }
        if (e instanceof IndexMissingException || e instanceof IndexBusyException || e instanceof IndexWriteException
                || e instanceof ClusterException) {
            err.println(name + ": " + e.getMessage());
            return FAILED;
        }
        String message = e instanceof UncheckedIOException && e.getMessage() != null ? e.getMessage()
                : "internal error: " + e;
        err.println(name + ": " + message);
        if (System.getenv("TRAWL_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("(set TRAWL_DEBUG=1 for details)");
        }
        return FAILED;
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"trawl " + (v == null ? "(development build)" : v)};
        }
    }
}
