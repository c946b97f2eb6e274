package org.trawl.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.bench.ArticleGenerator;
import org.trawl.bench.SyntheticIndex;
import org.trawl.model.Entity;
import org.trawl.model.EntityType;
import org.trawl.nlp.ModelFiles;
import org.trawl.search.LuceneStore;
import org.trawl.store.StoreReader;

/**
 * The bounded view of a grown network: within its node budget, made of the seeds' strongest ties, with
 * every edge among its entities exactly as the whole grown network has it; and, when everything fits, the
 * grown network itself.
 */
class EgoViewBuilderTest {

    @TempDir
    static Path tmp;

    static StoreReader store;

    @BeforeAll
    static void index() throws Exception {
        SyntheticIndex.write(ArticleGenerator.fromGazetteers(ModelFiles.bundled()), tmp.resolve("index"), 60, 5);
        store = LuceneStore.openForReading(tmp.resolve("index"));
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    @Test
    void whenEverythingFitsTheViewIsTheGrownNetwork() {
        for (String seed : seeds()) {
            for (int hops = 1; hops <= 2; hops++) {
                for (int minWeight : List.of(1, 2)) {
                    Network grown = new NetworkBuilder(store).build(spec(seed, hops, minWeight));
                    EgoViewBuilder.EgoView view = new EgoViewBuilder(store).build(spec(seed, hops, minWeight), 100_000);
                    String what = seed + ", hops " + hops + ", min weight " + minWeight;
                    assertTrue(view.complete(), what);
                    assertEquals(edges(grown), edges(view.network()), what);
                    assertEquals(ids(grown), ids(view.network()), what);
                    assertEquals(grown.nodes().size(), view.reachedNodes(), what);
                    assertEquals(grown.edges().size(), view.reachedEdges(), what);
                }
            }
        }
    }

    @Test
    void aSmallViewKeepsTheSeedsStrongestTiesWithTheirEdgesUnchanged() {
        int cut = 0;
        for (String seed : seeds()) {
            for (int hops = 1; hops <= 2; hops++) {
                Network grown = new NetworkBuilder(store).build(spec(seed, hops, 1));
                EgoViewBuilder.EgoView view = new EgoViewBuilder(store).build(spec(seed, hops, 1), 8);
                Set<String> shown = ids(view.network());
                String what = seed + ", hops " + hops;
                assertTrue(shown.size() <= 8 && shown.contains(seed), what + ": " + shown);
                assertTrue(ids(grown).containsAll(shown), what);
                Set<String> expected = grown.edges().stream()
                        .filter(e -> shown.contains(e.source()) && shown.contains(e.target()))
                        .map(EgoViewBuilderTest::edge).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(expected, edges(view.network()), what);
                if (grown.nodes().size() > 8) {
                    cut++;
                    assertFalse(view.complete(), what);
                    assertEquals(8, shown.size(), what);
                    assertTrue(view.reachedNodes() > shown.size() && view.reachedNodes() <= grown.nodes().size(), what);
                    if (hops == 1) {
                        assertEquals(grown.nodes().size(), view.reachedNodes(), what);
                        Map<String, Integer> tie = ties(grown, seed);
                        int weakestShown = shown.stream().filter(id -> !id.equals(seed)).mapToInt(tie::get).min().orElseThrow();
                        int strongestLeft = tie.entrySet().stream().filter(t -> !shown.contains(t.getKey()))
                                .mapToInt(Map.Entry::getValue).max().orElseThrow();
                        assertTrue(weakestShown >= strongestLeft, what + ": " + weakestShown + " < " + strongestLeft);
                    } else {
                        assertTrue(shown.stream().anyMatch(id -> !tie(grown, seed, id)),
                                what + ": two hops reach past the seed's own ties");
                    }
                }
            }
        }
        assertTrue(cut >= 2, "few views were cut: " + cut);
    }

    @Test
    void edgeSummariesGiveTheViewTheRelationsGive() {
        assertTrue(store.keepsEdgeSummaries(), "an index written now keeps edge summaries");
        StoreReader withoutSummaries = (StoreReader) Proxy.newProxyInstance(StoreReader.class.getClassLoader(),
                new Class<?>[] {StoreReader.class}, (proxy, method, args) -> {
                    if (method.getName().equals("keepsEdgeSummaries")) {
                        return false;
                    }
                    if (method.getName().equals("forEachEdge")) {
                        throw new AssertionError("summaries read from a store that keeps none");
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        for (String seed : seeds()) {
            for (int hops = 1; hops <= 2; hops++) {
                for (int max : List.of(8, 40, 100_000)) {
                    EgoViewBuilder.EgoView read = new EgoViewBuilder(store).build(spec(seed, hops, 1), max);
                    EgoViewBuilder.EgoView gathered = new EgoViewBuilder(withoutSummaries).build(spec(seed, hops, 1), max);
                    String what = seed + ", hops " + hops + ", at most " + max;
                    assertEquals(edges(gathered.network()), edges(read.network()), what);
                    assertEquals(gathered.network().nodes().stream().map(NetworkNode::id).toList(),
                            read.network().nodes().stream().map(NetworkNode::id).toList(), what);
                    assertEquals(List.of(gathered.reachedNodes(), gathered.reachedEdges()),
                            List.of(read.reachedNodes(), read.reachedEdges()), what);
                    assertEquals(gathered.complete(), read.complete(), what);
                }
            }
        }
    }

    @Test
    void onlyPlainGrownNetworksAreServed() {
        String seed = seeds().get(0);
        assertTrue(EgoViewBuilder.serves(spec(seed, 1, 1)));
        NetworkSpec people = NetworkSpec.selected(List.of(seed), 1, List.of(EntityType.PERSON), List.of(), 1, null, null,
                null, NetworkSpec.Projection.NONE, 1);
        NetworkSpec dated = NetworkSpec.selected(List.of(seed), 1, List.of(), List.of(), 1, 2015, null, null,
                NetworkSpec.Projection.NONE, 1);
        NetworkSpec whole = NetworkSpec.selected(List.of(), 1, List.of(), List.of(), 1, null, null, null,
                NetworkSpec.Projection.NONE, 1);
        for (NetworkSpec s : List.of(people, dated, whole)) {
            assertFalse(EgoViewBuilder.serves(s), s.toString());
            assertThrows(IllegalArgumentException.class, () -> new EgoViewBuilder(store).build(s, 10));
        }
    }

    /** The most mentioned entity, one from the middle and one of the least. */
    private static List<String> seeds() {
        List<Entity> entities = store.entities(null, 1_000);
        return List.of(entities.get(0).id(), entities.get(1).id(), entities.get(entities.size() / 3).id());
    }

    private static Map<String, Integer> ties(Network n, String seed) {
        Map<String, Integer> out = new HashMap<>();
        for (NetworkEdge e : n.edges()) {
            if (e.source().equals(seed) || e.target().equals(seed)) {
                out.merge(e.source().equals(seed) ? e.target() : e.source(), e.weight(), Integer::sum);
            }
        }
        return out;
    }

    private static boolean tie(Network n, String a, String b) {
        return n.edges().stream().anyMatch(e -> e.source().equals(a) && e.target().equals(b)
                || e.source().equals(b) && e.target().equals(a));
    }

    private static NetworkSpec spec(String seed, int hops, int minWeight) {
        return NetworkSpec.selected(List.of(seed), hops, List.of(), List.of(), minWeight, null, null, null,
                NetworkSpec.Projection.NONE, 1);
    }

    private static Set<String> ids(Network n) {
        return n.nodes().stream().map(NetworkNode::id).collect(Collectors.toSet());
    }

    private static Set<String> edges(Network n) {
        return n.edges().stream().map(EgoViewBuilderTest::edge).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String edge(NetworkEdge e) {
        return e.source() + " " + e.type() + " " + e.target() + " w" + e.weight() + " " + e.articles()
                + " " + e.firstYear() + "-" + e.lastYear() + " " + e.evidence();
    }
}
