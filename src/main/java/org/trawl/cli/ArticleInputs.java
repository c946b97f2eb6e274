package org.trawl.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The articles a command reads ({@code ingest}, {@code extract}): the files and folders given, and its threads. */
final class ArticleInputs {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (walked recursively)")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: number of cores)")
    Integer threads;
}
