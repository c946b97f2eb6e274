package org.trawl.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Measures of a network, on its undirected weighted projection (edge weights summed over relation types):
 * degree and weighted degree, betweenness and closeness on shortest paths counted in hops (a heavier tie
 * is a stronger one, not a longer one), PageRank, local clustering coefficient, connected components and
 * Louvain communities. Up to {@link #PATH_METRICS_MAX_NODES} nodes betweenness, closeness and clustering
 * come from JGraphT; above, where those would take minutes, betweenness is estimated from
 * {@link #BETWEENNESS_SOURCES} sampled sources, clustering is counted by {@link LocalClustering}'s faster
 * triangle listing (same values), and closeness is left out.
 */
public final class NetworkMetrics {

    public static final int PATH_METRICS_MAX_NODES = 5_000;
    public static final int BETWEENNESS_SOURCES = 256;

    private NetworkMetrics() {
    }

    public static Network compute(Network network) {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        network.nodes().forEach(n -> g.addVertex(n.id()));
        for (NetworkEdge e : network.edges()) {
            DefaultWeightedEdge x = g.getEdge(e.source(), e.target());
            if (x == null) {
                x = g.addEdge(e.source(), e.target());
                g.setEdgeWeight(x, e.weight());
            } else {
                g.setEdgeWeight(x, g.getEdgeWeight(x) + e.weight());
            }
        }
        Map<String, Double> pagerank = new PageRank<>(g).getScores();
        boolean exact = g.vertexSet().size() <= PATH_METRICS_MAX_NODES;
        Graph<String, DefaultWeightedEdge> hops = new AsUnweightedGraph<>(g);
        Map<String, Double> betweenness = exact ? new BetweennessCentrality<>(hops, true).getScores() : null;
        Map<String, Double> closeness = exact ? new ClosenessCentrality<>(hops).getScores() : Map.of();

        Map<String, Integer> component = new HashMap<>();
        List<Set<String>> components = new ArrayList<>(new ConnectivityInspector<>(g).connectedSets());
        components.sort((a, b) -> Integer.compare(b.size(), a.size()));
        for (int i = 0; i < components.size(); i++) {
            for (String v : components.get(i)) {
                component.put(v, i);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        List<Map<Integer, Double>> adjacency = new ArrayList<>();
        for (NetworkNode n : network.nodes()) {
            index.put(n.id(), index.size());
            adjacency.add(new HashMap<>());
        }
        for (DefaultWeightedEdge e : g.edgeSet()) {
            int a = index.get(g.getEdgeSource(e));
            int b = index.get(g.getEdgeTarget(e));
            adjacency.get(a).merge(b, g.getEdgeWeight(e), Double::sum);
            adjacency.get(b).merge(a, g.getEdgeWeight(e), Double::sum);
        }
        int[] community = Louvain.communities(adjacency);
        int[][] neighbours = neighbours(adjacency);
        double[] sampled = exact ? null : SampledBetweenness.compute(neighbours, BETWEENNESS_SOURCES, 1L);
        Map<String, Double> clustering = exact ? new ClusteringCoefficient<>(g).getScores() : null;
        double[] triangles = exact ? null : LocalClustering.compute(neighbours);

        List<NetworkNode> nodes = new ArrayList<>(network.nodes().size());
        for (NetworkNode n : network.nodes()) {
            String v = n.id();
            Map<String, Double> m = new HashMap<>();
            m.put("degree", (double) g.degreeOf(v));
            m.put("weighted_degree", g.edgesOf(v).stream().mapToDouble(g::getEdgeWeight).sum());
            m.put("pagerank", pagerank.getOrDefault(v, 0.0));
            m.put("clustering", exact ? clustering.getOrDefault(v, 0.0) : triangles[index.get(v)]);
            m.put("betweenness", exact ? betweenness.getOrDefault(v, 0.0) : sampled[index.get(v)]);
            if (exact) {
                m.put("closeness", closeness.getOrDefault(v, 0.0));
            }
            nodes.add(new NetworkNode(n.entity(), m, component.getOrDefault(v, -1), community[index.get(v)]));
        }
        return new Network(nodes, network.edges());
    }

    private static int[][] neighbours(List<Map<Integer, Double>> adjacency) {
        int[][] out = new int[adjacency.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = adjacency.get(i).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return out;
    }
}
