package org.trawl.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.Fixtures;
import org.trawl.config.TrawlConfig;
import org.trawl.search.LuceneStore;
import org.trawl.store.DocumentRecord;
import org.trawl.store.SearchRequest;
import org.trawl.store.StoreReader;

/**
 * Odd and hostile files in one folder, in one run: a 2 GB file, text in other scripts, a long text with
 * no sentence punctuation, a file that vanishes and one that changes after the crawl found them, and an
 * unreadable file. Each is either ingested correctly or recorded with its reason, and the run goes on.
 * (Truncated, encrypted and binary files: {@link TextExtractorTest}; link loops: {@link FileCrawlerTest};
 * zip bombs and nested archives: {@link ContainerIngestTest}.)
 */
class HostileInputTest {

    private static final String ARABIC = "قال مسؤولون إن الهجوم وقع في وسط المدينة يوم الثلاثاء وأسفر عن مقتل عدد من الأشخاص. "
            + "وأعلنت الشرطة أنها اعتقلت ثلاثة مشتبه بهم بعد الهجوم. ";
    private static final String RUSSIAN = "Официальные лица заявили, что нападение произошло во вторник в центре города. "
            + "Полиция задержала трёх подозреваемых после нападения. ";
    private static final String CHINESE = "官员表示，袭击事件于星期二发生在市中心，造成多人死亡。警方在袭击发生后逮捕了三名嫌疑人。";

    @TempDir
    Path tmp;

    @Test
    void everyOddFileIsReadOrRecordedAndTheRunGoesOn() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Path index = tmp.resolve("index");
        try (RandomAccessFile huge = new RandomAccessFile(articles.resolve("a-huge.txt").toFile(), "rw")) {
            huge.setLength(2L * 1024 * 1024 * 1024); // sparse: 2 GB that take no disk
        }
        Files.writeString(articles.resolve("arabic.txt"), ARABIC.repeat(5));
        Files.writeString(articles.resolve("chinese.txt"), CHINESE.repeat(5));
        Files.writeString(articles.resolve("russian.txt"), RUSSIAN.repeat(5));
        // 40,000 words, one line, not one full stop
        Files.writeString(articles.resolve("no-punctuation.txt"),
                "supporters of Anjem Choudary gathered in London and then they marched to the embassy and ".repeat(2_500));
        Path locked = Files.writeString(articles.resolve("locked.txt"), "Anjem Choudary spoke in London.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean lockable = !Files.isReadable(locked); // root reads anything
        Path vanishing = Files.writeString(articles.resolve("z-vanishing.txt"), "Anjem Choudary spoke in Luton.");
        Path changing = Files.writeString(articles.resolve("z-changing.txt"), "First version.");

        // one thread, files in name order: after the first file, one file vanishes and another changes
        boolean[] done = {false};
        ProgressListener meddling = p -> {
            if (!done[0]) {
                done[0] = true;
                try {
                    Files.delete(vanishing);
                    Files.writeString(changing, "Second version: Anjem Choudary spoke in Walthamstow.");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        IngestSummary s = Fixtures.ingest(TrawlConfig.defaults().withIndexDir(index).withThreads(1), articles, false,
                meddling);

        Map<String, String> failures = s.failures().stream()
                .collect(Collectors.toMap(f -> Path.of(f.path()).getFileName().toString(), IngestSummary.Failure::reason));
        assertTrue(failures.get("a-huge.txt").contains("larger than the size limit"), failures.toString());
        assertTrue(failures.get("z-vanishing.txt").contains("vanished"), failures.toString());
        assertEquals(lockable, failures.containsKey("locked.txt"), failures.toString());
        if (lockable) {
            assertTrue(failures.get("locked.txt").contains("permission"), failures.toString());
        }
        assertEquals(lockable ? 3 : 2, s.failed(), s.toString());

        try (StoreReader store = LuceneStore.openForReading(index)) {
            Map<String, DocumentRecord> byName = store.search(SearchRequest.of("", 20)).hits().stream()
                    .map(h -> h.document())
                    .collect(Collectors.toMap(d -> Path.of(d.file()).getFileName().toString(), d -> d));
            assertEquals("ara", byName.get("arabic.txt").language());
            assertEquals("rus", byName.get("russian.txt").language());
            assertTrue(byName.get("chinese.txt").language().matches("cmn|zho"), byName.get("chinese.txt").language());
            for (String other : List.of("arabic.txt", "russian.txt", "chinese.txt")) {
                assertTrue(store.mentions(byName.get(other).id()).isEmpty(), "the English recogniser claims nothing in " + other);
            }
            assertEquals(1, store.search(SearchRequest.of("الهجوم", 10)).total(), "Arabic is searchable");
            assertEquals(1, store.search(SearchRequest.of("нападение", 10)).total(), "Russian is searchable");
            assertEquals(1, store.search(SearchRequest.of("\"袭击\"", 10)).total(), "Chinese is searchable");

            DocumentRecord unpunctuated = byName.get("no-punctuation.txt");
            assertTrue(store.mentions(unpunctuated.id()).size() >= 2_500, "names found in a text without full stops");
            String changed = store.document(byName.get("z-changing.txt").id(), true).orElseThrow().text();
            assertTrue(changed.startsWith("Second version"), "the version on disk when it was read: " + changed);
            assertFalse(byName.containsKey("z-vanishing.txt"));
        }
    }

    @Test
    void aLinkOutOfTheFolderIsNeitherReadNorServedButRecordedAsSkipped() throws Exception {
        Path secret = Files.writeString(Files.createDirectories(tmp.resolve("private")).resolve("passwd"),
                "root:x:0:0:Zebulon Quartermaine:/root:/bin/sh");
        Path articles = Files.createDirectories(tmp.resolve("linked"));
        Files.writeString(articles.resolve("story.txt"), "Anjem Choudary spoke in London.");
        Files.createSymbolicLink(articles.resolve("passwd.txt"), secret);
        Files.createSymbolicLink(articles.resolve("private"), secret.getParent());
        Files.createSymbolicLink(articles.resolve("gone.txt"), articles.resolve("nothing-here.txt"));
        Path index = tmp.resolve("index-linked");
        java.util.List<String> told = new java.util.ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(Progress p) {
            }

            @Override
            public void skipped(String path, String reason) {
                told.add(path);
            }
        };
        IngestSummary s = Fixtures.ingest(TrawlConfig.defaults().withIndexDir(index).withThreads(1), articles, false,
                listener);
        assertEquals(1, s.added(), s.toString());
        assertEquals(0, s.failed(), s.toString());
        Map<String, String> skipped = s.skipped().stream()
                .collect(Collectors.toMap(k -> Path.of(k.path()).getFileName().toString(), IngestSummary.Skipped::reason));
        assertEquals(java.util.Set.of("passwd.txt", "private", "gone.txt"), skipped.keySet(), skipped.toString());
        assertTrue(skipped.get("passwd.txt").contains("outside the folder"), skipped.toString());
        assertTrue(skipped.get("gone.txt").contains("dangling"), skipped.toString());
        assertEquals(3, told.size(), told.toString());
        try (StoreReader store = LuceneStore.openForReading(index)) {
            assertEquals(0, store.search(SearchRequest.of("Quartermaine", 10)).total(), "the linked file is not indexed");
            assertEquals(1, store.search(SearchRequest.of("", 10)).total());
        }
    }
}
