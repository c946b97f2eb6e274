package org.trawl.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trawl.nlp.namefind.PlaceLocator;
import org.trawl.store.QuerySyntaxException;
import org.trawl.store.StoreReader;

/**
 * {@code trawl serve}: the local web workspace. Serves the single-page application and the JSON API it
 * runs on (see the README), read-only, from one index. Listens on loopback unless told otherwise, answers
 * only requests addressed to this host (no DNS rebinding), and never calls out to the network.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** Ids in paths: the hex ids trawl makes, and nothing that could name a file. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final int GZIP_ABOVE = 4096;
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                    + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    static {
        // answers go out at once instead of waiting for the client's delayed ACK (Nagle): 40 ms per request
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** Answers one API route. */
    @FunctionalInterface
    interface Handler {
        Response handle(Request request) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "trawl-index-refresh");
        t.setDaemon(true);
        return t;
    });
    private final StaticAssets assets = StaticAssets.load();
    private final Map<String, Handler> routes = new LinkedHashMap<>();
    private final Map<String, Handler> idRoutes = new LinkedHashMap<>();
    private final Set<String> allowedHosts;

    private WebServer(HttpServer server, StoreReader store, Supplier<PlaceLocator> places, String host) {
        this.server = server;
        Set<String> hosts = new HashSet<>(List.of("localhost", "127.0.0.1", "[::1]"));
        hosts.add(host.toLowerCase(Locale.ROOT));
        this.allowedHosts = Set.copyOf(hosts);
        Background background = new Background(workers);
        SearchApi search = new SearchApi(store, background);
        EntityApi entities = new EntityApi(store, background);
        NetworkApi networks = new NetworkApi(store);
        routes.put("/api/stats", r -> Response.json(org.trawl.json.Json.stats(store.stats(10))));
        routes.put("/api/search", search::search);
        routes.put("/api/entities", entities::find);
        routes.put("/api/network", networks::network);
        routes.put("/api/map", new MapApi(store, places, networks)::map);
        idRoutes.put("/api/documents/", new DocumentApi(store)::document);
        idRoutes.put("/api/entities/", entities::entity);
        server.createContext("/", this::exchange);
        server.setExecutor(workers);
        refresher.scheduleWithFixedDelay(() -> refresh(store), 5, 5, TimeUnit.SECONDS);
    }

    /**
     * Starts serving {@code store} on {@code host:port} (port 0 picks a free one). {@code places} is asked
     * for the place locator the first time the map needs it (loading the gazetteer takes a few seconds).
     */
    public static WebServer start(String host, int port, StoreReader store, Supplier<PlaceLocator> places) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 64);
        WebServer s = new WebServer(http, store, places, host);
        http.start();
        return s;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address to open in a browser. */
    public URI address() {
        String host = server.getAddress().getAddress().isLoopbackAddress() ? "127.0.0.1"
                : server.getAddress().getHostString();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        server.stop(0);
        workers.shutdownNow();
    }

    private static void refresh(StoreReader store) {
        try {
            store.refresh();
        } catch (RuntimeException e) {
            LOG.warn("could not look for index changes: {}", e.getMessage());
        }
    }

    private void exchange(HttpExchange x) throws IOException {
        try (x) {
            Response response;
            try {
                response = answer(x);
            } catch (HttpError e) {
                response = Response.error(e.status(), e.getMessage());
                if (e.status() == 405) {
                    response = new Response(405, response.contentType(), response.body(), Map.of("Allow", "GET, HEAD"));
                }
            } catch (QuerySyntaxException e) {
                response = Response.error(400, e.getMessage());
            } catch (IllegalArgumentException e) {
                response = Response.error(400, e.getMessage());
            } catch (RuntimeException | IOException e) {
                LOG.error("{} {} failed", x.getRequestMethod(), x.getRequestURI().getRawPath(), e);
                response = Response.error(500, "internal error: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
            send(x, response);
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("client went away: {}", e.getMessage());
        }
    }

    private Response answer(HttpExchange x) throws IOException {
        String method = x.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw new HttpError(405, "only GET is supported: the workspace is read-only");
        }
        String host = hostOf(x.getRequestHeaders().getFirst("Host"));
        if (host != null && !allowedHosts.contains(host)) {
            throw new HttpError(403, "this server answers requests for " + allowedHosts + " only, not '" + host + "'");
        }
        URI uri = x.getRequestURI();
        String path = uri.getPath();
        if (path.startsWith("/api/")) {
            refuseCrossSite(x);
        }
        Handler exact = routes.get(path);
        if (exact != null) {
            return exact.handle(Request.of(uri, null));
        }
        for (Map.Entry<String, Handler> route : idRoutes.entrySet()) {
            if (path.startsWith(route.getKey())) {
                String id = path.substring(route.getKey().length());
                if (!ID.matcher(id).matches()) {
                    throw HttpError.notFound("no such id: '" + id + "'");
                }
                return route.getValue().handle(Request.of(uri, id));
            }
        }
        StaticAssets.Asset asset = assets.get(path).orElseThrow(() -> HttpError.notFound("nothing at " + path));
        boolean gzip = accepts(x, "gzip");
        return new Response(200, asset.contentType(), gzip ? asset.gzipped() : asset.body(),
                gzip ? Map.of("Content-Encoding", "gzip", "Cache-Control", "max-age=300")
                        : Map.of("Cache-Control", "max-age=300"));
    }

    /**
     * Refuses an API request that a browser says comes from another site: a {@code Sec-Fetch-Site} other
     * than {@code same-origin} or {@code none} (typed or bookmarked), or an {@code Origin} that is not
     * this server. A page the analyst merely visits can send GETs to 127.0.0.1; they get a 403 and no work.
     */
    private void refuseCrossSite(HttpExchange x) {
        String site = x.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            throw new HttpError(403, "requests from other sites are refused (Sec-Fetch-Site: " + site.strip() + ")");
        }
        String origin = x.getRequestHeaders().getFirst("Origin");
        if (origin != null && !sameOrigin(origin.strip())) {
            throw new HttpError(403, "requests from other sites are refused (Origin: " + origin.strip() + ")");
        }
    }

    private boolean sameOrigin(String origin) {
        try {
            URI o = new URI(origin);
            String host = o.getHost() == null ? null : o.getHost().toLowerCase(Locale.ROOT);
            int port = o.getPort() < 0 ? ("https".equals(o.getScheme()) ? 443 : 80) : o.getPort();
            return "http".equals(o.getScheme()) && host != null && allowedHosts.contains(host) && port == port();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String hostOf(String header) {
        if (header == null) {
            return null;
        }
        String h = header.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        return colon > h.lastIndexOf(']') ? h.substring(0, colon) : h;
    }

    private static boolean accepts(HttpExchange x, String encoding) {
        String a = x.getRequestHeaders().getFirst("Accept-Encoding");
        return a != null && a.toLowerCase(Locale.ROOT).contains(encoding);
    }

    private static void send(HttpExchange x, Response r) throws IOException {
        byte[] body = r.body();
        var headers = x.getResponseHeaders();
        SECURITY_HEADERS.forEach(headers::set);
        r.headers().forEach(headers::set);
        headers.set("Content-Type", r.contentType());
        if (!r.headers().containsKey("Cache-Control")) {
            headers.set("Cache-Control", "no-store");
        }
        if (!r.headers().containsKey("Content-Encoding") && body.length > GZIP_ABOVE && accepts(x, "gzip")) {
            body = StaticAssets.gzip(body);
            headers.set("Content-Encoding", "gzip");
        }
        boolean head = x.getRequestMethod().equals("HEAD");
        x.sendResponseHeaders(r.status(), head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
