package org.trawl.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;

/**
 * The files of the web workspace, all read from the class path at start-up: the page, its script and
 * style, the base map, and the JavaScript libraries from their webjars. Only these fixed paths are
 * served, so no request can reach any other file.
 */
final class StaticAssets {

    /** One file, with its gzip-compressed form for browsers that accept it. */
    record Asset(String contentType, byte[] body, byte[] gzipped) {
    }

    private static final String OWN = "/org/trawl/web/static/";

    private final Map<String, Asset> byPath = new HashMap<>();

    static StaticAssets load() {
        StaticAssets a = new StaticAssets();
        a.add("/", OWN + "index.html", "text/html; charset=utf-8");
        a.add("/app.js", OWN + "app.js", "text/javascript; charset=utf-8");
        a.add("/app.css", OWN + "app.css", "text/css; charset=utf-8");
        a.add("/favicon.svg", OWN + "favicon.svg", "image/svg+xml");
        a.add("/countries.geojson", OWN + "countries.geojson", "application/geo+json");
        a.add("/lib/cytoscape.min.js", webjar("cytoscape", "dist/cytoscape.min.js"), "text/javascript; charset=utf-8");
        a.add("/lib/layout-base.js", webjar("layout-base", "layout-base.js"), "text/javascript; charset=utf-8");
        a.add("/lib/cose-base.js", webjar("cose-base", "cose-base.js"), "text/javascript; charset=utf-8");
        a.add("/lib/cytoscape-fcose.js", webjar("cytoscape-fcose", "cytoscape-fcose.js"), "text/javascript; charset=utf-8");
        a.add("/lib/leaflet.js", webjar("leaflet", "dist/leaflet.js"), "text/javascript; charset=utf-8");
        a.add("/lib/leaflet.css", webjar("leaflet", "dist/leaflet.css"), "text/css; charset=utf-8");
        return a;
    }

    Optional<Asset> get(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    private void add(String path, String resource, String contentType) {
        byte[] body = read(resource);
        byPath.put(path, new Asset(contentType, body, gzip(body)));
    }

    /** A file inside an npm webjar, at the version the build put on the class path. */
    private static String webjar(String name, String file) {
        Properties p = new Properties();
        try (InputStream in = resource("/META-INF/maven/org.webjars.npm/" + name + "/pom.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "/META-INF/resources/webjars/" + name + "/" + p.getProperty("version") + "/" + file;
    }

    private static byte[] read(String resource) {
        try (InputStream in = resource(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = StaticAssets.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the web workspace file " + name + " is missing from the class path (a broken build?)");
        }
        return in;
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
