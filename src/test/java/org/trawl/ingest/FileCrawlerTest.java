package org.trawl.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCrawlerTest {

    @TempDir
    Path dir;

    @Test
    void walksRecursivelySkippingHiddenFilesAndFolders() throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("a/one.txt"), "x");
        Files.writeString(dir.resolve("a/b/two.html"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        Files.writeString(dir.resolve(".git/config"), "x");
        FileCrawler.Result r = new FileCrawler().crawl(List.of(dir));
        assertEquals(List.of(dir.resolve("a/b/two.html"), dir.resolve("a/one.txt")),
                r.files().stream().map(FileCandidate::path).toList());
        assertTrue(r.problems().isEmpty());
    }

    @Test
    void reportsMissingPathsAndLinkLoopsWithoutStopping() throws Exception {
        Files.createDirectories(dir.resolve("loop"));
        Files.writeString(dir.resolve("loop/file.txt"), "x");
        Files.createSymbolicLink(dir.resolve("loop/back"), dir.resolve("loop"));
        FileCrawler.Result r = new FileCrawler().crawl(List.of(dir, dir.resolve("missing")));
        assertEquals(1, r.files().size());
        assertTrue(r.skipped().stream().anyMatch(p -> p.reason().contains("loop")), r.skipped().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.reason().contains("no such")), r.problems().toString());
    }

    @Test
    void followsLinksOnlyInsideTheFolderAndSkipsSpecialFilesWithTheReason() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "not for the index");
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(Files.createDirectories(articles.resolve("real")).resolve("story.txt"), "a story");
        Files.createSymbolicLink(articles.resolve("passwd"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(articles.resolve("elsewhere"), outside);
        Files.createSymbolicLink(articles.resolve("dotdot"), Path.of("../outside"));
        Files.createSymbolicLink(articles.resolve("dangling.txt"), articles.resolve("no-such-file.txt"));
        Files.createSymbolicLink(articles.resolve("inside.txt"), articles.resolve("real/story.txt"));
        Files.createSymbolicLink(articles.resolve("inside-folder"), Path.of("real"));
        Path fifo = articles.resolve("pipe.txt");
        boolean fifoMade = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;

        FileCrawler.Result r = new FileCrawler().crawl(List.of(articles));
        assertEquals(List.of(articles.resolve("inside-folder/story.txt"), articles.resolve("inside.txt"),
                articles.resolve("real/story.txt")), r.files().stream().map(FileCandidate::path).toList());
        Map<String, String> skipped = r.skipped().stream()
                .collect(Collectors.toMap(p -> articles.relativize(p.path()).toString(), FileCrawler.Problem::reason));
        assertTrue(skipped.get("passwd").contains("outside the folder"), skipped.toString());
        assertTrue(skipped.get("elsewhere").contains("outside the folder"), skipped.toString());
        assertTrue(skipped.get("dotdot").contains("outside the folder"), skipped.toString());
        assertTrue(skipped.get("dangling.txt").contains("dangling"), skipped.toString());
        assertEquals(fifoMade ? 5 : 4, skipped.size(), skipped.toString());
        if (fifoMade) {
            assertTrue(skipped.get("pipe.txt").contains("FIFO"), skipped.toString());
        }
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void aDeviceGivenOrLinkedIsSkippedNotRead() throws Exception {
        Path dev = Path.of("/dev/zero");
        assumeTrue(Files.exists(dev), "no /dev/zero here");
        Files.createSymbolicLink(dir.resolve("zero.txt"), dev);
        FileCrawler.Result r = new FileCrawler().crawl(List.of(dir, dev));
        assertTrue(r.files().isEmpty(), r.files().toString());
        assertEquals(2, r.skipped().size(), r.skipped().toString());
        assertTrue(r.skipped().get(0).reason().contains("outside the folder"), r.skipped().toString());
        assertTrue(r.skipped().get(1).reason().contains("character device"), r.skipped().toString());
        Files.delete(dir.resolve("zero.txt")); // the link: JUnit warns when its folder holds a link leading out of it
    }
}
