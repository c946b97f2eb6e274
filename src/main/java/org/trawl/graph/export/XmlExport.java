package org.trawl.graph.export;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.trawl.graph.NetworkEdge;
import org.trawl.graph.NetworkNode;

/**
 * The steps the XML network exports ({@link GexfWriter}, {@link GraphMlWriter}) share: the document and its
 * root element in a default namespace, a node with its id and its {@link NodeColumns} values, an edge with
 * its id, source and target, and a writing error reported as an {@link IOException} naming the format.
 */
final class XmlExport {

    private XmlExport() {
    }

    /** What goes inside the root element. */
    @FunctionalInterface
    interface Content {
        void write(XMLStreamWriter x) throws XMLStreamException;
    }

    /** How a format writes one named value of a node or an edge. */
    @FunctionalInterface
    interface Value {
        void write(XMLStreamWriter x, String key, String value) throws XMLStreamException;
    }

    /** Writes a UTF-8 XML document whose root element, in {@code namespace}, holds {@code content}. */
    static void write(Writer out, String format, String root, String namespace, Content content) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement(root);
            x.writeDefaultNamespace(namespace);
            content.write(x);
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + format + ": " + e.getMessage(), e);
        }
    }

    /** Writes an empty element with the given attributes, as name, value, name, value... */
    static void emptyElement(XMLStreamWriter x, String name, String... attributes) throws XMLStreamException {
        x.writeEmptyElement(name);
        for (int i = 0; i < attributes.length; i += 2) {
            x.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    /** Opens a {@code node} element with the node's id (the caller closes it). */
    static void startNode(XMLStreamWriter x, NetworkNode n) throws XMLStreamException {
        x.writeStartElement("node");
        x.writeAttribute("id", n.id());
    }

    /** Writes the node's column values that it has, in the columns' order. */
    static void columns(XMLStreamWriter x, NetworkNode n, Value value) throws XMLStreamException {
        for (NodeColumns.Column c : NodeColumns.ALL) {
            String v = c.value().apply(n);
            if (v != null) {
                value.write(x, c.name(), v);
            }
        }
    }

    /** Opens an {@code edge} element with the id {@code e<index>}, its source and target (the caller closes it). */
    static void startEdge(XMLStreamWriter x, NetworkEdge e, int index) throws XMLStreamException {
        x.writeStartElement("edge");
        x.writeAttribute("id", "e" + index);
        x.writeAttribute("source", e.source());
        x.writeAttribute("target", e.target());
    }
}
