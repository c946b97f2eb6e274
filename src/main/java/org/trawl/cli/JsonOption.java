package org.trawl.cli;

import picocli.CommandLine.Option;

/** The {@code --json} option ("print JSON") of the commands that print their results as text or as JSON. */
final class JsonOption {

    @Option(names = "--json", description = "print JSON")
    boolean json;
}
