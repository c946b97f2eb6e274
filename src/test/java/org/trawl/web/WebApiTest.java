package org.trawl.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.json.Json;
import org.trawl.model.Entity;
import org.trawl.store.SearchRequest;

/** The JSON API of {@code trawl serve} over the sample articles: answers, errors and safety. */
class WebApiTest {

    @TempDir
    static Path tmp;

    static Workspace ws;

    @BeforeAll
    static void start() throws Exception {
        ws = Workspace.start(tmp);
    }

    @AfterAll
    static void stop() throws Exception {
        ws.close();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchHighlightsAndCountsFacetsThatAgreeWithFilteredSearches() {
        JsonNode r = ws.json("/api/search?q=Choudary");
        assertTrue(r.get("total").asInt() >= 2, r.toString());
        JsonNode snippet = r.get("hits").get(0).get("snippets").get(0);
        int[] mark = {snippet.get("marks").get(0).get(0).asInt(), snippet.get("marks").get(0).get(1).asInt()};
        assertEquals("choudary", snippet.get("text").asText().substring(mark[0], mark[1]).toLowerCase());

        JsonNode facets = ws.json("/api/search?q=&limit=0").get("facets");
        assertEquals(6, facets.get("total").asInt(), "five sample articles and the hostile one");
        assertFalse(facets.get("sampled").asBoolean());
        JsonNode people = facets.get("entities").get("PERSON");
        assertTrue(people.size() > 3, facets.toString());
        long previous = Long.MAX_VALUE;
        for (JsonNode p : people) {
            long count = p.get("count").asLong();
            assertTrue(count <= previous, "most frequent first");
            previous = count;
            // the facet count is the number of articles the entity filter finds
            JsonNode filtered = ws.json("/api/search?facets=false&entity=" + p.get("entity").asText());
            assertEquals(count, filtered.get("total").asLong(), p.toString());
        }
        long withPlaces = facets.get("types").get("PLACE").asLong();
        assertEquals(withPlaces, ws.json("/api/search?facets=false&type=place").get("total").asLong());
        assertEquals("articles", facets.get("sources").get(0).get("value").asText(), "the folder ingested");
        assertEquals(6, facets.get("sources").get(0).get("count").asInt());
    }

    @Test
    void anArticleWithoutATitleIsNamedByItsFirstLineNotItsHash() {
        JsonNode hits = ws.json("/api/search?q=&limit=10&facets=false").get("hits");
        assertEquals(6, hits.size());
        boolean hashNamed = false;
        for (JsonNode h : hits) {
            String file = h.get("file").asText();
            hashNamed |= file.matches(".*/\\d{3}_[0-9a-f]{16}\\.txt");
            assertFalse(h.get("title").asText().matches(".*[0-9a-f]{16}.*"), h.toString());
        }
        assertTrue(hashNamed, "the sample corpus has files named by a hash");
    }

    @Test
    void filtersCombineAndPagesDoNotOverlap() {
        Entity choudary = ws.store.lookup("Anjem Choudary", null).orElseThrow();
        JsonNode both = ws.json("/api/search?q=London&facets=false&entity=" + choudary.id());
        long london = ws.json("/api/search?q=London&facets=false").get("total").asLong();
        assertTrue(both.get("total").asLong() >= 1 && both.get("total").asLong() <= london);
        JsonNode first = ws.json("/api/search?facets=false&limit=3&offset=0");
        JsonNode second = ws.json("/api/search?facets=false&limit=3&offset=3");
        Set<String> ids = new HashSet<>();
        first.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        second.get("hits").forEach(h -> assertTrue(ids.add(h.get("id").asText()), "pages overlap"));
        assertEquals(6, ids.size());
    }

    @Test
    void documentCarriesItsTextNamesAndRelations() {
        String id = ws.store.search(SearchRequest.of("Sharia4Belgium", 1)).hits().get(0).document().id();
        JsonNode d = ws.json("/api/documents/" + id);
        String text = d.get("text").asText();
        assertTrue(d.get("mentions").size() > 20);
        for (JsonNode m : d.get("mentions")) {
            assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
            assertNotNull(m.get("entity").asText());
        }
        assertTrue(d.get("relations").size() > 5);
        for (JsonNode rel : d.get("relations")) {
            assertTrue(text.replaceAll("\\s+", " ").contains(rel.get("sentence").asText().replaceAll("\\s+", " ")),
                    rel.toString());
        }
    }

    @Test
    void entityPageHasProfileAndItsArticles() {
        Entity choudary = ws.store.lookup("Anjem Choudary", null).orElseThrow();
        JsonNode e = ws.json("/api/entities/" + choudary.id());
        assertEquals("Anjem Choudary", e.get("canonical").asText());
        assertTrue(e.get("names").toString().contains("Choudary"));
        assertTrue(e.get("relations").size() > 0 && e.get("cooccurring").size() > 0, e.toString());
        assertEquals(choudary.documents(), e.get("articles").get("total").asInt());
        assertEquals(choudary.mentions(), e.get("scored_mentions").asInt());
        assertTrue(e.get("score").asDouble() >= e.get("mean_mention_score").asDouble()
                && e.get("mean_mention_score").asDouble() > 0, e.toString());
        JsonNode found = ws.json("/api/entities?q=" + enc("Choudary"));
        assertEquals(choudary.id(), found.get("entities").get(0).get("id").asText());
    }

    @Test
    void networkViewKeepsSeedsAndExportsParse() throws Exception {
        Entity choudary = ws.store.lookup("Anjem Choudary", null).orElseThrow();
        JsonNode view = ws.json("/api/network?seed=" + enc("Anjem Choudary") + "&hops=2&max_nodes=12");
        assertEquals(12, view.get("nodes").size());
        assertTrue(view.get("total_nodes").asInt() > 12);
        assertFalse(view.get("complete").asBoolean(), "a cut view of the seed's strongest ties says its totals are lower bounds");
        JsonNode filtered = ws.json("/api/network?seed=" + enc("Anjem Choudary") + "&hops=2&max_nodes=12&types=PERSON,GROUP");
        assertTrue(filtered.get("complete").asBoolean(), "a filtered selection is built whole: " + filtered.get("total_nodes"));
        assertTrue(filtered.get("nodes").size() <= 12 && filtered.get("total_nodes").asInt() >= filtered.get("nodes").size());
        Set<String> shown = new HashSet<>();
        view.get("nodes").forEach(n -> shown.add(n.get("id").asText()));
        assertTrue(shown.contains(choudary.id()), "the seed is always shown");
        view.get("links").forEach(l -> assertTrue(shown.contains(l.get("source").asText())
                && shown.contains(l.get("target").asText())));

        String query = "/api/network?seed=" + choudary.id() + "&hops=1&format=";
        HttpResponse<byte[]> gexf = ws.bytes(query + "gexf");
        assertEquals(200, gexf.statusCode());
        assertTrue(gexf.headers().firstValue("Content-Disposition").orElse("").contains("trawl-network.gexf"));
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(gexf.body()));
        assertEquals("gexf", xml.getDocumentElement().getTagName());
        int nodes = xml.getElementsByTagName("node").getLength();
        JsonNode everything = ws.json("/api/network?seed=" + choudary.id() + "&hops=1&max_nodes=1000");
        assertTrue(everything.get("complete").asBoolean(), "the whole 1-hop network fits in 1,000 nodes");
        assertEquals(everything.get("total_nodes").asInt(), nodes);
        assertEquals(nodes, everything.get("nodes").size());
        byte[] png = ws.bytes(query + "png").body();
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        assertTrue(ws.get(query + "csv-edges").body().startsWith("Source,Target,"));
        assertEquals(400, ws.get(query + "xls").statusCode());
    }

