package org.trawl.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.trawl.graph.export.CsvWriter;
import org.trawl.graph.export.DotWriter;
import org.trawl.graph.export.GexfWriter;
import org.trawl.graph.export.GraphMlWriter;
import org.trawl.graph.export.JsonWriter;
import org.trawl.graph.export.NetworkPicture;
import org.trawl.model.Entity;
import org.trawl.model.EntityType;
import org.trawl.model.RelationType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Metrics on a known graph, and every export format parsed back. */
class NetworkExportTest {

    /** Two triangles (a-b-c, d-e-f) joined by the bridge c-d; names with characters XML must escape. */
    private static Network twoTriangles() {
        List<NetworkNode> nodes = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d", "e", "f")) {
            EntityType type = id.equals("f") ? EntityType.PLACE : EntityType.PERSON;
            nodes.add(new NetworkNode(new Entity(id, type, "Name <" + id + "> & \"co\"", List.of("N " + id), 3, 1),
                    Map.of(), -1, -1));
        }
        List<NetworkEdge> edges = new ArrayList<>();
        String[][] pairs = {{"a", "b"}, {"b", "c"}, {"a", "c"}, {"d", "e"}, {"e", "f"}, {"d", "f"}, {"c", "d"}};
        for (String[] p : pairs) {
            boolean bridge = p[0].equals("c");
            edges.add(new NetworkEdge(p[0], p[1], bridge ? RelationType.LEADS : RelationType.CO_OCCURS, bridge,
                    2, Set.of("doc1"), bridge ? 2014 : null, bridge ? 2016 : null, List.of("evidence, with \"quotes\"")));
        }
        return new Network(nodes, edges);
    }

    private static NetworkNode node(Network n, String id) {
        return n.nodes().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void metricsOfTwoTriangles() {
        Network n = NetworkMetrics.compute(twoTriangles());
        assertEquals(3.0, node(n, "c").metric("degree"));
        assertEquals(6.0, node(n, "c").metric("weighted_degree"));
        assertTrue(node(n, "c").metric("betweenness") > node(n, "a").metric("betweenness"), "the bridge is the broker");
        // the 6 pairs across the bridge all pass through c; normalised as JGraphT does, by (n-1)(n-2) = 20;
        // c is 1, 1, 1, 2 and 2 hops from the others
        assertEquals(0.3, node(n, "c").metric("betweenness"), 1e-9);
        assertEquals(0.0, node(n, "a").metric("betweenness"), 1e-9);
        assertEquals(5.0 / 7, node(n, "c").metric("closeness"), 1e-9);
        assertEquals(1.0, node(n, "a").metric("clustering"), 1e-9);
        assertEquals(0, node(n, "a").component());
        assertEquals(0, node(n, "f").component());
        assertEquals(node(n, "a").community(), node(n, "b").community());
        assertEquals(node(n, "d").community(), node(n, "f").community());
        assertNotEquals(node(n, "a").community(), node(n, "f").community(), "Louvain separates the triangles");
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void gexfParsesBackWithAttributesAndTimeIntervals() throws Exception {
        Network n = NetworkMetrics.compute(twoTriangles());
        StringWriter w = new StringWriter();
        new GexfWriter().write(n, w);
        Document d = xml(w.toString());
        String ns = "http://gexf.net/1.3";
        assertEquals("1.3", d.getDocumentElement().getAttribute("version"));
        NodeList nodes = d.getElementsByTagNameNS(ns, "node");
        NodeList edges = d.getElementsByTagNameNS(ns, "edge");
        assertEquals(6, nodes.getLength());
        assertEquals(7, edges.getLength());
        assertEquals("Name <a> & \"co\"", ((Element) nodes.item(0)).getAttribute("label"));
        int intervals = 0;
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            if (e.hasAttribute("start")) {
                intervals++;
                assertEquals("2014", e.getAttribute("start"));
                assertEquals("2016", e.getAttribute("end"));
                assertEquals("directed", e.getAttribute("type"));
            }
        }
        assertEquals(1, intervals);
    }

    @Test
    void graphmlParsesBackWithKeys() throws Exception {
        StringWriter w = new StringWriter();
        new GraphMlWriter().write(NetworkMetrics.compute(twoTriangles()), w);
        Document d = xml(w.toString());
        String ns = "http://graphml.graphdrawing.org/xmlns";
        assertEquals(6, d.getElementsByTagNameNS(ns, "node").getLength());
        assertEquals(7, d.getElementsByTagNameNS(ns, "edge").getLength());
        NodeList keys = d.getElementsByTagNameNS(ns, "key");
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < keys.getLength(); i++) {
            ids.add(((Element) keys.item(i)).getAttribute("id"));
        }
        assertTrue(ids.containsAll(Set.of("type", "betweenness", "community", "relation", "weight")), ids.toString());
    }

    @Test
    void jsonCsvAndDot() throws Exception {
        Network n = NetworkMetrics.compute(twoTriangles());
        StringWriter json = new StringWriter();
        new JsonWriter().write(n, json);
        JsonNode j = new ObjectMapper().readTree(json.toString());
        assertEquals(6, j.get("nodes").size());
        assertEquals(7, j.get("links").size());
        assertEquals("PLACE", j.get("nodes").get(5).get("type").asText());

        StringWriter nodes = new StringWriter();
        StringWriter edges = new StringWriter();
        new CsvWriter().writeNodes(n, nodes);
        new CsvWriter().writeEdges(n, edges);
        assertEquals(7, nodes.toString().split("\r\n").length);
        assertEquals(8, edges.toString().split("\r\n").length);
        assertTrue(edges.toString().contains("\"evidence, with \"\"quotes\"\"\""), edges.toString());

        StringWriter dot = new StringWriter();
        new DotWriter().write(n, dot);
        assertEquals(7, dot.toString().lines().filter(l -> l.contains(" -- ")).count());
        assertTrue(dot.toString().contains("\"Name <a> & \\\"co\\\"\""), dot.toString());
    }

    @Test
    void hopsGrowFromSeeds() {
        Network n = twoTriangles();
        assertEquals(Set.of("a", "b", "c"), NetworkBuilder.withinHops(List.of("a"), 1, n.edges()));
        assertEquals(Set.of("a", "b", "c", "d"), NetworkBuilder.withinHops(List.of("a"), 2, n.edges()));
    }

    @Test
    void picturesDrawEveryNodeWithEscapedNames() throws Exception {
        Network n = NetworkMetrics.compute(twoTriangles());
        StringWriter w = new StringWriter();
        NetworkPicture.of(n, NetworkPicture.Colouring.TYPE).writeSvg(w);
        Document svg = xml(w.toString());
        String ns = "http://www.w3.org/2000/svg";
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        NodeList circles = svg.getElementsByTagNameNS(ns, "circle");
        assertEquals(6 + EntityType.values().length, circles.getLength(), "a disc per node and the legend");
        assertEquals(7, svg.getElementsByTagNameNS(ns, "line").getLength(), "a line per edge");
        assertTrue(w.toString().contains("Name &lt;c&gt; &amp; &quot;co&quot;"), "names are escaped");
        Set<String> centres = new java.util.HashSet<>();
        for (int i = 0; i < 6; i++) {
            Element c = (Element) circles.item(i);
            centres.add(c.getAttribute("cx") + "," + c.getAttribute("cy"));
        }
        assertEquals(6, centres.size(), "no two nodes at the same place");

        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        NetworkPicture.of(n, NetworkPicture.Colouring.COMMUNITY).writePng(png);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertEquals(1600, image.getWidth());
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                inked += (image.getRGB(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
            }
        }
        assertTrue(inked > 200, "discs, lines and labels are drawn: " + inked + " sampled pixels inked");
    }
}
