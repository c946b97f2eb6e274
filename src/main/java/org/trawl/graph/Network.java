package org.trawl.graph;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** A person/group/place network built from the index: nodes and edges, immutable. */
public record Network(List<NetworkNode> nodes, List<NetworkEdge> edges) {

    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * The part of the network a picture or a screen can show: the {@code max} nodes of highest weighted
     * degree, strongest first (the {@code kept} ones always, before the rest), and the edges between them.
     * Nodes should carry metrics.
     */
    public Network mostConnected(int max, Collection<String> kept) {
        Comparator<NetworkNode> strongest = Comparator.comparingDouble((NetworkNode n) -> n.metric("weighted_degree"))
                .reversed().thenComparing(NetworkNode::id);
        List<NetworkNode> shown = Stream.concat(
                nodes.stream().filter(n -> kept.contains(n.id())),
                nodes.stream().filter(n -> !kept.contains(n.id())).sorted(strongest)).limit(max).toList();
        Set<String> ids = new HashSet<>();
        shown.forEach(n -> ids.add(n.id()));
        return new Network(shown, edges.stream().filter(e -> ids.contains(e.source()) && ids.contains(e.target())).toList());
    }
}
