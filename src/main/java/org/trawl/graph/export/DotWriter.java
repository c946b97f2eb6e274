package org.trawl.graph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.trawl.graph.Network;
import org.trawl.graph.NetworkEdge;
import org.trawl.graph.NetworkNode;
import org.trawl.model.EntityType;

/** Graphviz DOT: nodes coloured by type, directed relations drawn with arrows. */
public final class DotWriter implements NetworkWriter {

    private static final Map<EntityType, String> COLOURS = Map.of(
            EntityType.PERSON, "#4e79a7", EntityType.GROUP, "#e15759", EntityType.PLACE, "#59a14f");

    @Override
    public void write(Network network, Writer out) throws IOException {
        out.write("graph trawl {\n  node [style=filled, fontcolor=white, shape=box];\n");
        for (NetworkNode n : network.nodes()) {
            out.write("  " + quote(n.id()) + " [label=" + quote(n.entity().canonical()) + ", fillcolor="
                    + quote(COLOURS.get(n.entity().type())) + ", type=" + quote(n.entity().type().name()) + "];\n");
        }
        for (NetworkEdge e : network.edges()) {
            out.write("  " + quote(e.source()) + " -- " + quote(e.target()) + " [label=" + quote(e.type().name())
                    + ", weight=" + e.weight() + (e.directed() ? ", dir=forward" : "") + "];\n");
        }
        out.write("}\n");
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }
}
