package org.trawl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.trawl.config.TrawlConfig;
import org.trawl.ingest.ContentHash;
import org.trawl.ingest.DocumentReader;
import org.trawl.ingest.FileCandidate;
import org.trawl.ingest.FileCrawler;
import org.trawl.ingest.IngestException;
import org.trawl.ingest.TextExtractor;
import org.trawl.json.Json;
import org.trawl.model.Extraction;
import org.trawl.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trawl extract}: prints what trawl finds in each article as JSON Lines, without touching the index. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints names and relations found in articles, as JSON Lines.", "",
            "Prints the people, groups and places and the relations found in each article, as",
            "one JSON object per line (see the README for the fields). The index is not touched.",
            "Exit status 1 when some files failed (reported on stderr)."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (walked recursively)")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: number of cores)")
    Integer threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FileCrawler.Result crawl = new FileCrawler().crawl(paths);
        int failed = 0;
        for (FileCrawler.Problem p : crawl.problems()) {
            err.println("trawl extract: " + Terminal.display(p.path().toString()) + ": " + p.reason());
            failed++;
        }
        TrawlConfig config = TrawlConfig.defaults();
        Pipeline pipeline = Pipelines.load(config);
        int n = threads == null ? config.threads() : Math.max(1, threads);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try (TextExtractor extractor = new TextExtractor(config.parseTimeout(), config.maxTextChars())) {
            DocumentReader reader = new DocumentReader(extractor, pipeline);
            List<Future<Extraction>> results = new ArrayList<>();
            for (FileCandidate f : crawl.files()) {
                results.add(pool.submit(() -> {
                    byte[] content = reader.read(f.path());
                    return pipeline.extract(reader.parse(f.path(), content, ContentHash.of(content)));
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                String file = Terminal.display(crawl.files().get(i).path().toString());
                try {
                    out.println(Json.line(Json.extraction(file, results.get(i).get())));
                } catch (ExecutionException e) {
                    String reason = e.getCause() instanceof IngestException ie ? ie.reason() : e.getCause().toString();
                    err.println("trawl extract: " + file + ": " + reason);
                    failed++;
                }
                out.flush();
            }
        } finally {
            pool.shutdownNow();
        }
        return failed > 0 ? Main.FAILED : 0;
    }
}
