package org.trawl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.json.Json;

/** {@code trawl failures} lists what ingest could not read; fixing a file and re-ingesting clears it. */
class FailuresCommandTest {

    @TempDir
    Path tmp;

    @Test
    void failuresAreListedWithTheirStageAndCleared() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("good.txt"), "Anjem Choudary spoke in London on Friday.");
        Files.write(articles.resolve("broken.pdf"), "%PDF-1.4 this is not really a PDF".getBytes());
        String index = tmp.resolve("index").toString();
        assertEquals(Main.FAILED, Cli.run("ingest", articles.toString(), "--index", index, "--quiet").status());

        Cli text = Cli.run("failures", "--index", index);
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("broken.pdf") && text.out().contains("1 failed file"), text.out());
        JsonNode f = Json.MAPPER.readTree(Cli.run("failures", "--index", index, "--json").out());
        assertEquals("parse", f.get("stage").asText());
        assertTrue(f.get("path").asText().endsWith("broken.pdf") && !f.get("reason").asText().isBlank());

        Cli retry = Cli.run("ingest", articles.toString(), "--index", index, "--quiet", "--retry-failed");
        assertEquals(Main.FAILED, retry.status(), "retried, and still broken");
        Files.writeString(articles.resolve("broken.pdf"), "Now it is plain text about Khalid Zerkani.");
        assertEquals(0, Cli.run("ingest", articles.toString(), "--index", index, "--quiet").status());
        assertTrue(Cli.run("failures", "--index", index).out().contains("0 failed files"));
    }
}
