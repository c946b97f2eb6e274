package org.trawl.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.trawl.graph.EgoViewBuilder;
import org.trawl.graph.Network;
import org.trawl.graph.NetworkBuilder;
import org.trawl.graph.NetworkMetrics;
import org.trawl.graph.NetworkSpec;
import org.trawl.graph.export.CsvWriter;
import org.trawl.graph.export.DotWriter;
import org.trawl.graph.export.GexfWriter;
import org.trawl.graph.export.GraphMlWriter;
import org.trawl.graph.export.JsonWriter;
import org.trawl.graph.export.NetworkPicture;
import org.trawl.graph.export.NetworkWriter;
import org.trawl.model.Entity;
import org.trawl.model.EntityType;
import org.trawl.model.RelationType;
import org.trawl.store.StoreReader;

/**
 * {@code GET /api/network}: the network {@code trawl network} builds, with the same selection
 * ({@code seed} ids or names, {@code hops}, {@code types}, {@code relations}, {@code min_weight},
 * {@code from}/{@code to} years, {@code q}, {@code project}). Without {@code format} it answers node-link
 * JSON of at most {@code max_nodes} nodes for the screen (the seeds' strongest ties, or the best
 * connected nodes of a filtered selection); {@code format=json|gexf|graphml|dot|
 * csv-nodes|csv-edges|svg|png} downloads the whole network in that format.
 */
final class NetworkApi {

    /** What the network endpoint can answer. */
    enum Format {
        VIEW("application/json; charset=utf-8", null),
        JSON("application/json; charset=utf-8", "json"),
        GEXF("application/gexf+xml; charset=utf-8", "gexf"),
        GRAPHML("application/graphml+xml; charset=utf-8", "graphml"),
        DOT("text/vnd.graphviz; charset=utf-8", "dot"),
        CSV_NODES("text/csv; charset=utf-8", "nodes.csv"),
        CSV_EDGES("text/csv; charset=utf-8", "edges.csv"),
        SVG("image/svg+xml; charset=utf-8", "svg"),
        PNG("image/png", "png");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    private final StoreReader store;

    NetworkApi(StoreReader store) {
        this.store = store;
    }

    Response network(Request r) throws IOException {
        Format format = r.text("format") == null ? Format.VIEW : r.choice("format", Format.class);
        List<String> seeds = seeds(r);
        if (format == Format.VIEW) {
            return Response.json(view(r, seeds));
        }
        Network network = NetworkMetrics.compute(select(r, seeds, NetworkSpec.DEFAULT_EVIDENCE));
        byte[] body = switch (format) {
            case PNG -> {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                NetworkPicture.of(network, NetworkPicture.Colouring.TYPE).writePng(png);
                yield png.toByteArray();
            }
            case SVG -> text(network, (n, w) -> NetworkPicture.of(n, NetworkPicture.Colouring.TYPE).writeSvg(w));
            case CSV_NODES -> text(network, (n, w) -> new CsvWriter().writeNodes(n, w));
            case CSV_EDGES -> text(network, (n, w) -> new CsvWriter().writeEdges(n, w));
            case GEXF -> text(network, new GexfWriter());
            case GRAPHML -> text(network, new GraphMlWriter());
            case DOT -> text(network, new DotWriter());
            default -> text(network, new JsonWriter());
        };
        return Response.download(format.contentType, body, "trawl-network." + format.extension);
    }

    /**
     * The view for the screen: a network grown from seeds without other filters is built bounded, from
     * the seeds' strongest ties ({@link EgoViewBuilder}), so that a hub's page does not read the relations
     * among all its neighbours; any other selection is built whole and cut to its best connected nodes.
     * {@code complete} says whether the totals count the whole selection or only what the bounded
     * reading reached (a lower bound).
     */
    private ObjectNode view(Request r, List<String> seeds) {
        int max = r.integer("max_nodes", 150, 1, 1000);
        NetworkSpec spec = spec(r, seeds, 1);
        ObjectNode o;
        if (EgoViewBuilder.serves(spec)) {
            EgoViewBuilder.EgoView view = new EgoViewBuilder(store).build(spec, max);
            o = new JsonWriter().toJson(NetworkMetrics.compute(view.network()));
            o.put("total_nodes", view.reachedNodes());
            o.put("total_edges", view.reachedEdges());
            o.put("complete", view.complete());
        } else {
            Network network = NetworkMetrics.compute(new NetworkBuilder(store).build(spec));
            o = new JsonWriter().toJson(network.mostConnected(max, seeds));
            o.put("total_nodes", network.nodes().size());
            o.put("total_edges", network.edges().size());
            o.put("complete", true);
        }
        o.putArray("seeds").addAll(seeds.stream().map(o::textNode).toList());
        return o;
    }

    /** The network a request selects, as built (no metrics). */
    Network select(Request r, List<String> seeds, int evidence) {
        return new NetworkBuilder(store).build(spec(r, seeds, evidence));
    }

    private static NetworkSpec spec(Request r, List<String> seeds, int evidence) {
        NetworkSpec.Projection projection = r.text("project") == null ? NetworkSpec.Projection.NONE
                : r.choice("project", NetworkSpec.Projection.class);
        return NetworkSpec.selected(seeds, r.integer("hops", 1, 0, 4),
                r.choices("types", EntityType.class), r.choices("relations", RelationType.class),
                r.integer("min_weight", 1, 1, 1_000_000), r.optionalInteger("from"), r.optionalInteger("to"),
                r.text("q"), projection, evidence);
    }

    /** The seed entities a request names, by id or by name. */
    List<String> seeds(Request r) {
        List<String> ids = new ArrayList<>();
        for (String s : r.list("seed")) {
            Entity e = store.lookup(s, null).orElseThrow(() -> HttpError.notFound("no entity named '" + s + "'"));
            ids.add(e.id());
        }
        return ids;
    }

    private static byte[] text(Network network, NetworkWriter writer) throws IOException {
        StringWriter w = new StringWriter();
        writer.write(network, w);
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }
}
