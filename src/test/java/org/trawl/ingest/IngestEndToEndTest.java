package org.trawl.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.Fixtures;
import org.trawl.config.TrawlConfig;
import org.trawl.model.EntityMention;
import org.trawl.pipeline.Pipeline;
import org.trawl.search.LuceneStore;
import org.trawl.store.DocumentRecord;
import org.trawl.store.SearchHit;
import org.trawl.store.SearchRequest;
import org.trawl.store.SearchResults;
import org.trawl.store.StoreReader;

/**
 * Ingests the sample articles in several formats together with broken files, then searches, reruns,
 * updates and interrupts, checking what the index holds each time.
 */
class IngestEndToEndTest {

    @TempDir
    Path tmp;

    Path articles;
    Path index;
    TrawlConfig config;
    Pipeline pipeline;
    List<Path> corpus;

    @BeforeEach
    void setUp() throws Exception {
        articles = Files.createDirectories(tmp.resolve("articles"));
        index = tmp.resolve("index");
        config = TrawlConfig.defaults().withIndexDir(index).withThreads(2).withCommitInterval(Duration.ofMillis(200));
        pipeline = Fixtures.pipeline();
        corpus = Fixtures.corpus();
        // the five sample articles: two as text, and one each as HTML, PDF and DOCX
        Files.copy(corpus.get(0), articles.resolve("al-muhajiroun.txt"));
        Files.copy(corpus.get(1), articles.resolve("westminster.txt"));
        String potter = Files.readString(corpus.get(4));
        SampleFiles.html(articles.resolve("potter.html"), "How Alliances Help Militants Survive", potter);
        SampleFiles.pdf(articles.resolve("klausen.pdf"), "The Myth of Homegrown Terrorism",
                Files.readString(corpus.get(3)).substring(0, 6000), null);
        Files.createDirectories(articles.resolve("nested/deeper"));
        SampleFiles.docx(articles.resolve("nested/deeper/blog.docx"), "Posts Tagged Al Qaeda",
                Files.readString(corpus.get(2)).substring(0, 8000));
        // broken inputs
        byte[] pdf = Files.readAllBytes(articles.resolve("klausen.pdf"));
        Files.write(articles.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 4));
        Files.write(articles.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[2048];
        new Random(1).nextBytes(noise);
        Files.write(articles.resolve("random.pdf"), noise);
        Files.write(articles.resolve("zero.docx"), new byte[0]);
        Files.write(articles.resolve("latin1.txt"),
                "Caf\u00e9 owners in Molenbeek told Le Soir about Abdelhamid Abaaoud.".getBytes(StandardCharsets.ISO_8859_1));
    }

    IngestSummary ingest() {
        return ingest(ProgressListener.silent());
    }

