package org.trawl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.Fixtures;
import org.trawl.json.Json;

/** {@code trawl merge}, {@code alias}, {@code rename}, {@code split} and {@code corrections} from the command line. */
class CorrectionCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void correctionsChangeTheIndexAreListedAndSurviveReingest() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.copy(Fixtures.corpus().get(1), articles.resolve("a.txt"));
        String index = tmp.resolve("index").toString();
        assertEquals(0, Cli.run("ingest", articles.toString(), "--index", index, "--quiet").status());

        Cli merge = Cli.run("merge", "Anjem Choudary", "Omar Bakri Muhammad", "--index", index, "--json");
        assertEquals(0, merge.status(), merge.err());
        JsonNode m = Json.MAPPER.readTree(merge.out());
        assertEquals("merge", m.get("action").asText());
        assertTrue(m.get("articles_changed").asInt() >= 1);

        JsonNode entity = Json.MAPPER.readTree(Cli.run("entity", "Omar Bakri Muhammad", "--index", index, "--json").out());
        assertEquals("Anjem Choudary", entity.get("canonical").asText(), "the merged name finds the kept entity");

        assertEquals(0, Cli.run("alias", "Al-Muhajiroun", "The Emigrants", "--index", index).status());
        Cli rename = Cli.run("rename", "Anjem Choudary", "Anjem Choudary (preacher)", "--index", index);
        assertEquals(0, rename.status(), rename.err());
        assertTrue(rename.out().contains("renamed Anjem Choudary to Anjem Choudary (preacher)"), rename.out());

        Cli list = Cli.run("corrections", "--index", index);
        assertTrue(list.out().contains("1  merged Omar Bakri Muhammad into Anjem Choudary"), list.out());
        assertTrue(list.out().contains("3  renamed"), list.out());
        assertEquals(3, Cli.run("corrections", "--index", index, "--json").out().strip().split("\n").length);

        // re-ingesting a changed article keeps every correction
        Files.writeString(articles.resolve("a.txt"), Files.readString(articles.resolve("a.txt"))
                + "\nOmar Bakri Muhammad later spoke again.\n");
        assertEquals(0, Cli.run("ingest", articles.toString(), "--index", index, "--quiet").status());
        JsonNode after = Json.MAPPER.readTree(Cli.run("entity", "Omar Bakri Muhammad", "--index", index, "--json").out());
        assertEquals("Anjem Choudary (preacher)", after.get("canonical").asText());

        Cli split = Cli.run("split", "Anjem Choudary (preacher)", "Omar Bakri Muhammad", "--index", index);
        assertEquals(0, split.status(), split.err());
        JsonNode apart = Json.MAPPER.readTree(Cli.run("entity", "Omar Bakri Muhammad", "--index", index, "--json").out());
        assertEquals("Omar Bakri Muhammad", apart.get("canonical").asText());
    }

    @Test
    void badCorrectionsAreRefusedWithAReason() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.copy(Fixtures.corpus().get(0), articles.resolve("b.txt"));
        String index = tmp.resolve("index").toString();
        assertEquals(0, Cli.run("ingest", articles.toString(), "--index", index, "--quiet").status());

        Cli unknown = Cli.run("merge", "Nobody Atall", "Anjem Choudary", "--index", index);
        assertEquals(Main.USAGE, unknown.status());
        assertTrue(unknown.err().contains("no entity named 'Nobody Atall'"), unknown.err());
        assertFalse(unknown.err().contains("Exception"), unknown.err());

        Cli missing = Cli.run("rename", "x", "y", "--index", tmp.resolve("nowhere").toString());
        assertEquals(Main.FAILED, missing.status());
        assertTrue(missing.err().contains("no index at"), missing.err());
        assertFalse(Files.exists(tmp.resolve("nowhere")), "a failed correction must not create an index");
        assertEquals("no corrections in " + index, Cli.run("corrections", "--index", index).out().strip());
    }
}
