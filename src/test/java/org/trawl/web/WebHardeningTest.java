package org.trawl.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.json.Json;
import org.trawl.model.Extraction;
import org.trawl.model.SourceDocument;
import org.trawl.search.LuceneStore;
import org.trawl.store.PathRecord;
import org.trawl.store.StoreReader;

/**
 * The web server against hostile requests, on a small index made here: costly queries and cross-site
 * requests are refused with a JSON error, requests that cannot even be parsed (bad percent-encoding, a
 * malformed request line or header) get a JSON error with the same security headers as any answer, and a
 * 405 says what is allowed.
 */
class WebHardeningTest {

    @TempDir
    static Path tmp;

    static StoreReader store;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path index = tmp.resolve("index");
        try (LuceneStore writer = LuceneStore.openForWriting(index)) {
            for (int i = 0; i < 7; i++) {
                String text = "Anjem Choudary spoke in London on day " + i + ".";
                SourceDocument doc = new SourceDocument("d" + i, "/data/d" + i + ".txt", "data", null, "Title " + i, null,
                        null, "text/plain", "eng", text);
                writer.put(new Extraction(doc, List.of(), List.of()), new PathRecord("/data/d" + i + ".txt", "d" + i, 1, 1));
            }
            writer.commit();
        }
        store = LuceneStore.openForReading(index);
        server = WebServer.start("127.0.0.1", 0, store, () -> {
            throw new IllegalStateException("no map in this test");
        });
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.address().resolve(pathAndQuery)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static JsonNode error(HttpResponse<String> r, int status) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode e = Json.MAPPER.readTree(r.body());
        assertEquals(status, e.get("status").asInt());
        return e;
    }

    @Test
    void costlyQueriesGetA400() throws Exception {
        long t = System.nanoTime();
        JsonNode e = error(get("/api/search?q=" + enc("/.{0,65535}/")), 400);
        System.out.printf("web: /api/search?q=/.{0,65535}/ answered 400 in %.0f ms%n", (System.nanoTime() - t) / 1e6);
        assertTrue(e.get("error").asText().contains("too costly"), e.toString());
        error(get("/api/network?q=" + enc("/.{0,65535}/")), 400);
        error(get("/api/map?q=" + enc("/.{0,65535}/")), 400);

        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            many.append("w").append(i).append(' ');
        }
        e = error(get("/api/search?q=" + enc(many.toString())), 400);
        assertTrue(e.get("error").asText().contains("too long"), e.toString());
        assertEquals(7, Json.MAPPER.readTree(get("/api/search?q=choudary").body()).get("total").asInt());
    }

    @Test
    void crossSiteRequestsAreRefused() throws Exception {
        error(get("/api/search?q=choudary", "Sec-Fetch-Site", "cross-site"), 403);
        error(get("/api/search?q=choudary", "Sec-Fetch-Site", "same-site"), 403);
        error(get("/api/stats", "Origin", "http://attacker.example"), 403);
        error(get("/api/stats", "Origin", "null"), 403);
        error(get("/api/stats", "Origin", "http://127.0.0.1:1"), 403);
        String self = "http://127.0.0.1:" + server.port();
        assertEquals(200, get("/api/search?q=choudary", "Sec-Fetch-Site", "same-origin", "Origin", self).statusCode());
        assertEquals(200, get("/api/stats", "Sec-Fetch-Site", "none").statusCode());
        assertEquals(200, get("/", "Sec-Fetch-Site", "cross-site").statusCode(), "the page itself may be linked to");
    }

    @Test
    void statsCountTypedRelationsAndCooccurrencesApart() throws Exception {
        JsonNode stats = Json.MAPPER.readTree(get("/api/stats").body());
        assertEquals(0, stats.get("typed_relations").asInt(), stats.toString());
        assertEquals(0, stats.get("cooccurrences").asInt(), stats.toString());
        assertTrue(PageScriptSafetyTest.script().contains("s.typed_relations"), "the page shows them apart");
    }

    /** An answer read off a raw connection: what a client sees, whatever the request looked like. */
    record RawAnswer(int status, Map<String, String> headers, String body) {
    }

    /** Sends {@code request} as it stands (no client checks it first) and reads one answer. */
    static RawAnswer raw(String request) throws IOException {
        try (var socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            Map<String, String> headers = new HashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
            char[] body = new char[Integer.parseInt(headers.getOrDefault("content-length", "0"))];
            int n = 0;
            while (n < body.length) {
                int r = in.read(body, n, body.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            return new RawAnswer(Integer.parseInt(status.split(" ")[1]), headers, new String(body, 0, n));
        }
    }

    /** A JSON error with the status, the security headers every answer has, and a message containing {@code says}. */
    static void assertJsonError(RawAnswer a, int status, String says) throws IOException {
        assertEquals(status, a.status(), a.toString());
        assertTrue(a.headers().getOrDefault("content-type", "").startsWith("application/json"), a.toString());
        assertEquals("nosniff", a.headers().get("x-content-type-options"), a.toString());
        assertTrue(a.headers().getOrDefault("content-security-policy", "").contains("default-src 'self'"), a.toString());
        assertEquals("DENY", a.headers().get("x-frame-options"), a.toString());
        JsonNode e = Json.MAPPER.readTree(a.body());
        assertEquals(status, e.get("status").asInt(), a.toString());
        assertTrue(e.get("error").asText().contains(says), a.toString());
    }

    @Test
    void requestsThatCannotBeParsedGetAJsonErrorWithTheSecurityHeaders() throws Exception {
        assertJsonError(raw("GET /api/search?q=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), 400, "percent-encoding");
        assertJsonError(raw("GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), 400, "percent-encoding");
        assertJsonError(raw("GET /api/stats?q=a%2 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), 400, "percent-encoding");
        assertJsonError(raw("GET /api/search?q=a|b HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), 400, "malformed URL");
        assertJsonError(raw("GET /api/stats\r\n\r\n"), 400, "malformed request line");
        assertJsonError(raw("GET /api/stats HTTP/1.1\r\nBad Header: x\r\n\r\n"), 400, "malformed header");
        assertJsonError(raw("GET /api/stats HTTP/1.1\r\nContent-Length: -1\r\n\r\n"), 400, "Content-Length");
        assertJsonError(raw("GET /api/stats HTTP/2.0\r\n\r\n"), 505, "protocol");
        assertJsonError(raw("GET /api/stats HTTP/1.1\r\nX: " + "a".repeat(70_000) + "\r\n\r\n"), 431, "larger than");
        // a URL-encoded query that is well formed but decodes to nothing sensible is the handler's to refuse
        assertEquals(200, raw("GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").status());
    }

    @Test
    void oneConnectionCarriesSeveralRequestsAndHeadHasNoBody() throws Exception {
        try (var socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("HEAD /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                    + "GET /api/search?q=choudary&facets=false HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String both = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(both.startsWith("HTTP/1.1 200 "), both);
            int second = both.indexOf("HTTP/1.1 200 ", 1);
            assertTrue(second > 0, "the second request is answered on the same connection: " + both);
            assertFalse(both.substring(0, second).contains("{"), "HEAD answers without a body: " + both);
            assertTrue(both.substring(second).contains("\"total\":7"), both);
        }
    }

    @Test
    void methodNotAllowedSaysWhatIs() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.address().resolve("/api/search"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        error(r, 405);
        assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

}
