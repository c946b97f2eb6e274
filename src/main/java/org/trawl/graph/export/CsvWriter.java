package org.trawl.graph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.trawl.graph.Network;
import org.trawl.graph.NetworkEdge;
import org.trawl.graph.NetworkNode;

/**
 * CSV node and edge lists (RFC 4180), with the column names Gephi's spreadsheet import expects ({@code Id},
 * {@code Label}; {@code Source}, {@code Target}, {@code Type}, {@code Weight}). A text cell that a
 * spreadsheet would take for a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
 * a carriage return) is written with a leading {@code '}, as OWASP recommends against CSV injection;
 * numbers are written as they are.
 */
public final class CsvWriter {

    public void writeNodes(Network network, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("Id", "Label"));
        NodeColumns.ALL.forEach(c -> header.add(c.name()));
        row(out, header);
        for (NetworkNode n : network.nodes()) {
            List<String> r = new ArrayList<>(List.of(n.id(), n.entity().canonical()));
            for (NodeColumns.Column c : NodeColumns.ALL) {
                String v = c.value().apply(n);
                r.add(v == null ? "" : v);
            }
            row(out, r);
        }
    }

    public void writeEdges(Network network, Writer out) throws IOException {
        row(out, List.of("Source", "Target", "Type", "relation", "Weight", "documents", "first_year", "last_year",
                "evidence"));
        for (NetworkEdge e : network.edges()) {
            row(out, List.of(e.source(), e.target(), e.directed() ? "Directed" : "Undirected", e.type().name(),
                    Integer.toString(e.weight()), Integer.toString(e.articles()),
                    e.firstYear() == null ? "" : e.firstYear().toString(), e.lastYear() == null ? "" : e.lastYear().toString(),
                    String.join(" || ", e.evidence())));
        }
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String c = neutralise(cells.get(i));
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                out.write('"' + c.replace("\"", "\"\"") + '"');
            } else {
                out.write(c);
            }
        }
        out.write("\r\n");
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");

    /** The cell, with a leading {@code '} when a spreadsheet would read it as a formula. */
    static String neutralise(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