    IngestSummary ingest(ProgressListener listener) {
        try (LuceneStore store = LuceneStore.openForWriting(index)) {
            return new IngestJob(config, pipeline, store, listener).run(List.of(articles), false);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    StoreReader reader() {
        return LuceneStore.openForReading(index);
    }

    @Test
    void ingestsEveryFormatAndReportsBrokenFiles() throws Exception {
        IngestSummary s = ingest();
        assertEquals(10, s.seen());
        assertEquals(6, s.added(), s.failures().toString());
        assertEquals(4, s.failed(), s.failures().toString());
        Set<String> failedNames = s.failures().stream().map(f -> Path.of(f.path()).getFileName().toString())
                .collect(Collectors.toSet());
        assertEquals(Set.of("truncated.pdf", "empty.txt", "random.pdf", "zero.docx"), failedNames);
        assertTrue(s.failures().stream().allMatch(f -> !f.reason().isBlank() && !f.stage().isBlank()));
        assertTrue(s.mentions() > 100, "mentions: " + s.mentions());
        assertTrue(s.relations() > 50, "relations: " + s.relations());

        try (StoreReader store = reader()) {
            assertEquals(6, store.stats(0).documents());
            assertEquals(4, store.failures().size());
            SearchResults r = store.search(SearchRequest.of("Choudary", 10));
            Set<String> files = r.hits().stream().map(h -> Path.of(h.document().file()).getFileName().toString())
                    .collect(Collectors.toSet());
            assertTrue(files.containsAll(Set.of("al-muhajiroun.txt", "westminster.txt")), files.toString());
            for (SearchHit h : r.hits()) {
                assertFalse(h.snippets().isEmpty());
                assertTrue(h.snippets().stream().anyMatch(sn -> sn.render("[", "]").toLowerCase().contains("[choudary]")),
                        h.snippets().toString());
            }
            SearchHit html = store.search(SearchRequest.of("Alliances", 10)).hits().stream()
                    .filter(h -> h.document().file().endsWith("potter.html")).findFirst().orElseThrow();
            assertEquals("How Alliances Help Militants Survive", html.document().title());
            assertEquals("Example News", html.document().source());
            assertEquals(2017, html.document().published().getYear());
            assertTrue(store.search(SearchRequest.of("Raqqa", 10)).hits().stream()
                    .anyMatch(h -> h.document().file().endsWith("klausen.pdf")));
            assertEquals(1, store.search(SearchRequest.of("\"café owners\"", 10)).total(), "latin-1 text decoded");

            // offsets of plain-text articles point straight into the file
            DocumentRecord txt = store.search(SearchRequest.of("Westminster", 10)).hits().stream()
                    .map(SearchHit::document).filter(d -> d.file().endsWith("westminster.txt")).findFirst().orElseThrow();
            String content = Files.readString(articles.resolve("westminster.txt"));
            List<EntityMention> mentions = store.mentions(txt.id());
            assertFalse(mentions.isEmpty());
            for (EntityMention m : mentions) {
                assertEquals(m.text(), content.substring(m.start(), m.end()));
            }
        }
    }

    @Test
    void rerunSkipsEverythingAndDuplicatesAreStoredOnce() throws Exception {
        ingest();
        IngestSummary again = ingest();
        assertEquals(0, again.added());
        assertEquals(0, again.updated());
        assertEquals(6, again.unchanged());
        assertEquals(4, again.skippedFailed());
        assertEquals(0, again.failed());

        Files.copy(articles.resolve("westminster.txt"), articles.resolve("copy-of-westminster.txt"));
        IngestSummary dup = ingest();
        assertEquals(1, dup.duplicates());
        assertEquals(0, dup.added());
        try (StoreReader store = reader()) {
            assertEquals(6, store.stats(0).documents());
            DocumentRecord d = store.search(SearchRequest.of("Westminster Bridge", 10)).hits().get(0).document();
            assertEquals(2, d.paths().size(), d.paths().toString());
        }
    }

    @Test
    void changedFileReplacesItsOldVersionWithNoStaleMentions() throws Exception {
        ingest();
        Path f = articles.resolve("westminster.txt");
        String oldId;
        String masood;
        int masoodBefore;
        long masoodInOld;
        try (StoreReader store = reader()) {
            oldId = store.path(f.toAbsolutePath().toString()).orElseThrow().documentId();
            org.trawl.model.Entity e = store.findEntities("Khalid Masood", null, 1).get(0);
            masood = e.id();
            masoodBefore = e.mentions();
            masoodInOld = store.mentions(oldId).stream().filter(m -> m.entityId().equals(masood)).count();
        }
        assertTrue(masoodInOld > 0);
        Files.writeString(f, "Khalid Zerkani recruited Abdelhamid Abaaoud in Brussels. Zerkani preached in Molenbeek.\n");
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        IngestSummary s = ingest();
        assertEquals(1, s.updated());
        assertEquals(0, s.added());
        try (StoreReader store = reader()) {
            assertFalse(store.containsDocument(oldId));
            assertTrue(store.mentions(oldId).isEmpty());
            assertEquals(6, store.stats(0).documents());
            assertEquals(0, store.search(SearchRequest.of("\"rented Hyundai\"", 10)).total());
            assertTrue(store.search(SearchRequest.of("Zerkani", 10)).total() >= 1);
            int after = store.entity(masood).map(org.trawl.model.Entity::mentions).orElse(0);
            assertEquals(masoodBefore - masoodInOld, after, "the old version's mentions no longer count");
        }
    }

    @Test
    void interruptedRunFinishesOnRerunWithOneCopyOfEach() throws Exception {
        int[] seen = {0};
        ProgressListener crashing = p -> {
            if (++seen[0] == 3) {
                throw new IllegalStateException("simulated crash");
            }
        };
        assertThrows(IllegalStateException.class, () -> ingest(crashing));
        IngestSummary s = ingest();
        assertTrue(s.added() + s.unchanged() == 6, s.toString());
        try (StoreReader store = reader()) {
            assertEquals(6, store.stats(0).documents());
            List<String> ids = new ArrayList<>();
            store.search(SearchRequest.of("", 100)).hits().forEach(h -> ids.add(h.document().id()));
            assertEquals(6, new HashSet<>(ids).size());
            assertEquals(6, ids.size());
            Map<String, Long> perDoc = new java.util.HashMap<>();
            for (String id : ids) {
                perDoc.put(id, (long) store.mentions(id).size());
            }
            // every article's mentions were written once: a second copy would double them
            for (String id : ids) {
                List<EntityMention> ms = store.mentions(id);
                assertEquals(ms.size(), new HashSet<>(ms.stream().map(m -> m.start() + ":" + m.end()).toList()).size());
            }
        }
    }
}
