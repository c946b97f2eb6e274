package org.trawl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.graph.Network;
import org.trawl.graph.NetworkBuilder;
import org.trawl.graph.NetworkSpec;
import org.trawl.model.Entity;
import org.trawl.search.Stores;
import org.trawl.solr.SolrClusterFixture;
import org.trawl.store.EntityProfile;
import org.trawl.store.IndexStats;
import org.trawl.store.SearchHit;
import org.trawl.store.SearchRequest;
import org.trawl.store.StoreLocation;
import org.trawl.store.StoreReader;

/**
 * The cluster gives the embedded index's answers: the sample corpus and generated articles ingested with
 * {@code trawl ingest} into an index folder and into a SolrCloud collection (two nodes and ZooKeeper, each
 * in its own JVM) give the same counts, search hits, entity profiles and networks. Also the one-line errors
 * of a store that cannot be reached or does not exist. {@code -Dtrawl.equivalence.articles=N} sets how many
 * generated articles (default {@value #DEFAULT_ARTICLES}, as the issue asks).
 */
class ClusterEquivalenceTest {

    static final int DEFAULT_ARTICLES = 500;

    @TempDir
    static Path tmp;

    static SolrClusterFixture cluster;
    static StoreLocation embedded;
    static StoreLocation solr;
    static Cli ingestedEmbedded;
    static Cli ingestedSolr;

    @BeforeAll
    static void ingestIntoBoth() {
        cluster = SolrClusterFixture.start(tmp);
        if (cluster == null) {
            return;
        }
        cluster.clear();
        int n = Integer.getInteger("trawl.equivalence.articles", DEFAULT_ARTICLES);
        Path generated = tmp.resolve("generated");
        Cli gen = Cli.run("bench", "generate", Integer.toString(n), generated.toString());
        assertEquals(0, gen.status(), gen.err());
        Path index = tmp.resolve("index");
        embedded = StoreLocation.folder(index);
        solr = cluster.location();
        ingestedEmbedded = Cli.run("ingest", "corpus", generated.toString(), "--index", index.toString(),
                "--threads", "1", "--quiet");
        ingestedSolr = Cli.run("ingest", "corpus", generated.toString(), "--store", solr.toString(),
                "--threads", "1", "--quiet");
    }

    @AfterAll
    static void stopCluster() {
        SolrClusterFixture.stop(cluster);
    }

    @BeforeEach
    void needsTheCluster() {
        SolrClusterFixture.assumeRunning(cluster);
    }

    /** Reads the same from both stores, compares the answers, and returns the embedded index's. */
    private static <T> T onBoth(Function<StoreReader, T> read, java.util.function.BiConsumer<T, T> compare)
            throws Exception {
        try (StoreReader a = Stores.openReader(embedded); StoreReader b = Stores.openReader(solr)) {
            T expected = read.apply(a);
            compare.accept(expected, read.apply(b));
            return expected;
        }
    }

    @Test
    void bothIngestsSucceedAndTheCountsAreTheSame() throws Exception {
        assertEquals(0, ingestedEmbedded.status(), ingestedEmbedded.err());
        assertEquals(0, ingestedSolr.status(), ingestedSolr.err());
        assertTrue(ingestedSolr.out().contains(solr.toString()), ingestedSolr.out());
        IndexStats s = onBoth(r -> r.stats(10), (e, a) -> {
            assertEquals(e.documents(), a.documents(), "documents");
            assertEquals(e.mentions(), a.mentions(), "mentions");
            assertEquals(e.entities(), a.entities(), "entities");
            assertEquals(e.relations(), a.relations(), "relations");
            assertEquals(e.typedRelations(), a.typedRelations(), "typed relations");
            assertEquals(e.paths(), a.paths(), "paths");
            assertEquals(e.entitiesByType(), a.entitiesByType());
            assertEquals(e.mentionsByType(), a.mentionsByType());
            assertEquals(e.relationsByType(), a.relationsByType());
            assertEquals(e.topEntities().stream().map(Entity::mentions).toList(),
                    a.topEntities().stream().map(Entity::mentions).toList(), "top entities' counts");
        });
        assertTrue(s.documents() > 5 && s.relations() > 100, "a real corpus: " + s);
        onBoth(r -> entityTable(r.entities(null, 0)), (e, a) -> assertEquals(e, a, "every entity's counts and names"));
    }

