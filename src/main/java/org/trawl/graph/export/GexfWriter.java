package org.trawl.graph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
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
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("gexf");
            x.writeDefaultNamespace(NS);
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
                x.writeStartElement("node");
                x.writeAttribute("id", n.id());
                x.writeAttribute("label", n.entity().canonical());
                x.writeStartElement("attvalues");
                for (NodeColumns.Column c : NodeColumns.ALL) {
                    String v = c.value().apply(n);
                    if (v != null) {
                        value(x, c.name(), v);
                    }
                }
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();

            x.writeStartElement("edges");
            int i = 0;
            for (NetworkEdge e : network.edges()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + i++);
                x.writeAttribute("source", e.source());
                x.writeAttribute("target", e.target());
                x.writeAttribute("type", e.directed() ? "directed" : "undirected");
                x.writeAttribute("label", e.type().name());
                x.writeAttribute("weight", Integer.toString(e.weight()));
                if (e.firstYear() != null) {
                    x.writeAttribute("start", Integer.toString(e.firstYear()));
                    x.writeAttribute("end", Integer.toString(e.lastYear()));
                }
                x.writeStartElement("attvalues");
                value(x, "relation", e.type().name());
                value(x, "documents", Integer.toString(e.documents().size()));
                value(x, "evidence", String.join(" || ", e.evidence()));
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private static void attribute(XMLStreamWriter x, String id, String type) throws XMLStreamException {
        x.writeEmptyElement("attribute");
        x.writeAttribute("id", id);
        x.writeAttribute("title", id);
        x.writeAttribute("type", type);
    }

    private static void value(XMLStreamWriter x, String key, String v) throws XMLStreamException {
        x.writeEmptyElement("attvalue");
        x.writeAttribute("for", key);
        x.writeAttribute("value", XmlText.clean(v));
    }
}
