package org.trawl.graph.export;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.trawl.graph.Network;
import org.trawl.graph.NetworkEdge;
import org.trawl.graph.NetworkNode;

/** GraphML (yEd, Cytoscape, NetworkX, igraph), with the node and edge attributes as typed keys. */
public final class GraphMlWriter implements NetworkWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    @Override
    public void write(Network network, Writer out) throws IOException {
        XmlExport.write(out, "GraphML", "graphml", NS, x -> {
            key(x, "label", "node", "string");
            for (NodeColumns.Column c : NodeColumns.ALL) {
                key(x, c.name(), "node", switch (c.kind()) {
                    case STRING -> "string";
                    case INTEGER -> "int";
                    case DOUBLE -> "double";
                });
            }
            key(x, "relation", "edge", "string");
            key(x, "weight", "edge", "int");
            key(x, "edge_documents", "edge", "int");
            key(x, "first_year", "edge", "int");
            key(x, "last_year", "edge", "int");
            key(x, "evidence", "edge", "string");
            x.writeStartElement("graph");
            x.writeAttribute("id", "trawl");
            x.writeAttribute("edgedefault", "undirected");
            for (NetworkNode n : network.nodes()) {
                XmlExport.startNode(x, n);
                data(x, "label", n.entity().canonical());
                XmlExport.columns(x, n, GraphMlWriter::data);
                x.writeEndElement();
            }
            int i = 0;
            for (NetworkEdge e : network.edges()) {
                XmlExport.startEdge(x, e, i++);
                x.writeAttribute("directed", Boolean.toString(e.directed()));
                data(x, "relation", e.type().name());
                data(x, "weight", Integer.toString(e.weight()));
                data(x, "edge_documents", Integer.toString(e.articles()));
                if (e.firstYear() != null) {
                    data(x, "first_year", Integer.toString(e.firstYear()));
                    data(x, "last_year", Integer.toString(e.lastYear()));
                }
                data(x, "evidence", String.join(" || ", e.evidence()));
                x.writeEndElement();
            }
            x.writeEndElement();
        });
    }

    private static void key(XMLStreamWriter x, String id, String on, String type) throws XMLStreamException {
        XmlExport.emptyElement(x, "key", "id", id, "for", on, "attr.name", id, "attr.type", type);
    }

    private static void data(XMLStreamWriter x, String key, String v) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(XmlText.clean(v));
        x.writeEndElement();
    }
}