    /** Every entity as id → type, mentions, articles and its names (as a set: their order follows ingest). */
    private static Map<String, String> entityTable(List<Entity> entities) {
        Map<String, String> out = new TreeMap<>();
        entities.forEach(e -> out.put(e.id(), e.type() + " " + e.canonical() + " " + e.mentions() + " " + e.documents()
                + " " + new TreeSet<>(e.names())));
        return out;
    }

    @Test
    void searchesGiveTheSameHitsInTheSameOrder() throws Exception {
        for (String query : List.of("Choudary", "London", "\"Islamic State\"", "Syria OR Iraq", "police -London",
                "al-Qaeda", "minist*", "")) {
            onBoth(r -> r.search(SearchRequest.of(query, 1_000)), (e, a) -> {
                assertEquals(e.total(), a.total(), "hits of '" + query + "'");
                assertEquals(tieGroups(e.hits()), tieGroups(a.hits()), "hits of '" + query + "' in order");
            });
        }
        // a fuzzy query's terms are chosen and their scores blended on each shard, from the shard's own term
        // statistics, so on a cluster the same articles match in another order
        onBoth(r -> r.search(SearchRequest.of("Baghdadi~1", 1_000)), (e, a) -> assertEquals(
                new HashSet<>(e.hits().stream().map(h -> h.document().id()).toList()),
                new HashSet<>(a.hits().stream().map(h -> h.document().id()).toList()), "the same fuzzy matches"));
        onBoth(r -> r.facets(SearchRequest.of("London", 10), 5), (e, a) -> {
            assertEquals(e.total(), a.total());
            assertEquals(e.types(), a.types());
            assertEquals(e.sources(), a.sources());
            assertEquals(e.years(), a.years());
        });
    }

    /**
     * The hits' ids in rank order, as sets of those whose scores tie (within a relative 1e-4: the two
     * backends sum the same floats in other orders) or, without query text, whose dates tie.
     */
    private static List<Set<String>> tieGroups(List<SearchHit> hits) {
        List<Set<String>> groups = new ArrayList<>();
        Object last = null;
        for (SearchHit h : hits) {
            Object key = h.score() == 0f ? (Object) String.valueOf(h.document().published()) : (Object) h.score();
            boolean tie = last != null && (key instanceof Float f && last instanceof Float l
                    ? Math.abs(f - l) <= 1e-4 * Math.max(Math.abs(f), Math.abs(l)) : key.equals(last));
            if (!tie) {
                groups.add(new HashSet<>());
            }
            groups.get(groups.size() - 1).add(h.document().id());
            last = key;
        }
        return groups;
    }

    @Test
    void entityProfilesAreTheSame() throws Exception {
        List<Entity> top = onBoth(r -> r.entities(null, 15), (e, a) -> assertEquals(
                e.stream().map(Entity::mentions).toList(), a.stream().map(Entity::mentions).toList(),
                "the most mentioned (which of those tied comes first follows each store's order)"));
        for (String id : top.stream().map(Entity::id).toList()) {
            onBoth(r -> profile(r.profile(id, 10)), (e, a) -> assertEquals(e, a, "profile of " + id));
        }
    }

    /** A profile without its evidence sentences (which of several is shown follows the store's order). */
    private static List<String> profile(EntityProfile p) {
        List<String> out = new ArrayList<>();
        out.add(p.entity().id() + " " + p.entity().mentions() + " " + p.entity().documents() + " scored "
                + p.score().scored() + String.format(java.util.Locale.ROOT, " %.6f", p.score().score()));
        for (EntityProfile.Link l : p.relations()) {
            out.add(l.type() + (l.outgoing() ? ">" : "<") + l.other().id() + "x" + l.count());
        }
        for (EntityProfile.Link l : p.cooccurring()) {
            out.add("co " + l.other().id() + "x" + l.count());
        }
        return out;
    }

