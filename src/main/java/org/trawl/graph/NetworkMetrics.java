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
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Measures of a network, on its undirected weighted projection (edge weights summed over relation types):
 * degree and weighted degree, betweenness and closeness (exact, with JGraphT, up to
 * {@link #PATH_METRICS_MAX_NODES} nodes; left out above, where they would take minutes), PageRank,
 * local clustering coefficient, connected components and Louvain communities.
 */
public final class NetworkMetrics {

    public static final int PATH_METRICS_MAX_NODES = 5_000;

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
        Map<String, Double> clustering = new ClusteringCoefficient<>(g).getScores();
        boolean paths = g.vertexSet().size() <= PATH_METRICS_MAX_NODES;
        Map<String, Double> betweenness = paths ? new BetweennessCentrality<>(g, true).getScores() : Map.of();
        Map<String, Double> closeness = paths ? new ClosenessCentrality<>(g).getScores() : Map.of();

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

        List<NetworkNode> nodes = new ArrayList<>(network.nodes().size());
        for (NetworkNode n : network.nodes()) {
            String v = n.id();
            Map<String, Double> m = new HashMap<>();
            m.put("degree", (double) g.degreeOf(v));
            m.put("weighted_degree", g.edgesOf(v).stream().mapToDouble(g::getEdgeWeight).sum());
            m.put("pagerank", pagerank.getOrDefault(v, 0.0));
            m.put("clustering", clustering.getOrDefault(v, 0.0));
            if (paths) {
                m.put("betweenness", betweenness.getOrDefault(v, 0.0));
                m.put("closeness", closeness.getOrDefault(v, 0.0));
            }
            nodes.add(new NetworkNode(n.entity(), m, component.getOrDefault(v, -1), community[index.get(v)]));
        }
        return new Network(nodes, network.edges());
    }
}
