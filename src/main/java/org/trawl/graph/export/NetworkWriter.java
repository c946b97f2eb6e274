package org.trawl.graph.export;

import java.io.IOException;
import java.io.Writer;
import org.trawl.graph.Network;

/** Writes a network in one file format. */
public interface NetworkWriter {

    void write(Network network, Writer out) throws IOException;

    /** Every measure a node may carry, in the order exports list them. */
    String[] METRICS = {"degree", "weighted_degree", "betweenness", "closeness", "pagerank", "clustering"};
}
