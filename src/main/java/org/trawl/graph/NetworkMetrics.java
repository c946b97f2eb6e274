package org.trawl.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Measures of a network, on its undirected weighted projection (edge weights summed over relation types):
 * degree and weighted degree, betweenness and closeness on shortest paths counted in hops (a heavier tie
 * is a stronger one, not a longer one), PageRank, local clustering coefficient, connected components and
 * Louvain communities. The network is first put in a {@link CompactGraph}, on which everything but
 * closeness runs on arrays, in seconds at millions of edges (each checked against JGraphT's result by
 * {@code LargeGraphMetricsTest}). Betweenness is exact (Brandes from every node) while that costs at most
 * {@link #PATH_WORK} arc visits, and above it is estimated from as many sampled sources as that budget
 * allows ({@link #betweennessSources}); closeness comes from JGraphT while a graph's nodes × arcs stay
 * within {@link #CLOSENESS_WORK}, and is left out above.
 */
public final class NetworkMetrics {

    /** The arc visits betweenness may take: all of them (exact) or a sample of sources that fits. */
    static final long PATH_WORK = 400_000_000L;
    /** The most nodes × arcs for which JGraphT's closeness (a search from every node, on maps) is run. */
    static final long CLOSENESS_WORK = 25_000_000L;
    /** Most sources sampled when betweenness is estimated; fewer on graphs so large that each costs seconds. */
    public static final int BETWEENNESS_SOURCES = 256;
    static final int MIN_BETWEENNESS_SOURCES = 48;

    private NetworkMetrics() {
    }

    public static Network compute(Network network) {
        List<NetworkNode> nodes = network.nodes();
        Map<String, Integer> index = new HashMap<>(nodes.size() * 2);
        for (NetworkNode n : nodes) {
            index.put(n.id(), index.size());
        }
        int m = network.edges().size();
        int[] a = new int[m];
        int[] b = new int[m];
        double[] w = new double[m];
        for (int i = 0; i < m; i++) {
            NetworkEdge e = network.edges().get(i);
            a[i] = index.get(e.source());
            b[i] = index.get(e.target());
            w[i] = e.weight();
        }
        CompactGraph g = CompactGraph.undirected(nodes.size(), a, b, w, m);

        double[] pagerank = WeightedPageRank.compute(g);
        int[] component = Components.of(g);
        int[] community = Louvain.communities(g);
        double[] betweenness = SampledBetweenness.compute(g, betweennessSources(g), 1L);
        double[] clustering = LocalClustering.compute(g);
        double[] closeness = (long) g.size() * g.arcs() <= CLOSENESS_WORK
                ? scores(new ClosenessCentrality<>(jgrapht(g)).getScores(), g.size()) : null;

        List<NetworkNode> measured = new ArrayList<>(nodes.size());
        for (int v = 0; v < nodes.size(); v++) {
            Map<String, Double> metrics = new HashMap<>();
            metrics.put("degree", (double) g.degree(v));
            metrics.put("weighted_degree", g.strength(v));
            metrics.put("pagerank", pagerank[v]);
            metrics.put("clustering", clustering[v]);
            metrics.put("betweenness", betweenness[v]);
            if (closeness != null) {
                metrics.put("closeness", closeness[v]);
            }
            measured.add(new NetworkNode(nodes.get(v).entity(), metrics, component[v], community[v]));
        }
        return new Network(measured, network.edges());
    }

    /**
     * Every node (exact betweenness) when that fits {@link #PATH_WORK}; else as many sources as fit, within
     * [MIN_BETWEENNESS_SOURCES, BETWEENNESS_SOURCES].
     */
    static int betweennessSources(CompactGraph g) {
        long perSource = Math.max(1, 2L * g.arcs()); // each source walks every arc forward, then back
        if (g.size() * perSource <= PATH_WORK) {
            return g.size();
        }
        return (int) Math.min(g.size(), Math.max(MIN_BETWEENNESS_SOURCES, Math.min(BETWEENNESS_SOURCES, PATH_WORK / perSource)));
    }

    /** The graph for JGraphT's closeness: unweighted, since paths are counted in hops. */
    private static Graph<Integer, DefaultEdge> jgrapht(CompactGraph g) {
        Graph<Integer, DefaultEdge> out = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < g.size(); v++) {
            out.addVertex(v);
        }
        for (int v = 0; v < g.size(); v++) {
            for (int k = g.first(v); k < g.first(v + 1); k++) {
                if (v < g.head(k)) {
                    out.addEdge(v, g.head(k));
                }
            }
        }
        return out;
    }

    private static double[] scores(Map<Integer, Double> byNode, int n) {
        double[] out = new double[n];
        for (int v = 0; v < n; v++) {
            out[v] = byNode.getOrDefault(v, 0.0);
        }
        return out;
    }
}
