package org.trawl.graph.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.trawl.graph.NetworkNode;

/**
 * The attributes every export writes for a node, in order, with their value type, so that the formats
 * agree on names and values.
 */
final class NodeColumns {

    /** Value type of a column. */
    enum Kind { STRING, INTEGER, DOUBLE }

    /** One node attribute: its name, type and value (null when the node has none). */
    record Column(String name, Kind kind, Function<NetworkNode, String> value) {
    }

    static final List<Column> ALL = columns();

    private NodeColumns() {
    }

    private static List<Column> columns() {
        List<Column> c = new ArrayList<>(List.of(
                new Column("type", Kind.STRING, n -> n.entity().type().name()),
                new Column("mentions", Kind.INTEGER, n -> Integer.toString(n.entity().mentions())),
                new Column("documents", Kind.INTEGER, n -> Integer.toString(n.entity().documents())),
                new Column("names", Kind.STRING, n -> String.join(" | ", n.entity().names())),
                new Column("component", Kind.INTEGER, n -> Integer.toString(n.component())),
                new Column("community", Kind.INTEGER, n -> Integer.toString(n.community()))));
        for (String m : NetworkWriter.METRICS) {
            c.add(new Column(m, Kind.DOUBLE, n -> n.metrics().containsKey(m)
                    ? String.format(Locale.ROOT, "%.6g", n.metric(m)) : null));
        }
        return List.copyOf(c);
    }
}
