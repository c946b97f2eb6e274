package org.trawl.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.trawl.graph.EgoViewBuilder;
import org.trawl.graph.NetworkBuilder;
import org.trawl.graph.NetworkMetrics;
import org.trawl.graph.NetworkSpec;
import org.trawl.model.Entity;
import org.trawl.store.SearchRequest;
import org.trawl.store.StoreReader;
import org.trawl.web.WebServer;

/**
 * Query latency on an index, as a user meets it: full-text searches for entity names and words (ten hits
 * with highlighted snippets), searches filtered by an entity, entity profiles, the bounded ego view of an
 * entity (its 150 strongest ties, as the web workspace draws it) and the whole network grown one or more
 * hops from an entity, each with its metrics; each measured many times after a warm-up, reported as
 * percentiles. Each kind is reported as soon as it is measured: on a large index the networks take minutes.
 */
public final class QueryBenchmark {

    /** Latency percentiles of one kind of query, in milliseconds. */
    public record Latency(String kind, int queries, double p50, double p95, double p99, double max) {
    }

    /** Warm-up runs before the measured ones: 50 for searches; 3 for networks, each of which reads thousands of links. */
    private static final int WARM_UP = 50;
    private static final int NETWORK_WARM_UP = 3;
    /** The nodes of an ego view, as the web workspace's network view shows by default. */
    private static final int EGO_VIEW_NODES = 150;

    private static final String[] WORDS = {"attack", "arrested", "police", "alliance", "court", "leader",
        "security", "investigation", "fighters", "statement"};

    private QueryBenchmark() {
    }

    /**
     * Measures each kind of query {@code queries} times, and networks grown 1 to {@code maxHops} hops
     * {@code networks} times each (none at 0: each takes seconds on a large store).
     */
    public static void run(StoreReader store, int queries, int networks, int maxHops, long seed,
                           Consumer<Latency> report) {
        List<Entity> entities = store.entities(null, 2_000);
        if (entities.isEmpty()) {
            throw new IllegalArgumentException("the index has no entities to query for");
        }
        Random random = new Random(seed);
        report.accept(measure("search by name", queries, i -> store.search(SearchRequest.of(
                "\"" + pick(entities, random).canonical().replace("\"", "") + "\"", 10))));
        report.accept(measure("search by word", queries, i -> store.search(SearchRequest.of(
                WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)], 10))));
        report.accept(measure("search filtered by entity", queries, i -> store.search(new SearchRequest(
                WORDS[random.nextInt(WORDS.length)], List.of(pick(entities, random).id()), null, null, null, null, 0, 10))));
        report.accept(measure("entity profile", queries, i -> store.profile(pick(entities, random).id(), 10)));
        if (networks > 0) {
            for (int hops = 1; hops <= maxHops; hops++) {
                int h = hops;
                report.accept(measure("ego view, " + hops + (hops == 1 ? " hop" : " hops"), networks, NETWORK_WARM_UP,
                        i -> NetworkMetrics.compute(new EgoViewBuilder(store).build(NetworkSpec.selected(
                                List.of(pick(entities, random).id()), h, List.of(), List.of(), 1, null, null, null,
                                NetworkSpec.Projection.NONE, 1), EGO_VIEW_NODES).network())));
            }
            for (int hops = 1; hops <= maxHops; hops++) {
                int h = hops;
                report.accept(measure(hops == 1 ? "network around an entity" : "network around an entity, " + hops + " hops", networks,
                        NETWORK_WARM_UP, i -> NetworkMetrics.compute(new NetworkBuilder(store).build(NetworkSpec.selected(
                                List.of(pick(entities, random).id()), h, List.of(), List.of(), 1, null, null, null,
                                NetworkSpec.Projection.NONE, 1)))));
            }
        }
    }

    /**
     * The same through the web workspace's JSON API, over HTTP on loopback, as the pages ask for it: a search
     * page (twenty hits with snippets and the facets), the facets of the whole index, a search filtered by
     * an entity, an entity page (profile and its first articles), and the network view grown one hop from an
     * entity (its best-connected nodes, with metrics).
     */
    public static void runWeb(StoreReader store, int queries, int networks, long seed, Consumer<Latency> report)
            throws IOException {
        List<Entity> entities = store.entities(null, 2_000);
        if (entities.isEmpty()) {
            throw new IllegalArgumentException("the index has no entities to query for");
        }
        Random random = new Random(seed);
        HttpClient http = HttpClient.newHttpClient();
        try (WebServer server = WebServer.start("127.0.0.1", 0, store, () -> {
            throw new IllegalStateException("the query benchmark does not ask for maps");
        })) {
            Consumer<String> get = path -> {
                try {
                    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(server.address().resolve(path)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(path + " answered " + r.statusCode());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            };
            report.accept(measure("web search page", queries, i -> get.accept("/api/search?q="
                    + WORDS[random.nextInt(WORDS.length)] + "+" + WORDS[random.nextInt(WORDS.length)])));
            report.accept(measure("web search page, no words", queries, i -> get.accept("/api/search?q=")));
            report.accept(measure("web search by entity", queries, i -> get.accept("/api/search?q="
                    + WORDS[random.nextInt(WORDS.length)] + "&entity=" + pick(entities, random).id())));
            report.accept(measure("web entity page", queries, i -> get.accept("/api/entities/" + pick(entities, random).id())));
            if (networks > 0) {
                report.accept(measure("web network view", networks, NETWORK_WARM_UP, i -> get.accept("/api/network?hops=1&seed="
                        + pick(entities, random).id())));
            }
        }
    }

    /** Networks take longer than searches: by default a tenth as many of them (at least 10). */
    public static int networkQueries(int queries) {
        return Math.max(10, queries / 10);
    }

    private static Entity pick(List<Entity> entities, Random random) {
        return entities.get(random.nextInt(entities.size()));
    }

    private static Latency measure(String kind, int queries, Consumer<Integer> query) {
        return measure(kind, queries, WARM_UP, query);
    }

    private static Latency measure(String kind, int queries, int warmUp, Consumer<Integer> query) {
        for (int i = 0; i < Math.min(warmUp, queries); i++) {
            query.accept(i); // warm-up
        }
        double[] ms = new double[queries];
        for (int i = 0; i < queries; i++) {
            long t0 = System.nanoTime();
            query.accept(i);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Latency(kind, queries, at(ms, 0.50), at(ms, 0.95), at(ms, 0.99), ms[ms.length - 1]);
    }

    private static double at(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    /** The table's header line. */
    public static String header() {
        return String.format(Locale.ROOT, "%-28s %6s %9s %9s %9s %9s", "ms", "n", "p50", "p95", "p99", "max");
    }

    /** One line per kind, for the terminal. */
    public static String format(Latency l) {
        return String.format(Locale.ROOT, "%-28s %6d %9.1f %9.1f %9.1f %9.1f", l.kind(), l.queries(), l.p50(), l.p95(),
                l.p99(), l.max());
    }
}
