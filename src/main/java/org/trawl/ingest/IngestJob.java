package org.trawl.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.tika.mime.MediaType;
import org.trawl.config.TrawlConfig;
import org.trawl.model.EntityMention;
import org.trawl.model.Extraction;
import org.trawl.model.SourceDocument;
import org.trawl.pipeline.Pipeline;
import org.trawl.pipeline.StageTimes.Stage;
import org.trawl.resolve.Corrections;
import org.trawl.store.FailureRecord;
import org.trawl.store.IndexStats;
import org.trawl.store.IndexWriteException;
import org.trawl.store.PathRecord;
import org.trawl.store.StoreWriter;
import org.trawl.store.WorkerShare;

/**
 * One batch ingest: finds the files under the given paths, skips those the index already has as they are,
 * and reads, extracts and indexes the rest on several threads. A file that fails is recorded with its
 * reason and the run goes on. The index commits every few seconds and at the end, so a run killed at any
 * moment loses only the articles in flight, and the next run picks up where it stopped.
 */
public final class IngestJob {

    private final TrawlConfig config;
    private final Pipeline pipeline;
    private final StoreWriter store;
    private final ProgressListener listener;

    public IngestJob(TrawlConfig config, Pipeline pipeline, StoreWriter store, ProgressListener listener) {
        this.config = config;
        this.pipeline = pipeline;
        this.store = store;
        this.listener = listener;
    }

    /** What happened to one file. */
    private enum Outcome { ADDED, UPDATED, UNCHANGED, DUPLICATE, NEAR_DUPLICATE, FAILED, SKIPPED_FAILED, CONTAINER }

    public IngestSummary run(List<Path> roots, boolean retryFailed) {
        return run(roots, retryFailed, WorkerShare.ALL);
    }

