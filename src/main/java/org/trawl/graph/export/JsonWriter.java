package org.trawl.graph.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.trawl.graph.Network;
import org.trawl.graph.NetworkEdge;
import org.trawl.graph.NetworkNode;
import org.trawl.json.mapper.SharedMapper;

/** Node-link JSON ({@code {"nodes": [...], "links": [...]}}), the shape d3 and NetworkX read. */
public final class JsonWriter implements NetworkWriter {

    @Override
    public void write(Network network, Writer out) throws IOException {
        // the shared mapper leaves the writer open: the caller closes it, and the final newline goes after the document
        SharedMapper.INSTANCE.writerWithDefaultPrettyPrinter().writeValue(out, toJson(network));
        out.write('\n');
    }

    /** The node-link document as a JSON tree. */
    public ObjectNode toJson(Network network) {
        ObjectNode root = SharedMapper.INSTANCE.createObjectNode();
        root.put("directed", false);
        root.put("multigraph", true);
        ArrayNode nodes = root.putArray("nodes");
        for (NetworkNode n : network.nodes()) {
            ObjectNode o = nodes.addObject();
            o.put("id", n.id());
            o.put("label", n.entity().canonical());
            o.put("type", n.entity().type().name());
            o.put("mentions", n.entity().mentions());
            o.put("documents", n.entity().documents());
            ArrayNode names = o.putArray("names");
            n.entity().names().forEach(names::add);
            o.put("component", n.component());
            o.put("community", n.community());
            for (String m : METRICS) {
                if (n.metrics().containsKey(m)) {
                    o.put(m, n.metric(m));
                }
            }
        }
        ArrayNode links = root.putArray("links");
        for (NetworkEdge e : network.edges()) {
            ObjectNode o = links.addObject();
            o.put("source", e.source());
            o.put("target", e.target());
            o.put("type", e.type().name());
            o.put("directed", e.directed());
            o.put("weight", e.weight());
            o.put("documents", e.articles());
            if (e.firstYear() != null) {
                o.put("first_year", e.firstYear());
                o.put("last_year", e.lastYear());
            }
            ArrayNode ev = o.putArray("evidence");
            e.evidence().forEach(ev::add);
        }
        return root;
    }
}
