package org.trawl.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.Fixtures;
import org.trawl.config.TrawlConfig;
import org.trawl.search.LuceneStore;
import org.trawl.store.DocumentRecord;
import org.trawl.store.SearchRequest;
import org.trawl.store.StoreReader;

/**
 * Archives and mailboxes: each zip entry (nested zips too) and each mbox message is an article of its own
 * that knows its container; a zip bomb and archives nested too deep are refused with a reason while the
 * rest is read; an unchanged container is skipped, a changed one reads only what changed.
 */
class ContainerIngestTest {

    @TempDir
    Path tmp;
    Path articles;
    Path index;
    List<String> samples;

    @BeforeEach
    void setUp() throws IOException {
        articles = Files.createDirectories(tmp.resolve("articles"));
        index = tmp.resolve("index");
        samples = Fixtures.corpus().stream().map(p -> {
            try {
                return Files.readString(p);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }

    IngestSummary ingest(boolean retryFailed) {
        return Fixtures.ingest(TrawlConfig.defaults().withIndexDir(index).withThreads(2), articles, retryFailed,
                ProgressListener.silent());
    }

    @Test
    void entriesAndMessagesAreArticlesOfTheirOwn() throws Exception {
        byte[] innermost = zip(Map.of("too-deep.txt", samples.get(3).getBytes(StandardCharsets.UTF_8)));
        byte[] deep = zip(Map.of("level3.zip", zip(Map.of("level4.zip", innermost))));
        Files.write(articles.resolve("bundle.zip"), zip(Map.of(
                "news/first.txt", samples.get(0).getBytes(StandardCharsets.UTF_8),
                "news/second.html", ("<html><head><title>Second</title></head><body><p>"
                        + samples.get(1) + "</p></body></html>").getBytes(StandardCharsets.UTF_8),
                "inner.zip", zip(Map.of("third.txt", samples.get(2).getBytes(StandardCharsets.UTF_8))),
                "deep.zip", deep)));
        Path mbox = articles.resolve("mail.mbox");
        Files.writeString(mbox, message("Sharia4Belgium leaders", samples.get(4))
                + message("Re: sermon", "The sermon was posted online.\nFrom the archive, a reply.\n"));
        // a zip bomb: 60 MB of zeros in a few tens of kilobytes
        Files.write(articles.resolve("bomb.zip"), zip(Map.of("a.txt", "An ordinary first entry.".getBytes(StandardCharsets.UTF_8),
                "zeros.txt", new byte[60 * 1024 * 1024])));

        IngestSummary s = ingest(false);
        assertEquals(3, s.containers(), s.toString());
        assertEquals(6, s.added(), s.toString()); // 3 in the bundle, 2 messages, bomb.zip's first entry
        Map<String, String> failures = s.failures().stream()
                .collect(Collectors.toMap(f -> tmp.relativize(Path.of(f.path())).toString(), IngestSummary.Failure::reason));
        assertEquals(2, failures.size(), failures.toString());
        assertTrue(failures.get("articles/bundle.zip!/deep.zip!/level3.zip!/level4.zip").contains("nested more than 3"),
                failures.toString());
        assertTrue(failures.get("articles/bomb.zip").contains("zip bomb"), failures.toString());

        try (StoreReader store = LuceneStore.openForReading(index)) {
            Map<String, DocumentRecord> byFile = store.search(SearchRequest.of("", 20)).hits().stream()
                    .map(h -> h.document()).collect(Collectors.toMap(d -> tmp.relativize(Path.of(d.file())).toString(),
                            Function.identity()));
            assertEquals(java.util.Set.of("articles/bundle.zip!/news/first.txt", "articles/bundle.zip!/news/second.html",
                    "articles/bundle.zip!/inner.zip!/third.txt", "articles/mail.mbox!/message-00001.eml",
                    "articles/mail.mbox!/message-00002.eml", "articles/bomb.zip!/a.txt"), byFile.keySet());
            assertEquals(articles.resolve("bundle.zip").toString(), byFile.get("articles/bundle.zip!/inner.zip!/third.txt").container());
            assertEquals("Second", byFile.get("articles/bundle.zip!/news/second.html").title());
            DocumentRecord first = byFile.get("articles/mail.mbox!/message-00001.eml");
            assertEquals("Sharia4Belgium leaders", first.title());
            assertEquals(mbox.toString(), first.container());
            assertTrue(store.mentions(first.id()).size() > 5, "a message's names are found");
            DocumentRecord reply = byFile.get("articles/mail.mbox!/message-00002.eml");
            String text = store.document(reply.id(), true).orElseThrow().text();
            assertTrue(text.contains("From the archive") && !text.contains(">From"), "mboxrd quoting undone: " + text);
            assertEquals(1, store.search(SearchRequest.of("sermon", 10)).total(), "messages are searchable");
        }

        IngestSummary again = ingest(false);
        assertEquals(0, again.added() + again.containers() + again.failed(), again.toString());
        assertEquals(1, again.skippedFailed(), "the bomb is not read again");

        // a message appended to the mailbox: only it is new
        Files.writeString(mbox, Files.readString(mbox) + message("Third", "A third message about the network."));
        Files.setLastModifiedTime(mbox, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        IngestSummary third = ingest(false);
        assertEquals(1, third.containers(), third.toString());
        assertEquals(1, third.added(), third.toString());
        assertEquals(3, third.unchanged(), third.toString()); // the bundle and the two old messages

        // retrying failures opens the archive whose entry failed, and only that entry is tried again
        IngestSummary retried = ingest(true);
        assertEquals(0, retried.added(), retried.toString());
        assertTrue(retried.failures().stream().anyMatch(f -> f.path().endsWith("level4.zip")), retried.toString());
    }

    @Test
    void twoEntriesOfOneNameAreTwoArticlesEachWithItsOwnPath() throws Exception {
        // ZipOutputStream refuses a name twice: write b.txt, then rename it a.txt in the archive's bytes
        byte[] zip = zip(Map.of("a.txt", samples.get(0).getBytes(StandardCharsets.UTF_8),
                "b.txt", samples.get(1).getBytes(StandardCharsets.UTF_8)));
        String raw = new String(zip, StandardCharsets.ISO_8859_1);
        assertEquals(2, raw.split("b\\.txt", -1).length - 1, "b.txt in the local header and the central directory");
        Files.write(articles.resolve("dup.zip"), raw.replace("b.txt", "a.txt").getBytes(StandardCharsets.ISO_8859_1));

        IngestSummary s = ingest(false);
        assertEquals(2, s.added(), s.toString());
        try (StoreReader store = LuceneStore.openForReading(index)) {
            List<DocumentRecord> docs = store.search(SearchRequest.of("", 20)).hits().stream().map(h -> h.document()).toList();
            assertEquals(java.util.Set.of("articles/dup.zip!/a.txt", "articles/dup.zip!/a.txt (2)"),
                    docs.stream().map(d -> tmp.relativize(Path.of(d.file())).toString()).collect(Collectors.toSet()));
            for (DocumentRecord d : docs) {
                assertEquals(d.id(), store.path(d.file()).orElseThrow().documentId(), "the path of " + d.file() + " holds it");
            }
        }
        IngestSummary again = ingest(false);
        assertEquals(0, again.added() + again.updated() + again.containers(), again.toString());
    }

    @Test
    void anEntryAndARealFileOfTheSameSpellingKeepTheirOwnPaths() throws Exception {
        Files.write(articles.resolve("x.zip"), zip(Map.of("a.txt", samples.get(0).getBytes(StandardCharsets.UTF_8))));
        Files.writeString(Files.createDirectories(articles.resolve("x.zip!")).resolve("a.txt"), samples.get(1));

        IngestSummary s = ingest(false);
        assertEquals(2, s.added(), s.toString());
        try (StoreReader store = LuceneStore.openForReading(index)) {
            Map<String, DocumentRecord> byFile = store.search(SearchRequest.of("", 20)).hits().stream()
                    .map(h -> h.document()).collect(Collectors.toMap(d -> tmp.relativize(Path.of(d.file())).toString(),
                            Function.identity()));
            assertEquals(java.util.Set.of("articles/x.zip!/a.txt", "articles/x.zip!!/a.txt"), byFile.keySet());
            assertEquals(articles.resolve("x.zip").toString(), byFile.get("articles/x.zip!/a.txt").container());
            assertEquals(null, byFile.get("articles/x.zip!!/a.txt").container());
            for (DocumentRecord d : byFile.values()) {
                assertEquals(d.id(), store.path(d.file()).orElseThrow().documentId(), "the path of " + d.file() + " holds it");
            }
        }
        for (int run = 0; run < 2; run++) {
            IngestSummary again = ingest(false);
            assertEquals(0, again.added() + again.updated(), "nothing swaps on a later run: " + again);
            assertEquals(2, again.unchanged(), again.toString());
        }
    }

    private static String message(String subject, String body) {
        return "From sender@example.org Mon Jan  4 10:00:00 2016\n"
                + "From: Sender <sender@example.org>\nTo: list@example.org\nSubject: " + subject + "\n"
                + "Date: Mon, 4 Jan 2016 10:00:00 +0000\nContent-Type: text/plain; charset=UTF-8\n\n"
                + body.replaceAll("(?m)^(>*From )", ">$1") + "\n\n";
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
