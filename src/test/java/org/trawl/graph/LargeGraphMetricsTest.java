package org.trawl.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The array-based measures against JGraphT's on a weighted preferential-attachment graph (a few hubs, as
 * in real networks), plus a second component: PageRank, components and triangle-listing clustering equal
 * JGraphT's; sampled betweenness equals the exact one from every source and estimates it from a sample;
 * Louvain finds communities of high modularity.
 */
class LargeGraphMetricsTest {

    private static final int N = 300;
    private static Graph<Integer, DefaultWeightedEdge> reference;
    private static CompactGraph graph;

    @BeforeAll
    static void build() {
        Random random = new Random(3);
        reference = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < N; i++) {
            reference.addVertex(i);
        }
        List<int[]> edges = new ArrayList<>();
        int core = N - 20; // the last 20 nodes form a second component, a ring
        for (int i = 1; i < core; i++) {
            for (int e = 0; e < 2; e++) {
                int j = random.nextInt(i);
                if (random.nextBoolean() && reference.degreeOf(j) > 0) {
                    j = reference.getEdgeSource(reference.edgesOf(j).iterator().next());
                }
                if (j != i && !reference.containsEdge(i, j)) {
                    edges.add(new int[] {i, j, 1 + random.nextInt(4)});
                    reference.setEdgeWeight(reference.addEdge(i, j), edges.getLast()[2]);
                }
            }
        }
        for (int i = core; i < N; i++) {
            int j = i + 1 < N ? i + 1 : core;
            edges.add(new int[] {i, j, 1});
            reference.setEdgeWeight(reference.addEdge(i, j), 1);
        }
        int m = edges.size() + 2;
        int[] a = new int[m];
        int[] b = new int[m];
        double[] w = new double[m];
        for (int k = 0; k < edges.size(); k++) {
            a[k] = edges.get(k)[0];
            b[k] = edges.get(k)[1];
            w[k] = edges.get(k)[2];
        }
        // the same tie stated twice (two relation types) sums; a self-loop is dropped
        int[] first = edges.getFirst();
        a[m - 2] = first[1];
        b[m - 2] = first[0];
        w[m - 2] = 2;
        reference.setEdgeWeight(reference.getEdge(first[0], first[1]), first[2] + 2);
        a[m - 1] = 5;
        b[m - 1] = 5;
        w[m - 1] = 9;
        graph = CompactGraph.undirected(N, a, b, w, m);
    }

    @Test
    void theCompactGraphHoldsEachTieOnceEachWay() {
        assertEquals(2 * reference.edgeSet().size(), graph.arcs());
        for (int v = 0; v < N; v++) {
            assertEquals(reference.degreeOf(v), graph.degree(v), "degree of " + v);
            final int node = v;
            double strength = reference.edgesOf(v).stream().mapToDouble(reference::getEdgeWeight).sum();
            assertEquals(strength, graph.strength(v), 1e-9, "weighted degree of " + node);
            for (int k = graph.first(v) + 1; k < graph.first(v + 1); k++) {
                assertTrue(graph.head(k - 1) < graph.head(k), "row " + v + " sorted, without repeats");
            }
        }
    }

    @Test
    void pageRankAndComponentsEqualJGraphT() {
        Map<Integer, Double> expected = new PageRank<>(reference).getScores();
        double[] pagerank = WeightedPageRank.compute(graph);
        for (int v = 0; v < N; v++) {
            assertEquals(expected.get(v), pagerank[v], 1e-9, "PageRank of " + v);
        }
        List<Set<Integer>> sets = new ConnectivityInspector<>(reference).connectedSets();
        int[] component = Components.of(graph);
        assertEquals(2, sets.size());
        for (Set<Integer> set : sets) {
            int label = set.size() > 20 ? 0 : 1; // numbered by decreasing size
            set.forEach(v -> assertEquals(label, component[v], "component of " + v));
        }
    }

    @Test
    void clusteringAndBetweennessEqualJGraphTAndASampleComesClose() {
        Map<Integer, Double> clustering = new ClusteringCoefficient<>(reference).getScores();
        double[] triangles = LocalClustering.compute(graph);
        for (int v = 0; v < N; v++) {
            assertEquals(clustering.get(v), triangles[v], 1e-9, "clustering of node " + v);
        }
        Map<Integer, Double> exact = new BetweennessCentrality<>(
                new org.jgrapht.graph.AsUnweightedGraph<>(reference), true).getScores();
        double[] all = SampledBetweenness.compute(graph, N, 1);
        for (int v = 0; v < N; v++) {
            assertEquals(exact.get(v), all[v], 1e-9, "node " + v);
        }
        double[] sample = SampledBetweenness.compute(graph, 100, 1);
        int top = 0;
        for (int v = 1; v < N; v++) {
            top = exact.get(v) > exact.get(top) ? v : top;
        }
        assertEquals(exact.get(top), sample[top], 0.25 * exact.get(top), "the top broker's estimate");
        int sampleTop = 0;
        for (int v = 1; v < N; v++) {
            sampleTop = sample[v] > sample[sampleTop] ? v : sampleTop;
        }
        assertTrue(exact.get(sampleTop) >= 0.7 * exact.get(top), "the estimated top broker is a real broker");
    }

    @Test
    void louvainFindsCommunitiesOfHighModularityWithinComponents() {
        int[] community = Louvain.communities(graph);
        int[] component = Components.of(graph);
        List<Set<Integer>> partition = new ArrayList<>();
        for (int v = 0; v < N; v++) {
            while (partition.size() <= community[v]) {
                partition.add(new HashSet<>());
            }
            partition.get(community[v]).add(v);
        }
        partition.forEach(p -> assertTrue(p.stream().map(v -> component[v]).distinct().count() == 1,
                "a community lies within one component"));
        for (int c = 1; c < partition.size(); c++) {
            assertTrue(partition.get(c - 1).size() >= partition.get(c).size(), "numbered by decreasing size");
        }
        double modularity = new UndirectedModularityMeasurer<>(reference).modularity(partition);
        assertTrue(modularity > 0.4, "modularity " + modularity);
        assertArrayEquals(community, Louvain.communities(graph), "the same communities every time");
    }

    @Test
    void largeGraphsSampleSourcesWithinTheBounds() {
        assertEquals(N, NetworkMetrics.betweennessSources(graph), "a small graph: every node, exact");
        int n = 200_000;
        int m = 3_000_000;
        int[] a = new int[m];
        int[] b = new int[m];
        Random random = new Random(1);
        for (int i = 0; i < m; i++) {
            a[i] = random.nextInt(n);
            b[i] = random.nextInt(n);
        }
        int sources = NetworkMetrics.betweennessSources(CompactGraph.undirected(n, a, b, new double[m], m));
        assertTrue(sources >= NetworkMetrics.MIN_BETWEENNESS_SOURCES && sources < NetworkMetrics.BETWEENNESS_SOURCES,
                "sources " + sources);
    }
}
