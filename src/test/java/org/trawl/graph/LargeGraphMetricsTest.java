package org.trawl.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/**
 * The large-graph measures against JGraphT's: the sampled betweenness equals the exact one from every
 * source and estimates it from a sample; the triangle-listing clustering equals JGraphT's.
 */
class LargeGraphMetricsTest {

    @Test
    void allSourcesGiveTheExactValuesAndASampleComesClose() {
        Random random = new Random(3);
        int n = 300;
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        List<TreeSet<Integer>> adjacency = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            g.addVertex(i);
            adjacency.add(new TreeSet<>());
        }
        for (int i = 1; i < n; i++) { // a preferential-attachment graph: a few hubs, as in real networks
            for (int e = 0; e < 2; e++) {
                int j = random.nextInt(i);
                if (random.nextBoolean() && !adjacency.get(j).isEmpty()) {
                    j = adjacency.get(j).first();
                }
                if (j != i && adjacency.get(i).add(j)) {
                    adjacency.get(j).add(i);
                    g.addEdge(i, j);
                }
            }
        }
        int[][] neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            neighbours[i] = adjacency.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        Map<Integer, Double> exact = new BetweennessCentrality<>(g, true).getScores();

        Map<Integer, Double> clustering = new ClusteringCoefficient<>(g).getScores();
        double[] triangles = LocalClustering.compute(neighbours);
        for (int v = 0; v < n; v++) {
            assertEquals(clustering.get(v), triangles[v], 1e-9, "clustering of node " + v);
        }

        double[] all = SampledBetweenness.compute(neighbours, n, 1);
        for (int v = 0; v < n; v++) {
            assertEquals(exact.get(v), all[v], 1e-9, "node " + v);
        }

        double[] sample = SampledBetweenness.compute(neighbours, 100, 1);
        int top = 0;
        for (int v = 1; v < n; v++) {
            top = exact.get(v) > exact.get(top) ? v : top;
        }
        assertEquals(exact.get(top), sample[top], 0.25 * exact.get(top), "the top broker's estimate");
        int sampleTop = 0;
        for (int v = 1; v < n; v++) {
            sampleTop = sample[v] > sample[sampleTop] ? v : sampleTop;
        }
        assertTrue(exact.get(sampleTop) >= 0.7 * exact.get(top), "the estimated top broker is a real broker");
    }
}