    @Test
    void networksAreTheSameWholeAndAroundASeedWithTwoHops() throws Exception {
        String seed = onBoth(r -> r.entities(null, 1).get(0).id(), (e, a) -> assertEquals(e, a));
        for (NetworkSpec spec : List.of(
                NetworkSpec.selected(List.of(), 0, List.of(), List.of(), 1, null, null, null,
                        NetworkSpec.Projection.NONE, 0),
                NetworkSpec.selected(List.of(seed), 2, List.of(), List.of(), 1, null, null, null,
                        NetworkSpec.Projection.NONE, 0))) {
            Set<String> nodes = onBoth(r -> graph(new NetworkBuilder(r).build(spec)), (e, a) -> assertEquals(e, a,
                    "network " + spec)).nodes;
            assertFalse(nodes.isEmpty());
        }
    }

    /** A network's nodes and its edges with their weights and articles. */
    private record Graph(Set<String> nodes, Set<String> edges) {
    }

    private static Graph graph(Network n) {
        Set<String> nodes = new TreeSet<>();
        n.nodes().forEach(x -> nodes.add(x.entity().id()));
        Set<String> edges = new TreeSet<>();
        n.edges().forEach(e -> edges.add(e.source() + " " + e.type() + " " + e.target() + " " + e.weight() + " "
                + new TreeSet<>(e.documents()) + " " + e.firstYear() + "-" + e.lastYear()));
        return new Graph(nodes, edges);
    }

    @Test
    void aStoreThatCannotBeReachedOrIsMissingIsOneLineAndExitOne() throws Exception {
        Cli missing = Cli.run("stats", "--store", solr.toString().replaceAll("/trawl$", "/no_such_collection"));
        assertEquals(1, missing.status(), missing.out() + missing.err());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().contains("no collection 'no_such_collection'"), missing.err());
        Cli unreachable = Cli.run("search", "x", "--store", "http://127.0.0.1:9/solr/trawl");
        assertEquals(1, unreachable.status(), unreachable.out() + unreachable.err());
        assertEquals(1, unreachable.err().lines().count(), unreachable.err());
        assertTrue(unreachable.err().contains("cannot reach the Solr store http://127.0.0.1:9/solr/trawl"),
                unreachable.err());
        for (Cli c : List.of(missing, unreachable)) {
            assertFalse(c.err().contains("Exception") || c.err().contains("\tat "), c.err());
        }
        Cli viaZooKeeper = Cli.run("stats", "--store", cluster.zkStore(), "--json");
        assertEquals(0, viaZooKeeper.status(), viaZooKeeper.err());
        try (StoreReader r = Stores.openReader(solr)) {
            assertTrue(viaZooKeeper.out().contains("\"documents\" : " + r.stats(0).documents()),
                    "solr:ZKHOST/COLLECTION finds the nodes through ZooKeeper: " + viaZooKeeper.out());
        }
        Cli both = Cli.run("stats", "--store", solr.toString(), "--index", tmp.resolve("index").toString());
        assertEquals(2, both.status(), both.err());
        assertTrue(both.err().contains("--index and --store name two stores"), both.err());
    }

    @Test
    void benchIndexWritesTheSameGeneratedArticlesIntoACollectionAsIntoAFolder() throws Exception {
        String bench = cluster.zkStore().replaceAll("/trawl$", "/bench");
        Cli init = Cli.run("cluster", "init", "--store", bench, "--shards", "2", "--replicas", "1");
        assertEquals(0, init.status(), init.out() + init.err());
        Path folder = tmp.resolve("bench-index");
        Cli intoFolder = Cli.run("bench", "index", "40", "--index", folder.toString());
        Cli intoCluster = Cli.run("bench", "index", "40", "--store", bench);
        assertEquals(0, intoFolder.status(), intoFolder.err());
        assertEquals(0, intoCluster.status(), intoCluster.err());
        assertTrue(intoCluster.out().startsWith("wrote 40 articles"), intoCluster.out());
        try (StoreReader a = Stores.openReader(StoreLocation.folder(folder));
             StoreReader b = Stores.openReader(Stores.location(bench))) {
            IndexStats e = a.stats(0);
            IndexStats c = b.stats(0);
            assertEquals(40, e.documents());
            assertEquals(List.of(e.documents(), e.mentions(), e.entities(), e.relations(), e.typedRelations()),
                    List.of(c.documents(), c.mentions(), c.entities(), c.relations(), c.typedRelations()));
        }
        Cli queries = Cli.run("bench", "queries", "--store", bench, "--queries", "3", "--networks", "2");
        assertEquals(0, queries.status(), queries.err());
        assertTrue(queries.out().startsWith("40 articles in "), queries.out());
    }
}
