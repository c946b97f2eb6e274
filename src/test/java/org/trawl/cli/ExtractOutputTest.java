package org.trawl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the output of {@code trawl extract}: on two generated articles (a text and an HTML one, seed 7) it must
 * be, byte for byte, the stored {@code extract-expected.jsonl}, so that speed work (start-up caches, lazy
 * loading, faster stages) cannot change what trawl finds unnoticed. A deliberate change to names or relations
 * changes it too: then refresh the file with
 * {@code ./mvnw -B -o -q test -Dtest=ExtractOutputTest -Dtrawl.extract.refresh=true} and commit it with the
 * change, saying why in the commit message.
 */
class ExtractOutputTest {

    private static final Path EXPECTED = Path.of("src/test/resources/org/trawl/cli/extract-expected.jsonl");

    @TempDir
    Path tmp;

    @Test
    void extractOfTwoGeneratedArticlesIsTheStoredOutput() throws Exception {
        Path articles = tmp.resolve("articles");
        Cli generated = Cli.run("bench", "generate", "4", articles.toString(), "--seed", "7");
        assertEquals(0, generated.status(), generated.err());
        List<Path> chosen = List.of(articles.resolve("0000000.txt"), articles.resolve("0000003.html"));
        Cli r = Cli.run("extract", chosen.get(0).toString(), chosen.get(1).toString());
        assertEquals(0, r.status(), r.err());
        // the files' folder is a new temporary one each run: stored as ARTICLES
        String out = r.out().replace(articles.toString(), "ARTICLES");
        if (Boolean.getBoolean("trawl.extract.refresh")) {
            Files.writeString(EXPECTED, out, StandardCharsets.UTF_8);
        }
        assertEquals(2, out.lines().count(), out);
        String expected = Files.readString(EXPECTED, StandardCharsets.UTF_8);
        assertTrue(expected.equals(out), () -> "trawl extract changed its output: " + firstDifference(expected, out)
                + "; if that is deliberate, refresh " + EXPECTED + " (see this test's javadoc)");
    }

    /** Where two texts first differ, with a little of each around that place. */
    private static String firstDifference(String expected, String actual) {
        int at = 0;
        while (at < expected.length() && at < actual.length() && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 60);
        return "from character " + at + ", expected ..." + expected.substring(from, Math.min(expected.length(), at + 60))
                + "... but was ..." + actual.substring(from, Math.min(actual.length(), at + 60)) + "...";
    }
}
