package org.trawl.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.Fixtures;
import org.trawl.config.TrawlConfig;
import org.trawl.search.LuceneStore;
import org.trawl.store.DocumentRecord;
import org.trawl.store.IndexStats;
import org.trawl.store.SearchRequest;
import org.trawl.store.StoreReader;

/**
 * Syndicated copies: ingested together on two threads, one article is the original and the copies point
 * at it, searchable but not counted again; when the original changes, the copies are read again.
 */
class NearDuplicateIngestTest {

    @TempDir
    Path tmp;

    IngestSummary ingest(Path articles, Path index) {
        return Fixtures.ingest(TrawlConfig.defaults().withIndexDir(index).withThreads(2), articles, false,
                ProgressListener.silent());
    }

    @Test
    void copiesAreStoredOnceForCountsAndNetworks() throws Exception {
        List<Path> corpus = Fixtures.corpus();
        String story = Files.readString(corpus.get(1));
        Path alone = Files.createDirectories(tmp.resolve("alone"));
        Files.writeString(alone.resolve("story.txt"), story);
        Files.copy(corpus.get(4), alone.resolve("other.txt"));
        ingest(alone, tmp.resolve("alone-index"));
        IndexStats expected;
        try (StoreReader store = LuceneStore.openForReading(tmp.resolve("alone-index"))) {
            expected = store.stats(0);
        }

        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("story.txt"), story);
        Files.writeString(articles.resolve("story-wire-1.txt"), Fixtures.syndicatedCopy(story));
        Files.writeString(articles.resolve("story-wire-2.txt"), "Published by another site.\n" + Fixtures.syndicatedCopy(story));
        Files.copy(corpus.get(4), articles.resolve("other.txt"));
        Path index = tmp.resolve("index");
        IngestSummary s = ingest(articles, index);
        assertEquals(2, s.added(), s.toString());
        assertEquals(2, s.nearDuplicates(), s.toString());

        String originalId;
        try (StoreReader store = LuceneStore.openForReading(index)) {
            IndexStats st = store.stats(0);
            assertEquals(4, st.documents(), "every copy is stored");
            assertEquals(expected.mentions(), st.mentions(), "names are counted once");
            assertEquals(expected.relations(), st.relations(), "relations are counted once");
            List<DocumentRecord> hits = store.search(SearchRequest.of("Westminster", 10)).hits().stream()
                    .map(h -> h.document()).toList();
            assertEquals(3, hits.size(), "the copies are searchable");
            List<DocumentRecord> originals = hits.stream().filter(d -> d.nearDuplicateOf() == null).toList();
            assertEquals(1, originals.size());
            originalId = originals.get(0).id();
            hits.stream().filter(d -> d.nearDuplicateOf() != null)
                    .forEach(d -> assertEquals(originalId, d.nearDuplicateOf()));
        }

        // the original file now holds another article: its copies are forgotten, then read as articles again
        Path original;
        try (StoreReader store = LuceneStore.openForReading(index)) {
            original = Path.of(store.document(originalId, false).orElseThrow().file());
        }
        Files.writeString(original, Files.readString(corpus.get(0)));
        Files.setLastModifiedTime(original, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        ingest(articles, index);
        IngestSummary third = ingest(articles, index);
        assertEquals(1, third.added(), third.toString());
        assertEquals(1, third.nearDuplicates(), third.toString());
        try (StoreReader store = LuceneStore.openForReading(index)) {
            List<DocumentRecord> copies = store.search(SearchRequest.of("Westminster", 10)).hits().stream()
                    .map(h -> h.document()).toList();
            assertEquals(2, copies.size());
            assertEquals(1, copies.stream().filter(d -> d.nearDuplicateOf() == null).count(), "one copy is the original now");
            assertTrue(store.stats(0).mentions() > expected.mentions());
            assertNull(store.document(originalId, false).orElse(null), "the old original is gone");
        }
    }

    @Test
    void anEditedFileIsANewVersionNotACopyOfItself() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("edited"));
        Path file = articles.resolve("story.txt");
        Files.copy(Fixtures.corpus().get(1), file);
        Path index = tmp.resolve("edited-index");
        ingest(articles, index);
        long before;
        try (StoreReader store = LuceneStore.openForReading(index)) {
            before = store.stats(0).mentions();
        }
        Files.writeString(file, Files.readString(file) + "\nKhalid Masood was named by the police.\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        IngestSummary s = ingest(articles, index);
        assertEquals(1, s.updated(), s.toString());
        assertEquals(0, s.nearDuplicates(), s.toString());
        try (StoreReader store = LuceneStore.openForReading(index)) {
            assertEquals(1, store.stats(0).documents());
            assertTrue(store.stats(0).mentions() > before, "the new version keeps its names");
        }
    }
}
