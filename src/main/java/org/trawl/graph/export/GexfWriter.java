package org.trawl.graph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.trawl.graph.Network;
import org.trawl.graph.NetworkEdge;
import org.trawl.graph.NetworkNode;

/**
 * GEXF 1.3, Gephi's format: node attributes (type, counts, names, measures, community), edge attributes
 * (relation, documents, evidence) with the native weight, and edges carrying the years of their evidence
 * as a time interval, so Gephi's timeline can slice the network.
 */
public final class GexfWriter implements NetworkWriter {

    static final String NS = "http://gexf.net/1.3";

    @Override
    public void write(Network network, Writer out) throws IOException {
        XmlExport.write(out, "GEXF", "gexf", NS, x -> {
            x.writeAttribute("version", "1.3");
            x.writeStartElement("meta");
            x.writeStartElement("creator");
            x.writeCharacters("trawl");
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement("graph");
            x.writeAttribute("defaultedgetype", "undirected");
            x.writeAttribute("mode", "dynamic");
            x.writeAttribute("timeformat", "integer");
            x.writeAttribute("timerepresentation", "interval");

            x.writeStartElement("attributes");
            x.writeAttribute("class", "node");
            for (NodeColumns.Column c : NodeColumns.ALL) {
                attribute(x, c.name(), c.kind().name().toLowerCase(Locale.ROOT));
            }
            x.writeEndElement();
            x.writeStartElement("attributes");
            x.writeAttribute("class", "edge");
            attribute(x, "relation", "string");
            attribute(x, "documents", "integer");
            attribute(x, "evidence", "string");
            x.writeEndElement();

            x.writeStartElement("nodes");
            for (NetworkNode n : network.nodes()) {
                XmlExport.startNode(x, n);
                x.writeAttribute("label", n.entity().canonical());
                x.writeStartElement("attvalues");
                XmlExport.columns(x, n, GexfWriter::value);
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();

            x.writeStartElement("edges");
            int i = 0;
            for (NetworkEdge e : network.edges()) {
                XmlExport.startEdge(x, e, i++);
                x.writeAttribute("type", e.directed() ? "directed" : "undirected");
                x.writeAttribute("label", e.type().name());
                x.writeAttribute("weight", Integer.toString(e.weight()));
                if (e.firstYear() != null) {
                    x.writeAttribute("start", Integer.toString(e.firstYear()));
                    x.writeAttribute("end", Integer.toString(e.lastYear()));
                }
                x.writeStartElement("attvalues");
                value(x, "relation", e.type().name());
                value(x, "documents", Integer.toString(e.articles()));
                value(x, "evidence", String.join(" || ", e.evidence()));
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
        });
    }

    private static void attribute(XMLStreamWriter x, String id, String type) throws XMLStreamException {
        XmlExport.emptyElement(x, "attribute", "id", id, "title", id, "type", type);
    }

    private static void value(XMLStreamWriter x, String key, String v) throws XMLStreamException {
        XmlExport.emptyElement(x, "attvalue", "for", key, "value", XmlText.clean(v));
    }
}
