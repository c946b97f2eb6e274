package org.trawl.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.trawl.Fixtures;
import org.trawl.config.TrawlConfig;
import org.trawl.index.LuceneStore;
import org.trawl.ingest.IngestJob;
import org.trawl.ingest.ProgressListener;
import org.trawl.json.Json;
import org.trawl.nlp.namefind.PlaceLocator;

/**
 * A running web workspace for tests: the sample articles and one hostile article (markup in its text)
 * ingested into a temporary index, served on a free loopback port.
 */
final class Workspace implements AutoCloseable {

    static final String HOSTILE_FILE = "hostile.txt";
    static final String HOSTILE_TEXT = """
            Markup in an article: <script>document.title='owned'</script> and <img src=x onerror="document.title='owned'">.
            Anjem Choudary spoke in London about the Islamic State.
            """;

    final LuceneStore store;
    final WebServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Workspace(LuceneStore store, WebServer server) {
        this.store = store;
        this.server = server;
    }

    static Workspace start(Path tmp) throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        for (Path p : Fixtures.corpus()) {
            Files.copy(p, articles.resolve(p.getFileName()));
        }
        Files.writeString(articles.resolve(HOSTILE_FILE), HOSTILE_TEXT);
        Path index = tmp.resolve("index");
        TrawlConfig config = TrawlConfig.defaults().withIndexDir(index).withThreads(2);
        try (LuceneStore writer = LuceneStore.openForWriting(index)) {
            new IngestJob(config, Fixtures.pipeline(), writer, ProgressListener.silent()).run(List.of(articles), false);
        }
        LuceneStore store = LuceneStore.openForReading(index);
        PlaceLocator places = new PlaceLocator(Fixtures.resources().gazetteer());
        return new Workspace(store, WebServer.start("127.0.0.1", 0, store, () -> places));
    }

    URI uri(String pathAndQuery) {
        return server.address().resolve(pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> bytes(String pathAndQuery) {
        try {
            return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON body of a request that must succeed. */
    JsonNode json(String pathAndQuery) {
        HttpResponse<String> r = get(pathAndQuery);
        if (r.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
        }
        try {
            return Json.MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        store.close();
    }
}