    /** Ingests this worker's share of the files under {@code roots} (see {@link WorkerShare}). */
    public IngestSummary run(List<Path> roots, boolean retryFailed, WorkerShare share) {
        long started = System.nanoTime();
        FileCrawler.Result crawl = WorkerFiles.share(new FileCrawler().crawl(roots), roots, share);
        Map<String, FailureRecord> earlierFailures = new HashMap<>();
        for (FailureRecord f : store.failures()) {
            earlierFailures.put(f.path(), f);
        }
        Run run = new Run(crawl.files().size() + crawl.problems().size(), started, retryFailed,
                ArticlePaths.containers(earlierFailures.keySet()));
        for (FileCrawler.Problem p : crawl.problems()) {
            run.fail(ArticlePaths.of(p.path()), IngestException.Stage.READ, p.reason(), 0, 0);
        }
        List<IngestSummary.Skipped> skipped = new ArrayList<>();
        for (FileCrawler.Problem p : crawl.skipped()) {
            skipped.add(new IngestSummary.Skipped(ArticlePaths.of(p.path()), p.reason()));
            listener.skipped(ArticlePaths.of(p.path()), p.reason());
        }

        int threads = Math.max(1, config.threads());
        PeriodicCommits commits = new PeriodicCommits(store, config.commitInterval(), () -> run.stopped != null, run::stop);
        try (TextExtractor extractor = new TextExtractor(config.parseTimeout(), config.maxTextChars())) {
            DocumentReader reader = new DocumentReader(extractor, pipeline);
            ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "trawl-ingest");
                t.setDaemon(true);
                return t;
            });
            List<Future<?>> futures = new ArrayList<>(crawl.files().size());
            try {
                for (FileCandidate file : crawl.files()) {
                    futures.add(workers.submit(() -> run.process(file, reader,
                            retryFailed ? null : earlierFailures.get(ArticlePaths.of(file.path())))));
                }
                for (Future<?> f : futures) {
                    if (run.stopped != null) {
                        break; // the index cannot be written: the files not started are dropped below
                    }
                    waitFor(f);
                }
            } finally {
                // never interrupt a thread that may be writing the index: Lucene closes the writer when its
                // file channel is interrupted; files not started yet are dropped, running ones finish, and the
                // run ends only then, whatever ended it, so no file is left running against a store (and an
                // article time limit) its caller is closing, to be recorded as failed for that
                futures.forEach(f -> f.cancel(false));
                workers.shutdown();
                awaitQuietly(workers);
            }
        } finally {
            run.timeLimit.close();
            commits.close();
        }
        if (run.stopped != null) {
            throw run.stopped;
        }
        store.commit();
        return run.summary(store.stats(0), skipped);
    }

    /** Waits for the files under way to give up, so that the run's end is not interleaved with them. */
    private static void awaitQuietly(ExecutorService workers) {
        try {
            workers.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitFor(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            // process() records its own failures; anything reaching here is a bug, and stops the run loudly
            throw new IllegalStateException("ingest worker failed: " + e.getCause(), e.getCause());
        }
    }

    /** The state of one run, shared by its worker threads. */
    private final class Run {
        final long total;
        final long started;
        final Map<Outcome, LongAdder> outcomes = new LinkedHashMap<>();
        final AtomicLong done = new AtomicLong();
        final LongAdder mentions = new LongAdder();
        final LongAdder relations = new LongAdder();
        final LongAdder typedRelations = new LongAdder();
        final Set<String> entities = ConcurrentHashMap.newKeySet();
        final List<IngestSummary.Failure> failures = Collections.synchronizedList(new ArrayList<>());
        final ConcurrentHashMap<String, CompletableFuture<Boolean>> inFlight = new ConcurrentHashMap<>();
        final Corrections corrections = store.corrections().read();
        /** Each article, from parse to relations, within --timeout. */
        final ArticleTimeLimit timeLimit = new ArticleTimeLimit(config.parseTimeout());
        final boolean retryFailed;
        /** Archives and mailboxes with entries that failed before: read again when failures are retried. */
        final Set<String> failedInside;
        /** Set when the index could not be written (a full disk): the run stops at once. */
        volatile IndexWriteException stopped;

        Run(long total, long started, boolean retryFailed, Set<String> failedInside) {
            this.total = total;
            this.started = started;
            this.retryFailed = retryFailed;
            this.failedInside = failedInside;
            for (Outcome o : Outcome.values()) {
                outcomes.put(o, new LongAdder());
            }
        }

        void stop(IndexWriteException e) {
            synchronized (this) {
                if (stopped == null) {
                    stopped = e;
                }
            }
        }

        void process(FileCandidate file, DocumentReader reader, FailureRecord earlierFailure) {
            if (stopped != null) {
                return;
            }
            attempt(ArticlePaths.of(file.path()), file.size(), file.modified(), () -> ingest(file, reader, earlierFailure));
            listener.progress(new Progress(done.incrementAndGet(), total, outcomes.get(Outcome.FAILED).sum(),
                    (System.nanoTime() - started) / 1e9));
        }

        /** The ingest of one file or archive entry, which may fail. */
        @FunctionalInterface
        private interface Work {
            Outcome run() throws IngestException;
        }

        /** Runs the ingest of one file or entry and counts its outcome; a failure is recorded for its path. */
        private void attempt(String path, long size, long modified, Work work) {
            if (stopped != null) {
                return;
            }
            try {
                outcomes.get(work.run()).increment();
            } catch (IndexWriteException e) {
                stop(e); // not the file's fault, and not recordable: the whole run stops
            } catch (IngestException e) {
                if (e.getCause() instanceof IndexWriteException w) {
                    stop(w);
                    return;
                }
                fail(path, e.stage(), e.reason(), size, modified);
            } catch (RuntimeException e) {
                fail(path, IngestException.Stage.INDEX, "internal error: " + e, size, modified);
            }
        }

        Outcome ingest(FileCandidate file, DocumentReader reader, FailureRecord earlierFailure)
                throws IngestException {
            String path = ArticlePaths.of(file.path());
            Optional<PathRecord> known = store.path(path);
            if (known.isPresent() && known.get().sameFile(file.size(), file.modified())
                    && !(retryFailed && failedInside.contains(path))) {
                return Outcome.UNCHANGED;
            }
            if (earlierFailure != null && earlierFailure.size() == file.size()
                    && earlierFailure.modified() == file.modified()) {
                return Outcome.SKIPPED_FAILED;
            }
            if (file.size() > config.maxFileBytes()) {
                throw new IngestException(IngestException.Stage.READ, "larger than the size limit ("
                        + megabytes(file.size()) + " > " + megabytes(config.maxFileBytes()) + ")");
            }
            byte[] content = reader.read(file.path());
            long modified = reader.modifiedAfterReading(file.path(), content.length);
            MediaType type = reader.detect(file.path(), content);
            Optional<ContainerUnpacker.Kind> kind = ContainerUnpacker.kindOf(type);
            if (kind.isPresent()) {
                return unpack(file.path(), content, modified, kind.get(), reader);
            }
            return store(path, content, modified, known, id -> reader.parse(file.path(), content, type, id));
        }

        /**
         * Takes an archive or mailbox apart and ingests each entry as an article of its own, under the path
         * {@code container!/entry}; an entry that fails is recorded and the others go on. The container is
         * marked as read unless it could not be read itself (then its failure is recorded instead).
         */
        private Outcome unpack(Path container, byte[] content, long modified, ContainerUnpacker.Kind kind,
                               DocumentReader reader) {
            boolean[] containerFailed = {false};
            reader.walk(container, content, kind, config.maxFileBytes(), new DocumentReader.EntryVisitor() {
                @Override
                public void entry(DocumentReader.Entry entry) {
                    String path = entry.path();
                    byte[] bytes = entry.content();
                    attempt(path, bytes.length, modified, () -> {
                        Optional<PathRecord> known = store.path(path);
                        return known.isPresent() && known.get().sameFile(bytes.length, modified) ? Outcome.UNCHANGED
                                : store(path, bytes, modified, known, id -> reader.parse(entry, id));
                    });
                }

                @Override
                public void problem(String path, boolean ofContainer, String reason) {
                    containerFailed[0] |= ofContainer;
                    fail(path, IngestException.Stage.READ, reason, content.length, modified);
                }
            });
            if (!containerFailed[0] && stopped == null) {
                store.putPath(new PathRecord(ArticlePaths.of(container), ContentHash.of(content), content.length, modified));
            }
            return Outcome.CONTAINER;
        }

        /** Parses content into an article with the given id. */
        @FunctionalInterface
        private interface Parse {
            SourceDocument parse(String id) throws IngestException;
        }

        /**
         * Ingests the content of one file or entry at {@code path}: nothing when the index already has it
         * there, a link when it has it elsewhere, else a new article, extracted and indexed.
         */
        private Outcome store(String path, byte[] content, long modified, Optional<PathRecord> known, Parse parse)
                throws IngestException {
            String id = ContentHash.of(content);
            PathRecord record = new PathRecord(path, id, content.length, modified);
            String previous = known.map(PathRecord::documentId).orElse(null);

            if (id.equals(previous)) {
                store.putPath(record);
                return Outcome.UNCHANGED;
            }
            CompletableFuture<Boolean> mine = new CompletableFuture<>();
            CompletableFuture<Boolean> other = inFlight.putIfAbsent(id, mine);
            if (other != null) {
                // the same content is being ingested from another path right now
                if (!other.join()) {
                    throw new IngestException(IngestException.Stage.PARSE, "same content as a file that failed");
                }
                return linkDuplicate(record, previous);
            }
            boolean stored = false;
            try {
                if (store.containsDocument(id)) {
                    stored = true;
                    return linkDuplicate(record, previous);
                }
                Extraction extraction = timeLimit.run(() -> extract(parse.parse(id)));
                String original = pipeline.times().time(Stage.INDEX, () -> store.put(extraction, record));
                stored = true;
                if (original == null) {
                    mentions.add(extraction.mentions().size());
                    relations.add(extraction.relations().size());
                    typedRelations.add(extraction.relations().stream()
                            .filter(r -> r.type() != org.trawl.model.RelationType.CO_OCCURS).count());
                    for (EntityMention m : extraction.mentions()) {
                        entities.add(m.entityId());
                    }
                }
                if (previous != null) {
                    store.release(previous);
                    return Outcome.UPDATED;
                }
                return original == null ? Outcome.ADDED : Outcome.NEAR_DUPLICATE;
            } finally {
                inFlight.remove(id);
                mine.complete(stored);
            }
        }

        private Outcome linkDuplicate(PathRecord record, String previous) {
            store.putPath(record);
            if (previous != null && !previous.equals(record.documentId())) {
                store.release(previous);
                return Outcome.UPDATED;
            }
            return Outcome.DUPLICATE;
        }

        private Extraction extract(SourceDocument doc) throws IngestException {
            try {
                return corrections.apply(pipeline.extract(doc));
            } catch (RuntimeException e) {
                throw new IngestException(IngestException.Stage.EXTRACT, "extraction failed: " + e, e);
            }
        }

        void fail(String path, IngestException.Stage stage, String reason, long size, long modified) {
            if (stopped != null) {
                return;
            }
            String stageName = stage.name().toLowerCase(java.util.Locale.ROOT);
            failures.add(new IngestSummary.Failure(path, stageName, reason));
            outcomes.get(Outcome.FAILED).increment();
            listener.failed(path, stageName, reason);
            try {
                store.recordFailure(new FailureRecord(path, stageName, reason, size, modified, Instant.now()));
            } catch (IndexWriteException e) {
                stop(e);
            } catch (RuntimeException e) {
                listener.failed(path, "index", "could not record the failure: " + e.getMessage());
            }
        }

        IngestSummary summary(IndexStats after, List<IngestSummary.Skipped> skipped) {
            Map<String, Double> stages = new LinkedHashMap<>();
            for (Stage s : Stage.values()) {
                stages.put(s.name().toLowerCase(java.util.Locale.ROOT), pipeline.times().seconds(s));
            }
            Map<String, Long> totals = new LinkedHashMap<>();
            totals.put("documents", after.documents());
            totals.put("mentions", after.mentions());
            totals.put("entities", after.entities());
            totals.put("relations", after.relations());
            totals.put("typed_relations", after.typedRelations());
            totals.put("cooccurrences", after.cooccurrences());
            List<IngestSummary.Failure> sorted = new ArrayList<>(failures);
            sorted.sort((a, b) -> a.path().compareTo(b.path()));
            return new IngestSummary(total, count(Outcome.ADDED), count(Outcome.UPDATED), count(Outcome.UNCHANGED),
                    count(Outcome.DUPLICATE), count(Outcome.NEAR_DUPLICATE), count(Outcome.FAILED), count(Outcome.SKIPPED_FAILED),
                    count(Outcome.CONTAINER), sorted,
                    mentions.sum(), new HashSet<>(entities).size(), relations.sum(), pipeline.times().tokens(),
                    (System.nanoTime() - started) / 1e9, stages, totals, skipped, typedRelations.sum());
        }

        private long count(Outcome o) {
            return outcomes.get(o).sum();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
