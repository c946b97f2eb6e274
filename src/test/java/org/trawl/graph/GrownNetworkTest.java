package org.trawl.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.bench.ArticleGenerator;
import org.trawl.bench.SyntheticIndex;
import org.trawl.model.Entity;
import org.trawl.nlp.ModelFiles;
import org.trawl.search.LuceneStore;
import org.trawl.store.StoreReader;

/**
 * A network grown from seeds reads only the relations near them, hop by hop; it must be exactly the
 * whole network cut to the entities within the hops: same nodes, same edges with the same weights,
 * articles, years and evidence sentences, for several seeds, hop counts and minimum weights.
 */
class GrownNetworkTest {

    @TempDir
    static Path tmp;

    static StoreReader store;

    @BeforeAll
    static void index() throws Exception {
        SyntheticIndex.write(ArticleGenerator.fromGazetteers(ModelFiles.bundled()), tmp.resolve("index"), 60, 3);
        store = LuceneStore.openForReading(tmp.resolve("index"));
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    @Test
    void grownFromSeedsEqualsTheWholeNetworkCutToTheHops() {
        List<Entity> entities = store.entities(null, 1_000);
        List<List<String>> seedSets = List.of(List.of(entities.get(0).id()), List.of(entities.get(entities.size() / 2).id()),
                List.of(entities.get(3).id(), entities.get(entities.size() - 1).id()));
        int compared = 0;
        for (int minWeight : List.of(1, 2)) {
            Network whole = new NetworkBuilder(store).build(spec(List.of(), 1, minWeight));
            for (List<String> seeds : seedSets) {
                for (int hops = 0; hops <= 2; hops++) {
                    Network grown = new NetworkBuilder(store).build(spec(seeds, hops, minWeight));
                    Set<String> kept = NetworkBuilder.withinHops(seeds, hops, whole.edges());
                    List<String> expected = edges(whole.edges().stream()
                            .filter(e -> kept.contains(e.source()) && kept.contains(e.target())).toList());
                    String what = "seeds " + seeds + ", hops " + hops + ", min weight " + minWeight;
                    assertEquals(expected, edges(grown.edges()), what);
                    Set<String> expectedNodes = new HashSet<>(seeds);
                    whole.edges().stream().filter(e -> kept.contains(e.source()) && kept.contains(e.target()))
                            .forEach(e -> {
                                expectedNodes.add(e.source());
                                expectedNodes.add(e.target());
                            });
                    assertEquals(expectedNodes, grown.nodes().stream().map(NetworkNode::id).collect(Collectors.toSet()), what);
                    compared += grown.edges().size();
                }
            }
        }
        assertTrue(compared > 100, "the comparison covered few edges: " + compared);
    }

    @Test
    void everyEvidenceSentenceComesFromOneOfTheEdgesArticles() {
        Network whole = new NetworkBuilder(store).build(NetworkSpec.selected(List.of(), 1, List.of(), List.of(), 1, null,
                null, null, NetworkSpec.Projection.NONE, 2));
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        int sentences = 0;
        for (NetworkEdge e : whole.edges()) {
            assertTrue(!e.evidence().isEmpty() && e.evidence().size() <= 2, e.toString());
            for (String sentence : e.evidence()) {
                assertTrue(e.documents().stream().anyMatch(d -> texts.computeIfAbsent(d,
                        id -> store.document(id, true).orElseThrow().text().replaceAll("\\s+", " ")).contains(sentence)),
                        "evidence not in the edge's articles: " + sentence);
                sentences++;
            }
        }
        assertTrue(sentences > 1_000, "few sentences checked: " + sentences);
    }

    private static NetworkSpec spec(List<String> seeds, int hops, int minWeight) {
        return NetworkSpec.selected(seeds, hops, List.of(), List.of(), minWeight, null, null, null,
                NetworkSpec.Projection.NONE, 1);
    }

    private static List<String> edges(List<NetworkEdge> edges) {
        List<String> out = new ArrayList<>();
        for (NetworkEdge e : edges) {
            out.add(e.source() + " " + e.type() + " " + e.target() + " w" + e.weight() + " " + new java.util.TreeSet<>(e.documents())
                    + " " + e.firstYear() + "-" + e.lastYear() + " " + e.evidence());
        }
        return out;
    }
}
