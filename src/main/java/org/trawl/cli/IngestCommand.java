package org.trawl.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.trawl.config.TrawlConfig;
import org.trawl.ingest.IngestJob;
import org.trawl.ingest.IngestSummary;
import org.trawl.json.Json;
import org.trawl.pipeline.Pipeline;
import org.trawl.store.IndexWriteException;
import org.trawl.store.StoreLocation;
import org.trawl.store.StoreReader;
import org.trawl.store.StoreWriter;
import org.trawl.store.WorkerShare;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trawl ingest}: reads new and changed articles into the index. */
@Command(name = "ingest")
final class IngestCommand extends TrawlCommand {

    @Mixin
    ArticleInputs inputs;

    @Mixin
    IndexOption index;

    @Option(names = "--max-file-size", paramLabel = "MB",
            description = "skip files larger than this many megabytes (default: ${DEFAULT-VALUE})")
    long maxFileMegabytes = TrawlConfig.DEFAULT_MAX_FILE_BYTES / (1024 * 1024);

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "give up on an article that takes longer, from parsing to relations (default: ${DEFAULT-VALUE})")
    long timeoutSeconds = 60;

    @Option(names = "--commit-every", paramLabel = "SECONDS",
            description = "commit the index this often while the run goes on; a killed run redoes at most this much"
                    + " work on the next run, and searches see new articles after the next commit"
                    + " (default: ${DEFAULT-VALUE})")
    long commitSeconds = TrawlConfig.DEFAULT_COMMIT_INTERVAL.toSeconds();

    @Option(names = "--retry-failed", description = "retry files that failed before even if unchanged")
    boolean retryFailed;

    @Option(names = "--json", description = "print the summary as JSON")
    boolean json;

    @Option(names = "--worker", paramLabel = "K/N",
            description = "ingest only this worker's share of the files (K of N workers over one shared folder"
                    + " into one --store, each started on its own, with no coordinator)")
    String worker;

    @Option(names = {"-q", "--quiet"}, description = "no progress output")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        for (Path p : inputs.paths) {
            if (!Files.exists(p)) {
                throw usageError("no such file or folder: " + p);
            }
        }
        if (inputs.threads != null && inputs.threads < 1 || maxFileMegabytes < 1 || timeoutSeconds < 1
                || commitSeconds < 1) {
            throw usageError(
                    "--threads, --max-file-size, --timeout and --commit-every must be at least 1");
        }
        TrawlConfig config = index.config()
                .withMaxFileBytes(maxFileMegabytes * 1024 * 1024)
                .withParseTimeout(Duration.ofSeconds(timeoutSeconds))
                .withCommitInterval(Duration.ofSeconds(commitSeconds));
        if (inputs.threads != null) {
            config = config.withThreads(inputs.threads);
        }
        IngestSummary summary;
        // the index lock first: a second writer is refused at once, not after seconds of model loading
        WorkerShare share = worker == null ? WorkerShare.ALL : WorkerShare.parse(worker);
        StoreWriter store = index.openWriter(share);
        ConsoleProgress progress = new ConsoleProgress(err, Terminal.interactive(), quiet || json);
        try {
            Pipeline pipeline = Pipelines.load(config);
            summary = new IngestJob(config, pipeline, store, progress).run(inputs.paths, retryFailed, share);
        } catch (IndexWriteException e) {
            closeQuietly(store);
            progress.finish();
            err.println(spec.qualifiedName() + ": " + e.getMessage() + "; stopped at once. " + committed()
                    + (e.noSpace() ? "; free some space and run ingest again to go on" : ""));
            err.flush();
            return Main.FAILED;
        } catch (RuntimeException e) {
            closeQuietly(store);
            throw e;
        }
        try {
            store.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot close the store " + index.location(), e);
        }
        if (json) {
            out.println(Json.pretty(IngestReport.json(summary)));
        } else {
            IngestReport.print(out, summary, index.location());
        }
        out.flush();
        return summary.failed() > 0 ? Main.FAILED : 0;
    }

    private static void closeQuietly(StoreWriter store) {
        try {
            store.close();
        } catch (java.io.IOException | RuntimeException e) {
            // the writer already failed; its last commit is what stays
        }
    }

    /** What the index holds as of its last commit, read back from disk (which also shows it opens). */
    private String committed() {
        try (StoreReader reader = index.openReader()) {
            var stats = reader.stats(0);
            return String.format(Locale.ROOT, "The index holds %,d articles and %,d entities as committed before;"
                    + " nothing after that commit was kept", stats.documents(), stats.entities());
        } catch (java.io.IOException | RuntimeException e) {
            return "The index could not be read back: " + e.getMessage();
        }
    }

    /** The end-of-run summary, as text and as JSON. */
    static final class IngestReport {
        private IngestReport() {
        }

        static void print(PrintWriter out, IngestSummary s, StoreLocation store) {
            out.printf(Locale.ROOT, "%s %d files in %.1f s: %.2f documents/s%n", Terminal.bold("Ingested"),
                    s.seen(), s.seconds(), s.documentsPerSecond());
            if (s.containers() > 0) {
                out.printf(Locale.ROOT, "  %-12s %,d (each entry or message an article of its own, counted below)%n",
                        "archives", s.containers());
            }
            row(out, "new", s.added());
            row(out, "updated", s.updated());
            row(out, "unchanged", s.unchanged());
            row(out, "duplicates", s.duplicates());
            if (s.nearDuplicates() > 0) {
                out.printf(Locale.ROOT, "  %-12s %,d (stored and searchable; names and relations counted once, in the earlier article)%n",
                        "near-copies", s.nearDuplicates());
            }
            row(out, "failed", s.failed());
            if (!s.skipped().isEmpty()) {
                out.printf(Locale.ROOT, "  %-12s %,d (links leading outside the folder, FIFOs, devices: not read)%n",
                        "skipped", s.skipped().size());
            }
            if (s.skippedFailed() > 0) {
                out.printf(Locale.ROOT, "  %-12s %,d (failed before and unchanged; --retry-failed to retry)%n",
                        "not retried", s.skippedFailed());
            }
            out.printf(Locale.ROOT, "  %-12s %,d naming %,d entities%n", "mentions", s.mentions(), s.entities());
            out.printf(Locale.ROOT, "  %-12s %,d typed, %,d co-occurrences (pairs named in one sentence)%n", "relations",
                    s.typedRelations(), s.cooccurrences());
            StringBuilder stages = new StringBuilder();
            for (Map.Entry<String, Double> e : s.stageSeconds().entrySet()) {
                if (e.getValue() >= 0.05) {
                    stages.append(stages.isEmpty() ? "" : ", ")
                            .append(String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue()));
                }
            }
            if (!stages.isEmpty()) {
                out.printf("  %-12s %s%n", "stage time", stages);
            }
            Map<String, Long> t = s.indexTotals();
            out.printf(Locale.ROOT, "  %-12s %,d documents, %,d entities, %,d typed relations, %,d co-occurrences in %s%n",
                    "index", t.get("documents"), t.get("entities"), t.get("typed_relations"), t.get("cooccurrences"),
                    store);
            if (!s.failures().isEmpty()) {
                out.println(Terminal.bold("Failed files:"));
                for (IngestSummary.Failure f : s.failures()) {
                    out.printf("  %s: %s (%s)%n", Terminal.display(f.path()), f.reason(), f.stage());
                }
            }
            if (!s.skipped().isEmpty()) {
                out.println(Terminal.bold("Skipped:"));
                for (IngestSummary.Skipped k : s.skipped()) {
                    out.printf("  %s: %s%n", Terminal.display(k.path()), k.reason());
                }
            }
        }

        private static void row(PrintWriter out, String label, long n) {
            out.printf(Locale.ROOT, "  %-12s %,d%n", label, n);
        }

        static com.fasterxml.jackson.databind.node.ObjectNode json(IngestSummary s) {
            var o = Json.MAPPER.createObjectNode();
            o.put("seen", s.seen());
            o.put("new", s.added());
            o.put("updated", s.updated());
            o.put("unchanged", s.unchanged());
            o.put("duplicates", s.duplicates());
            o.put("near_duplicates", s.nearDuplicates());
            o.put("failed", s.failed());
            o.put("not_retried", s.skippedFailed());
            o.put("containers", s.containers());
            o.put("mentions", s.mentions());
            o.put("entities", s.entities());
            o.put("relations", s.relations());
            o.put("typed_relations", s.typedRelations());
            o.put("cooccurrences", s.cooccurrences());
            o.put("tokens", s.tokens());
            o.put("seconds", Json.round(s.seconds()));
            o.put("documents_per_second", Json.round(s.documentsPerSecond()));
            var stages = o.putObject("stage_seconds");
            s.stageSeconds().forEach((k, v) -> stages.put(k, Json.round(v)));
            var totals = o.putObject("index");
            s.indexTotals().forEach(totals::put);
            var failures = o.putArray("failures");
            for (IngestSummary.Failure f : s.failures()) {
                failures.addObject().put("path", f.path()).put("stage", f.stage()).put("reason", f.reason());
            }
            o.put("skipped", s.skipped().size());
            var skipped = o.putArray("skipped_files");
            for (IngestSummary.Skipped k : s.skipped()) {
                skipped.addObject().put("path", k.path()).put("reason", k.reason());
            }
            return o;
        }
    }
}
