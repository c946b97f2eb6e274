package org.trawl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.index.FullDiskDirectory;
import org.trawl.search.LuceneStore;
import org.trawl.store.IndexChecks;
import org.trawl.store.IndexWriteException;
import org.trawl.store.StoreReader;

/**
 * The disk fills up during an ingest: the run stops at once with one line naming the device and the index
 * and saying what the index holds (its last commit), exits 1, and the index opens as of that commit; a run
 * with space again goes on from there.
 */
class FullDiskTest {

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        LuceneStore.directoryWrapper = UnaryOperator.identity();
    }

    @Test
    void aFullDiskStopsTheRunAtOnceWithOneLineAndTheIndexStaysOpenable() throws Exception {
        Path all = dir.resolve("all");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path index = dir.resolve("index");
        assertEquals(0, Cli.run("bench", "generate", "60", all.toString(), "--seed", "3").status());
        List<Path> articles;
        try (Stream<Path> files = Files.list(all)) {
            articles = files.sorted().toList();
        }
        for (Path a : articles.subList(0, 5)) {
            Files.copy(a, corpus.resolve(a.getFileName()));
        }
        assertEquals(0, Cli.run("ingest", corpus.toString(), "--index", index.toString(), "--quiet").status());
        for (Path a : articles.subList(5, articles.size())) {
            Files.copy(a, corpus.resolve(a.getFileName()));
        }

        FullDiskDirectory[] disk = new FullDiskDirectory[1];
        LuceneStore.directoryWrapper = d -> disk[0] = new FullDiskDirectory(d, 4_096);
        Cli run = Cli.run("ingest", corpus.toString(), "--index", index.toString(), "--threads", "1");

        assertEquals(1, run.status(), run.err());
        List<String> lines = run.err().lines().filter(l -> !l.isBlank()).toList();
        List<String> messages = lines.stream().filter(l -> !l.matches("[\\d,]+/[\\d,]+ files .*")).toList();
        assertEquals(1, messages.size(), "one line: " + run.err());
        String line = messages.get(0);
        assertTrue(line.startsWith("trawl ingest: no space left on device " + IndexWriteException.device(index)
                + " for the index " + index), line);
        assertTrue(line.contains("stopped at once") && line.contains("holds 5 articles"), line);
        assertFalse(run.err().contains("Exception") || run.err().contains("internal error"), run.err());
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("60/60 files")), "the run went on to the last file: " + run.err());
        assertEquals("", run.out(), "no summary of a run that did not finish");

        try (StoreReader store = LuceneStore.openForReading(index)) {
            assertEquals(5, store.stats(0).documents(), "the index opens as of its last commit");
            IndexChecks.assertConsistent(store);
            assertTrue(store.failures().isEmpty(), "no file is blamed for the full disk: " + store.failures());
        }

        LuceneStore.directoryWrapper = UnaryOperator.identity();
        Cli again = Cli.run("ingest", corpus.toString(), "--index", index.toString(), "--quiet");
        assertEquals(0, again.status(), again.err());
        try (StoreReader store = LuceneStore.openForReading(index)) {
            assertEquals(60, store.stats(0).documents(), "with space again the next run goes on");
            IndexChecks.assertConsistent(store);
        }
    }
}