    @Test
    void mapPlacesHaveGazetteerCoordinates() {
        JsonNode map = ws.json("/api/map?q=London");
        JsonNode london = null;
        for (JsonNode p : map.get("places")) {
            double lat = p.get("lat").asDouble();
            double lng = p.get("lng").asDouble();
            assertTrue(lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180, p.toString());
            if (p.get("canonical").asText().equals("London")) {
                london = p;
            }
        }
        assertNotNull(london, map.toString());
        assertEquals(51.5, london.get("lat").asDouble(), 0.3);
        assertEquals(-0.1, london.get("lng").asDouble(), 0.3);
        Entity choudary = ws.store.lookup("Anjem Choudary", null).orElseThrow();
        assertEquals("network", ws.json("/api/map?seed=" + choudary.id()).get("mode").asText());
    }

    @Test
    void badRequestsGetClearStatusesAndMessages() throws Exception {
        HttpResponse<String> unparsable = ws.get("/api/search?q=" + enc("\"unclosed"));
        assertEquals(400, unparsable.statusCode());
        assertTrue(Json.MAPPER.readTree(unparsable.body()).get("error").asText().contains("cannot parse query"));
        HttpResponse<String> badLimit = ws.get("/api/search?limit=lots");
        assertEquals(400, badLimit.statusCode());
        assertTrue(badLimit.body().contains("'limit'"), badLimit.body());
        assertEquals(400, ws.get("/api/search?type=vehicle").statusCode());
        assertEquals(400, ws.get("/api/search?from=yesterday").statusCode());
        assertEquals(404, ws.get("/api/documents/0123456789abcdef").statusCode());
        assertEquals(404, ws.get("/api/entities/0123456789abcdef").statusCode());
        assertEquals(404, ws.get("/api/network?seed=" + enc("Nobody Anywhere")).statusCode());
        assertEquals(404, ws.get("/app.js.map").statusCode());
        assertEquals(405, ws.send(HttpRequest.newBuilder(ws.uri("/api/search")).POST(HttpRequest.BodyPublishers.noBody())
                .build()).statusCode());
    }

