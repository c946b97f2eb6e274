package org.trawl.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.trawl.config.TrawlConfig;
import org.trawl.ingest.DocumentReader;
import org.trawl.ingest.FileCandidate;
import org.trawl.ingest.FileCrawler;
import org.trawl.ingest.IngestException;
import org.trawl.ingest.TextExtractor;
import org.trawl.json.Json;
import org.trawl.model.Extraction;
import org.trawl.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code trawl extract}: prints what trawl finds in each article as JSON Lines, without touching the index. */
@Command(name = "extract")
final class ExtractCommand extends TrawlCommand {

    @Mixin
    ArticleInputs inputs;

    /** What one article gave: its extraction, or why there is none. */
    private record Extracted(String path, Extraction extraction, String failure) {
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = out();
        PrintWriter err = err();
        FileCrawler.Result crawl = new FileCrawler().crawl(inputs.paths);
        int failed = 0;
        for (FileCrawler.Problem p : crawl.problems()) {
            err.println("trawl extract: " + Terminal.display(p.path().toString()) + ": " + p.reason());
            failed++;
        }
        for (FileCrawler.Problem p : crawl.skipped()) {
            err.println("trawl extract: skipped " + Terminal.display(p.path().toString()) + ": " + p.reason());
        }
        TrawlConfig config = TrawlConfig.defaults();
        Pipeline pipeline = Pipelines.load(config);
        int n = inputs.threads == null ? config.threads() : Math.max(1, inputs.threads);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try (TextExtractor extractor = new TextExtractor(config.parseTimeout(), config.maxTextChars())) {
            DocumentReader reader = new DocumentReader(extractor, pipeline);
            List<Future<List<Extracted>>> results = new ArrayList<>();
            for (FileCandidate f : crawl.files()) {
                results.add(pool.submit(() -> {
                    List<Extracted> found = new ArrayList<>();
                    for (DocumentReader.Article a : reader.articles(f.path(), config.maxFileBytes())) {
                        found.add(a.document() == null ? new Extracted(a.path(), null, a.failure())
                                : new Extracted(a.path(), pipeline.extract(a.document()), null));
                    }
                    return found;
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                List<Extracted> extracted;
                try {
                    extracted = results.get(i).get();
                } catch (ExecutionException e) {
                    String reason = e.getCause() instanceof IngestException ie ? ie.reason() : e.getCause().toString();
                    extracted = List.of(new Extracted(org.trawl.ingest.ArticlePaths.of(crawl.files().get(i).path()), null, reason));
                }
                for (Extracted x : extracted) {
                    String file = Terminal.display(x.path());
                    if (x.extraction() == null) {
                        err.println("trawl extract: " + file + ": " + x.failure());
                        failed++;
                    } else {
                        out.println(Json.line(Json.extraction(file, x.extraction())));
                    }
                }
                out.flush();
            }
        } finally {
            pool.shutdownNow();
        }
        return failed > 0 ? Main.FAILED : 0;
    }
}
