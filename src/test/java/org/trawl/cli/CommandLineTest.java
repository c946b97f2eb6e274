package org.trawl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.Fixtures;
import org.trawl.json.Json;

/** The commands as a user runs them: exit status, output shape, and one-line errors. */
class CommandLineTest {

    @TempDir
    static Path tmp;

    static Path articles;
    static String index;

    @BeforeAll
    static void ingestTwoArticles() throws Exception {
        articles = Files.createDirectories(tmp.resolve("articles"));
        List<Path> corpus = Fixtures.corpus();
        Files.copy(corpus.get(0), articles.resolve("a.txt"));
        Files.copy(corpus.get(1), articles.resolve("b.txt"));
        index = tmp.resolve("index").toString();
        Cli r = Cli.run("ingest", articles.toString(), "--index", index, "--quiet");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("new          2"), r.out());
        ingestSummary = r.out();
    }

    static String ingestSummary;

    @Test
    void statsJsonHasTheContractFields() throws Exception {
        Cli r = Cli.run("stats", "--index", index, "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertEquals(2, j.get("documents").asInt());
        for (String f : List.of("documents", "mentions", "entities", "relations")) {
            assertTrue(j.get(f).isIntegralNumber(), f);
        }
        assertTrue(j.get("mentions").asInt() > 20);
        // typed relations and co-occurrences apart, as `trawl relations` counts them
        long typed = j.get("typed_relations").asLong();
        assertEquals(j.get("relations").asLong(), typed + j.get("cooccurrences").asLong());
        JsonNode listed = Json.MAPPER.readTree(Cli.run("relations", "--index", index, "--json", "--limit", "100000").out());
        assertEquals(typed, listed.get("total").asLong());
        assertTrue(typed > 0 && j.get("cooccurrences").asLong() > typed, j.toString());
        assertTrue(ingestSummary.matches("(?s).*relations +" + String.format(java.util.Locale.ROOT, "%,d", typed)
                + " typed, [\\d,]+ co-occurrences.*"), ingestSummary);
        assertTrue(Cli.run("stats", "--index", index).out().contains("co-occur"));
    }

    @Test
    void searchPrintsRankedHitsWithSnippets() throws Exception {
        Cli text = Cli.run("search", "Choudary", "--index", index);
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().startsWith("2 articles match \"Choudary\""), text.out());
        assertTrue(text.out().contains("**Choudary**"), text.out());

        Cli json = Cli.run("search", "Choudary", "--index", index, "--json", "--limit", "1");
        JsonNode j = Json.MAPPER.readTree(json.out());
        assertEquals(2, j.get("total").asInt());
        assertEquals(1, j.get("hits").size());
        JsonNode hit = j.get("hits").get(0);
        assertTrue(hit.get("file").asText().endsWith(".txt"));
        assertTrue(hit.get("snippets").get(0).get("highlighted").asText().contains("<<Choudary>>"));
    }

    @Test
    void entityShowsNamesCountsAndNeighbours() throws Exception {
        Cli r = Cli.run("entity", "Choudary", "--index", index, "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertEquals("PERSON", j.get("type").asText());
        assertTrue(j.get("mentions").asInt() >= 2);
        assertTrue(j.get("cooccurring").size() > 0);
        // scores were added beside the old fields: an entity named twice is surer than its mean mention
        assertEquals(j.get("mentions").asInt(), j.get("scored_mentions").asInt());
        double score = j.get("score").asDouble(), mean = j.get("mean_mention_score").asDouble();
        assertTrue(mean > 0 && mean <= j.get("best_mention_score").asDouble() && score >= mean && score <= 1, j.toString());

        Cli text = Cli.run("entity", "Choudary", "--index", index);
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().matches("(?s).*\\n  score: +\\d\\.\\d\\d .*mean \\d\\.\\d\\d, best \\d\\.\\d\\d.*"), text.out());
    }

    @Test
    void extractPrintsOneJsonObjectPerArticleWithOffsetsIntoTheFile() throws Exception {
        Cli r = Cli.run("extract", articles.resolve("b.txt").toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size());
        JsonNode j = Json.MAPPER.readTree(lines.get(0));
        String content = Files.readString(articles.resolve("b.txt"));
        assertEquals(64, j.get("id").asText().length());
        assertTrue(j.get("entities").size() > 5);
        for (JsonNode e : j.get("entities")) {
            assertEquals(e.get("text").asText(), content.substring(e.get("start").asInt(), e.get("end").asInt()));
            assertTrue(List.of("PERSON", "GROUP", "PLACE").contains(e.get("type").asText()));
            assertFalse(e.get("entity").asText().isEmpty());
            double score = e.get("score").asDouble(), entityScore = e.get("entity_score").asDouble();
            assertTrue(score > 0 && score <= 1 && entityScore >= score && entityScore <= 1, e.toString());
            assertTrue(List.of("model", "gazetteer", "pattern", "role", "document").contains(e.get("origin").asText()), e.toString());
        }
        for (JsonNode rel : j.get("relations")) {
            assertTrue(rel.has("type") && rel.has("source") && rel.has("target") && rel.has("sentence"));
        }
    }

    @Test
    void extractTakesAZipApartAndReportsTheEntryThatFails() throws Exception {
        Path zip = tmp.resolve("bundle.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("a.txt", "b.txt")) {
                out.putNextEntry(new java.util.zip.ZipEntry("news/" + name));
                out.write(Files.readAllBytes(articles.resolve(name)));
            }
            out.putNextEntry(new java.util.zip.ZipEntry("empty.txt"));
        }
        Cli r = Cli.run("extract", zip.toString());
        assertEquals(Main.FAILED, r.status(), r.err());
        List<String> files = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            JsonNode j = Json.MAPPER.readTree(line);
            files.add(j.get("file").asText());
            assertEquals(zip.toString(), j.get("container").asText());
            assertTrue(j.get("entities").size() > 5, line);
        }
        assertEquals(List.of(zip + "!/news/a.txt", zip + "!/news/b.txt"), files);
        assertTrue(r.err().contains(zip + "!/empty.txt: empty file"), r.err());
    }

    @Test
    void serveRefusesABadPortAMissingIndexAndABusyPort() throws Exception {
        Cli port = Cli.run("serve", "--port", "70000", "--index", index);
        assertEquals(Main.USAGE, port.status());
        assertTrue(port.err().contains("--port must be between 0 and 65535"), port.err());
        Cli missing = Cli.run("serve", "--port", "0", "--index", tmp.resolve("no-such-index").toString());
        assertEquals(Main.FAILED, missing.status());
        assertTrue(missing.err().contains("no-such-index"), missing.err());
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Cli busy = Cli.run("serve", "--port", Integer.toString(taken.getLocalPort()), "--index", index);
            assertEquals(Main.FAILED, busy.status());
            assertTrue(busy.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), busy.err());
            assertEquals(1, busy.err().strip().lines().count(), busy.err());
        }
    }

    @Test
    void badInputGetsAOneLineMessageAndTheRightStatus() {
        Cli query = Cli.run("search", "\"unclosed (", "--index", index);
        assertEquals(Main.USAGE, query.status());
        assertEquals(1, query.err().strip().lines().count(), query.err());
        assertTrue(query.err().contains("cannot parse query"));

        Cli missingIndex = Cli.run("stats", "--index", tmp.resolve("nowhere").toString());
        assertEquals(Main.FAILED, missingIndex.status());
        assertTrue(missingIndex.err().contains("no index at"), missingIndex.err());
        assertFalse(missingIndex.err().contains("Exception"));

        Cli missingPath = Cli.run("ingest", tmp.resolve("no-such-folder").toString(), "--index", index);
        assertEquals(Main.USAGE, missingPath.status());
        assertTrue(missingPath.err().contains("no such file or folder"), missingPath.err());

        Cli unknownOption = Cli.run("search", "--colour", "x");
        assertEquals(Main.USAGE, unknownOption.status());

        Cli unknownEntity = Cli.run("entity", "Nobody Atall", "--index", index);
        assertEquals(Main.FAILED, unknownEntity.status());
        assertTrue(unknownEntity.err().contains("no entity named"));
    }

    @Test
    void relationsListTypedRelationsWithEvidence() throws Exception {
        Cli r = Cli.run("relations", "--index", index, "--json", "--limit", "1000");
        assertEquals(0, r.status(), r.err());
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertTrue(j.get("total").asInt() > 0, r.out());
        for (JsonNode rel : j.get("relations")) {
            assertFalse(rel.get("type").asText().equals("CO_OCCURS"));
            assertFalse(rel.get("sentence").asText().isBlank());
            assertTrue(rel.get("score").asDouble() > 0 && rel.get("score").asDouble() <= 1);
        }
    }

    @Test
    void networkExportsMatchTheIndex() throws Exception {
        Path graphml = tmp.resolve("net.graphml");
        Cli r = Cli.run("network", "--index", index, "--format", "graphml", "-o", graphml.toString());
        assertEquals(0, r.status(), r.err());
        var doc = javax.xml.parsers.DocumentBuilderFactory.newNSInstance().newDocumentBuilder().parse(graphml.toFile());
        int nodes = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node").getLength();
        int edges = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge").getLength();

        Cli json = Cli.run("network", "--index", index, "--format", "json");
        JsonNode j = Json.MAPPER.readTree(json.out());
        assertEquals(nodes, j.get("nodes").size());
        assertEquals(edges, j.get("links").size());
        assertTrue(nodes > 10 && edges > 10, "nodes " + nodes + ", edges " + edges);
        Path jsonFile = tmp.resolve("net.json");
        Cli toFile = Cli.run("network", "--index", index, "--format", "json", "-o", jsonFile.toString());
        assertEquals(0, toFile.status(), toFile.err());
        assertEquals(nodes, Json.MAPPER.readTree(jsonFile.toFile()).get("nodes").size());
        assertTrue(Files.readString(jsonFile).endsWith("}\n"), "the file ends with its newline");

        Cli summary = Cli.run("network", "--index", index, "--seed", "Anjem Choudary", "--hops", "1");
        assertEquals(0, summary.status(), summary.err());
        assertTrue(summary.out().contains("Anjem Choudary"), summary.out());
        int egoNodes = Integer.parseInt(summary.out().split(" nodes")[0].replace(",", "").strip());
        assertTrue(egoNodes > 1 && egoNodes < nodes, summary.out());
    }

    @Test
    void networkPicturesQueriesAndProjections() throws Exception {
        Path png = tmp.resolve("net.png");
        Cli r = Cli.run("network", "--index", index, "--format", "png", "-o", png.toString(), "--colour", "community");
        assertEquals(0, r.status(), r.err());
        assertEquals(1600, javax.imageio.ImageIO.read(png.toFile()).getWidth());
        Cli svg = Cli.run("network", "--index", index, "--format", "svg");
        assertTrue(svg.out().startsWith("<?xml") && svg.out().contains("<svg"), svg.out());
        Cli noFile = Cli.run("network", "--index", index, "--format", "png");
        assertEquals(Main.USAGE, noFile.status());
        assertTrue(noFile.err().contains("give -o FILE.png"), noFile.err());

        JsonNode all = Json.MAPPER.readTree(Cli.run("network", "--index", index, "--format", "json").out());
        JsonNode westminster = Json.MAPPER.readTree(Cli.run("network", "--index", index, "--format", "json",
                "--query", "Westminster").out());
        assertTrue(westminster.get("links").size() > 0 && westminster.get("links").size() < all.get("links").size(),
                "a query keeps only the matching articles' evidence");
        Cli badQuery = Cli.run("network", "--index", index, "--query", "\"unclosed (");
        assertEquals(Main.USAGE, badQuery.status(), badQuery.err());

        Cli people = Cli.run("network", "--index", index, "--project", "people", "--format", "json");
        assertEquals(0, people.status(), people.err());
        for (JsonNode n : Json.MAPPER.readTree(people.out()).get("nodes")) {
            assertEquals("PERSON", n.get("type").asText(), n.toString());
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : List.of("ingest", "extract", "search", "entity", "stats", "relations", "network",
                "evaluate", "train", "merge", "split", "alias", "rename", "corrections", "bench", "failures")) {
            Cli r = Cli.run(cmd, "--help");
            assertEquals(0, r.status(), cmd);
            assertTrue(r.out().contains("Usage: trawl " + cmd), r.out());
        }
    }
}