    @Test
    void noPathReachesTheFileSystemAndOtherHostsAreRefused() throws Exception {
        for (String path : new String[] {"/api/documents/..%2F..%2Fetc%2Fpasswd", "/api/documents/%2e%2e",
            "/api/entities/a%2Fb", "/lib/..%2F..%2Fpom.xml", "/org/trawl/web/static/app.js", "/META-INF/MANIFEST.MF"}) {
            HttpResponse<String> r = ws.get(path);
            assertEquals(404, r.statusCode(), path + ": " + r.body());
            assertFalse(r.body().contains("root:"), path);
        }
        // a page of another site's name pointing at this port (DNS rebinding) is refused
        var socket = new java.net.Socket("127.0.0.1", ws.server.port());
        try (socket) {
            socket.getOutputStream().write("GET /api/stats HTTP/1.1\r\nHost: attacker.example:80\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
        }
    }

    @Test
    void pagesAndLibrariesAreServedFromTheJarWithSafeHeaders() {
        HttpResponse<String> page = ws.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/lib/cytoscape.min.js"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        for (String lib : new String[] {"/lib/cytoscape.min.js", "/lib/layout-base.js", "/lib/cose-base.js",
            "/lib/cytoscape-fcose.js", "/lib/leaflet.js", "/lib/leaflet.css", "/app.js", "/countries.geojson"}) {
            HttpResponse<String> r = ws.get(lib);
            assertEquals(200, r.statusCode(), lib);
            assertTrue(r.body().length() > 1000, lib);
        }
        // the page loads nothing from elsewhere
        assertFalse(page.body().matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resources");
    }

    @Test
    void hostileTextComesBackAsDataNotMarkup() {
        JsonNode hits = ws.json("/api/search?facets=false&q=onerror").get("hits");
        assertEquals(1, hits.size());
        JsonNode d = ws.json("/api/documents/" + hits.get(0).get("id").asText());
        assertTrue(d.get("text").asText().contains("<script>document.title='owned'</script>"));
        assertTrue(ws.get("/api/documents/" + hits.get(0).get("id").asText()).headers()
                .firstValue("Content-Type").orElse("").startsWith("application/json"));
    }
}
