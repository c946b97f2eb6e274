package org.trawl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.json.Json;

/** {@code trawl bench generate} writes the same articles for the same seed; {@code bench names} measures. */
class BenchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void generatesReproducibleArticlesAndMeasuresThem() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, Cli.run("bench", "generate", "8", a.toString(), "--seed", "7").status());
        assertEquals(0, Cli.run("bench", "generate", "8", b.toString(), "--seed", "7").status());
        List<Path> files = list(a);
        assertEquals(8, files.size());
        assertEquals(2, files.stream().filter(f -> f.toString().endsWith(".html")).count(), "every 4th is HTML");
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(f.getFileName())), f.toString());
            String text = Files.readString(f);
            assertTrue(text.split("\\s+").length >= 300, f + " is too short");
            assertTrue(text.matches("(?s).*Published \\d{4}-\\d\\d-\\d\\d.*|(?s).*name=\"date\" content=\"\\d{4}-.*"), f.toString());
        }

        Cli names = Cli.run("bench", "names", a.toString(), "--threads", "1", "--warmup", "0", "--seconds", "0.5", "--json");
        assertEquals(0, names.status(), names.err());
        JsonNode o = Json.MAPPER.readTree(names.out());
        assertEquals(8, o.get("texts").asInt());
        assertTrue(o.get("load_seconds").asDouble() > 0);
        JsonNode run = o.get("runs").get(0);
        assertEquals(1, run.get("threads").asInt());
        assertTrue(run.get("tokens").asLong() > 0 && run.get("tokens_per_second").asLong() > 0, run.toString());

        Cli ingest = Cli.run("bench", "run", "--sizes", "2,4", "--threads", "1,2", "--warmup", "0", "--html-every", "2", "--json");
        assertEquals(0, ingest.status(), ingest.err());
        JsonNode runs = Json.MAPPER.readTree(ingest.out()).get("runs");
        assertEquals(4, runs.size(), runs.toString());
        assertEquals(List.of(2, 2, 4, 4), runs.findValues("articles").stream().map(JsonNode::asInt).toList());
        assertEquals(List.of(1, 2, 1, 2), runs.findValues("threads").stream().map(JsonNode::asInt).toList());
        for (JsonNode r : runs) {
            assertTrue(r.get("tokens_per_second").asLong() > 0 && r.get("index_bytes").asLong() > 0, r.toString());
            assertTrue(r.get("stages").get("names").get("seconds").asDouble() > 0, r.toString());
        }
        assertTrue(runs.get(2).get("index_bytes").asLong() > runs.get(0).get("index_bytes").asLong(),
                "twice the articles, a larger index");
        Cli badSizes = Cli.run("bench", "ingest", "--sizes", "0");
        assertEquals(Main.USAGE, badSizes.status());
        assertTrue(badSizes.err().contains("--sizes"), badSizes.err());

        Cli bad = Cli.run("bench", "generate", "0", a.toString());
        assertEquals(Main.USAGE, bad.status());
        assertTrue(bad.err().contains("N must be 1 or more"), bad.err());
    }

    @Test
    void writesASyntheticIndexAndMeasuresQueriesOnIt() throws Exception {
        String index = tmp.resolve("syn").toString();
        Cli write = Cli.run("bench", "index", "40", "--index", index);
        assertEquals(0, write.status(), write.err());
        assertTrue(write.out().contains("wrote 40 articles"), write.out());
        JsonNode stats = Json.MAPPER.readTree(Cli.run("stats", "--index", index, "--json").out());
        assertEquals(40, stats.get("documents").asInt());
        assertTrue(stats.get("relations").asInt() > 40, stats.toString());
        Cli network = Cli.run("network", "--index", index, "--format", "json");
        assertTrue(Json.MAPPER.readTree(network.out()).get("links").size() > 10, "relations make a network");

        Cli queries = Cli.run("bench", "queries", "--index", index, "--queries", "5");
        assertEquals(0, queries.status(), queries.err());
        for (String kind : List.of("search by name", "search by word", "search filtered by entity", "entity profile",
                "ego view, 1 hop", "ego view, 2 hops", "network around an entity", "network around an entity, 2 hops")) {
            assertTrue(queries.out().contains(kind), queries.out());
        }
        Cli searchesOnly = Cli.run("bench", "queries", "--index", index, "--queries", "5", "--networks", "0");
        assertEquals(0, searchesOnly.status(), searchesOnly.err());
        assertTrue(searchesOnly.out().contains("entity profile"), searchesOnly.out());
        assertFalse(searchesOnly.out().contains("network around") || searchesOnly.out().contains("ego view"),
                "--networks 0 draws none: " + searchesOnly.out());
        Cli oneHop = Cli.run("bench", "queries", "--index", index, "--queries", "3", "--hops", "1");
        assertEquals(0, oneHop.status(), oneHop.err());
        assertTrue(oneHop.out().contains("network around an entity"), oneHop.out());
        assertFalse(oneHop.out().contains("2 hops"), "--hops 1 grows networks 1 hop only: " + oneHop.out());
        Cli badHops = Cli.run("bench", "queries", "--index", index, "--hops", "0");
        assertEquals(2, badHops.status(), badHops.err());
        assertTrue(badHops.err().contains("--hops must be from 1 to 4"), badHops.err());
        Cli bad = Cli.run("bench", "queries", "--index", index, "--networks", "-1");
        assertEquals(2, bad.status(), bad.err());
        assertTrue(bad.err().contains("--networks must be 0 or more"), bad.err());
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
