package org.trawl.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Measures of a network, on its undirected weighted projection (edge weights summed over relation types):
 * degree and weighted degree, betweenness and closeness on shortest paths counted in hops (a heavier tie
 * is a stronger one, not a longer one), PageRank, local clustering coefficient, connected components and
 * Louvain communities. The network is first put in a {@link CompactGraph}, on which PageRank, components,
 * communities and the large-graph measures run in seconds at millions of edges. Up to
 * {@link #PATH_METRICS_MAX_NODES} nodes, betweenness, closeness and clustering come from JGraphT, exact;
 * above, betweenness is estimated from sampled sources ({@link #betweennessSources}), clustering is counted
 * by {@link LocalClustering}'s triangle listing (same values), and closeness is left out.
 */
public final class NetworkMetrics {

    public static final int PATH_METRICS_MAX_NODES = 5_000;
    /** Most sources sampled for betweenness; fewer on graphs so large that each costs seconds. */
    public static final int BETWEENNESS_SOURCES = 256;
    static final int MIN_BETWEENNESS_SOURCES = 48;
    /** The arcs that sampled betweenness may walk in all, which sets the number of sources on large graphs. */
    static final long BETWEENNESS_ARC_BUDGET = 400_000_000L;

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
        boolean exact = g.size() <= PATH_METRICS_MAX_NODES;
        double[] betweenness;
        double[] clustering;
        double[] closeness = null;
        if (exact) {
            Graph<Integer, DefaultEdge> hops = jgrapht(g);
            betweenness = scores(new BetweennessCentrality<>(hops, true).getScores(), g.size());
            closeness = scores(new ClosenessCentrality<>(hops).getScores(), g.size());
            clustering = scores(new ClusteringCoefficient<>(hops).getScores(), g.size());
        } else {
            betweenness = SampledBetweenness.compute(g, betweennessSources(g), 1L);
            clustering = LocalClustering.compute(g);
        }

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

    /** As many sources as fit the budget of arcs walked, within [MIN_BETWEENNESS_SOURCES, BETWEENNESS_SOURCES]. */
    static int betweennessSources(CompactGraph g) {
        long perSource = Math.max(1, 2L * g.arcs());
        return (int) Math.max(MIN_BETWEENNESS_SOURCES, Math.min(BETWEENNESS_SOURCES, BETWEENNESS_ARC_BUDGET / perSource));
    }

    /** The graph for JGraphT's exact path measures: unweighted, since paths are counted in hops. */
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
