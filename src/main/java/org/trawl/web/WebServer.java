package org.trawl.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
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
 * only requests addressed to this host (no DNS rebinding), and never calls out to the network. Every
 * answer, an error or a request that could not be parsed included, is JSON or an asset with the same
 * security headers ({@link HttpListener} reads the requests, so no answer comes from anywhere else).
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

    /** Answers one API route. */
    @FunctionalInterface
    interface Handler {
        Response handle(Request request) throws IOException;
    }

    private final HttpListener listener;
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

    private WebServer(InetSocketAddress address, StoreReader store, Supplier<PlaceLocator> places, String host)
            throws IOException {
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
        this.listener = HttpListener.start(address, 64, new HttpListener.Handler() {
            @Override
            public Response answer(RequestHead head) {
                return WebServer.this.answer(head);
            }

            @Override
            public Response refuse(HttpError error) {
                return secured(errorResponse(error), null);
            }
        }, workers);
        refresher.scheduleWithFixedDelay(() -> refresh(store), 5, 5, TimeUnit.SECONDS);
    }

    /**
     * Starts serving {@code store} on {@code host:port} (port 0 picks a free one). {@code places} is asked
     * for the place locator the first time the map needs it (loading the gazetteer takes a few seconds).
     */
    public static WebServer start(String host, int port, StoreReader store, Supplier<PlaceLocator> places) throws IOException {
        return new WebServer(new InetSocketAddress(host, port), store, places, host);
    }

    public int port() {
        return listener.address().getPort();
    }

    /** The address to open in a browser. */
    public URI address() {
        InetSocketAddress bound = listener.address();
        String host = bound.getAddress().isLoopbackAddress() || bound.getAddress().isAnyLocalAddress() ? "127.0.0.1"
                : bound.getHostString();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        listener.close();
        workers.shutdownNow();
    }

    private static void refresh(StoreReader store) {
        try {
            store.refresh();
        } catch (RuntimeException e) {
            LOG.warn("could not look for index changes: {}", e.getMessage());
        }
    }

    /** The complete answer to one request: the route's, or a JSON error; with the security headers. */
    private Response answer(RequestHead head) {
        Response response;
        try {
            response = route(head);
        } catch (HttpError e) {
            response = errorResponse(e);
        } catch (IllegalArgumentException e) { // a QuerySyntaxException among them
            response = Response.error(400, e.getMessage());
        } catch (RuntimeException | IOException e) {
            LOG.error("{} {} failed", head.method(), head.target(), e);
            response = Response.error(500, "internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        return secured(response, head);
    }

    private static Response errorResponse(HttpError e) {
        Response response = Response.error(e.status(), e.getMessage());
        return e.status() == 405 ? response.withHeaders(Map.of("Allow", "GET, HEAD")) : response;
    }

    private Response route(RequestHead head) throws IOException {
        String method = head.method();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw new HttpError(405, "only GET is supported: the workspace is read-only");
        }
        String host = hostOf(head.header("Host"));
        if (host != null && !allowedHosts.contains(host)) {
            throw new HttpError(403, "this server answers requests for " + allowedHosts + " only, not '" + host + "'");
        }
        URI uri = target(head.target());
        String path = uri.getPath();
        if (path.startsWith("/api/")) {
            refuseCrossSite(head);
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
        boolean gzip = accepts(head, "gzip");
        return new Response(200, asset.contentType(), gzip ? asset.gzipped() : asset.body(),
                gzip ? Map.of("Content-Encoding", "gzip", "Cache-Control", "max-age=300")
                        : Map.of("Cache-Control", "max-age=300"));
    }

    /** The request target as a URI with a path, or a 400 saying what is wrong with it (such as bad percent-encoding). */
    private static URI target(String target) {
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            String reason = e.getReason().toLowerCase(Locale.ROOT).contains("escape")
                    ? "bad percent-encoding (a % must be followed by two hexadecimal digits)" : e.getReason();
            throw HttpError.badRequest("malformed URL " + shorten(target) + ": " + reason + " at character " + (e.getIndex() + 1));
        }
        if (uri.getPath() == null || !uri.getPath().startsWith("/")) {
            throw HttpError.badRequest("malformed URL " + shorten(target) + ": the request target must be a path");
        }
        return uri;
    }

    private static String shorten(String s) {
        return "'" + (s.length() > 200 ? s.substring(0, 200) + "…" : s) + "'";
    }

    /**
     * Refuses an API request that a browser says comes from another site: a {@code Sec-Fetch-Site} other
     * than {@code same-origin} or {@code none} (typed or bookmarked), or an {@code Origin} that is not
     * this server. A page the analyst merely visits can send GETs to 127.0.0.1; they get a 403 and no work.
     */
    private void refuseCrossSite(RequestHead head) {
        String site = head.header("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            throw new HttpError(403, "requests from other sites are refused (Sec-Fetch-Site: " + site.strip() + ")");
        }
        String origin = head.header("Origin");
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
        } catch (URISyntaxException e) {
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

    private static boolean accepts(RequestHead head, String encoding) {
        String a = head == null ? null : head.header("Accept-Encoding");
        return a != null && a.toLowerCase(Locale.ROOT).contains(encoding);
    }

    /**
     * The response as it goes out: with the security headers, not cached unless it says so, and
     * gzip-compressed when large and the client ({@code head}, null when the request could not be read)
     * accepts it.
     */
    private static Response secured(Response r, RequestHead head) {
        Map<String, String> headers = new LinkedHashMap<>(SECURITY_HEADERS);
        headers.putAll(r.headers());
        headers.putIfAbsent("Cache-Control", "no-store");
        byte[] body = r.body();
        if (!r.headers().containsKey("Content-Encoding") && body.length > GZIP_ABOVE && accepts(head, "gzip")) {
            body = StaticAssets.gzip(body);
            headers.put("Content-Encoding", "gzip");
        }
        return new Response(r.status(), r.contentType(), body, headers);
    }
}
