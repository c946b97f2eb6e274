package org.trawl.graph;

import java.util.List;

/** A person/group/place network built from the index: nodes and edges, immutable. */
public record Network(List<NetworkNode> nodes, List<NetworkEdge> edges) {

    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
