package org.trawl.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.Fixtures;
import org.trawl.config.TrawlConfig;
import org.trawl.ingest.IngestJob;
import org.trawl.ingest.IngestSummary;
import org.trawl.ingest.ProgressListener;
import org.trawl.search.LuceneStore;
import org.trawl.store.IndexChecks;
import org.trawl.store.StoreReader;

/**
 * A reader of the index (as {@code trawl serve} or a second process is) while an ingest commits every
 * 100 ms: whatever commit it sees, the index is whole (every mention's entity, every relation's
 * mentions, every entity's counts), and what it sees only grows.
 */
class ConcurrentReaderTest {

    @TempDir
    Path tmp;

    @Test
    void aReaderDuringIngestAlwaysSeesAConsistentIndex() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        List<Path> corpus = Fixtures.corpus();
        for (int i = 0; i < corpus.size(); i++) {
            Files.copy(corpus.get(i), articles.resolve("single-" + i + ".txt"));
            // two articles in one file: different enough from either to be an article of its own
            Files.writeString(articles.resolve("pair-" + i + ".txt"), Files.readString(corpus.get(i)) + "\n\n"
                    + Files.readString(corpus.get((i + 1) % corpus.size())));
        }
        Path index = tmp.resolve("index");
        TrawlConfig config = TrawlConfig.defaults().withIndexDir(index).withThreads(2)
                .withCommitInterval(Duration.ofMillis(100));
        TreeSet<Long> seen = new TreeSet<>();
        IngestSummary summary;
        try (LuceneStore writer = LuceneStore.openForWriting(index)) {
            writer.commit();
            CompletableFuture<IngestSummary> ingest = CompletableFuture.supplyAsync(() ->
                    new IngestJob(config, Fixtures.pipeline(), writer, ProgressListener.silent()).run(List.of(articles), false));
            try (StoreReader reader = LuceneStore.openForReading(index)) {
                while (!ingest.isDone()) {
                    reader.refresh();
                    IndexChecks.assertConsistent(reader);
                    long documents = reader.stats(0).documents();
                    assertTrue(seen.isEmpty() || documents >= seen.last(), "documents never go away");
                    seen.add(documents);
                    Thread.sleep(50);
                }
                summary = ingest.join();
                reader.refresh();
                IndexChecks.assertConsistent(reader);
                assertEquals(summary.added() + summary.nearDuplicates(), reader.stats(0).documents());
            }
        }
        assertEquals(10, summary.added() + summary.nearDuplicates(), summary.toString());
        assertTrue(seen.stream().filter(n -> n > 0 && n < 10).count() >= 1,
                "the reader saw the index part-way through the run: " + seen);
    }
}
