package org.trawl.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        assertTrue(r.problems().stream().anyMatch(p -> p.reason().contains("loop")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.reason().contains("no such")), r.problems().toString());
    }
}
