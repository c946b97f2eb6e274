package org.trawl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.model.Extraction;
import org.trawl.model.SourceDocument;
import org.trawl.search.LuceneStore;
import org.trawl.store.PathRecord;

/**
 * Bad arguments get one line naming the option and the reason, and a pointer to {@code --help}: no usage
 * screen, no Java class names, no Lucene internals, exit status 2. Also costly queries from the CLI.
 */
class UsageErrorTest {

    @TempDir
    static Path tmp;

    static String index;

    @BeforeAll
    static void smallIndex() throws Exception {
        Path dir = tmp.resolve("index");
        try (LuceneStore store = LuceneStore.openForWriting(dir)) {
            SourceDocument doc = new SourceDocument("d1", "/data/d1.txt", "data", null, "Title", null, null,
                    "text/plain", "eng", "Anjem Choudary spoke in London.");
            store.put(new Extraction(doc, List.of(), List.of()), new PathRecord("/data/d1.txt", "d1", 1, 1));
            store.commit();
        }
        index = dir.toString();
    }

    static void oneLineUsageError(String mustSay, String... args) {
        Cli r = Cli.run(args);
        assertEquals(Main.USAGE, r.status(), String.join(" ", args) + "\n" + r.out() + r.err());
        assertEquals(1, r.err().lines().count(), String.join(" ", args) + ":\n" + r.err());
        assertTrue(r.err().contains(mustSay), r.err());
        assertFalse(r.err().contains("Usage:"), r.err());
        assertFalse(r.err().matches("(?s).*\\bjava\\.[a-z]+\\..*"), "no Java class names: " + r.err());
    }

    @Test
    void parameterErrorsAreOneLineWithAPointerToHelp() {
        oneLineUsageError("see 'trawl search --help'", "search", "x", "--from", "notadate", "--index", index);
        oneLineUsageError("'notadate' is not a date", "search", "x", "--from", "notadate", "--index", index);
        oneLineUsageError("'--limit'", "search", "x", "--limit", "lots", "--index", index);
        oneLineUsageError("--bogus", "stats", "--bogus", "--index", index);
        oneLineUsageError("--offset", "search", "x", "--offset", "2147483647", "--index", index);
        oneLineUsageError("--limit must be at least 1", "entity", "Choudary", "--limit", "-1", "--index", index);
        oneLineUsageError("--commit-every must be at least 1", "ingest", tmp.toString(), "--commit-every", "0",
                "--index", tmp.resolve("new-index").toString());
    }

    @Test
    void anIndexThatIsAFileSaysSo() throws Exception {
        Path file = Files.writeString(tmp.resolve("passwd"), "root:x:0:0::/root:/bin/sh\n");
        for (String cmd : List.of("search", "stats")) {
            oneLineUsageError("is a file, not an index folder", cmd, "--index", file.toString());
        }
    }

    @Test
    void costlyQueriesAreRefusedFromTheCommandLineToo() {
        oneLineUsageError("too costly", "search", "/.{0,65535}/", "--index", index);
        Cli ok = Cli.run("search", "choudary", "--index", index, "--json");
        assertEquals(0, ok.status(), ok.err());
    }

    @Test
    @SuppressWarnings("try") // the writer is not used, only held open: it holds the index's lock
    void aSecondWriterIsRefusedBeforeTheModelsLoad() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Anjem Choudary spoke in London.");
        try (LuceneStore writer = LuceneStore.openForWriting(Path.of(index))) {
            int loadsBefore = Pipelines.loads();
            Cli r = Cli.run("ingest", articles.toString(), "--index", index, "--quiet");
            assertEquals(Main.FAILED, r.status(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains(index), r.err());
            assertEquals(loadsBefore, Pipelines.loads(), "no models loaded for a run that cannot write");
        }
    }
}
