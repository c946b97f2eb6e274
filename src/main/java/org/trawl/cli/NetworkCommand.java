package org.trawl.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.trawl.graph.Network;
import org.trawl.graph.NetworkBuilder;
import org.trawl.graph.NetworkMetrics;
import org.trawl.graph.NetworkNode;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trawl network}: builds the entity network from the index, measures it and exports it. */
@Command(name = "network")
final class NetworkCommand extends TrawlCommand {

    enum Format { SUMMARY, GEXF, GRAPHML, JSON, DOT, CSV, SVG, PNG }

    @Option(names = "--seed", paramLabel = "NAME", description = "grow the network from this entity (repeatable)")
    List<String> seeds = new ArrayList<>();

    @Option(names = "--hops", paramLabel = "K", description = "steps from the seeds (default: ${DEFAULT-VALUE})")
    int hops = 1;

    @Option(names = "--types", paramLabel = "TYPE", split = ",", description = "entity types to keep (default: all)")
    List<EntityType> types = new ArrayList<>();

    @Option(names = "--relations", paramLabel = "TYPE", split = ",",
            description = "relation types to use (default: all typed relations and CO_OCCURS)")
    List<RelationType> relations = new ArrayList<>();

    @Option(names = "--min-weight", paramLabel = "N", description = "drop edges with fewer evidence sentences (default: ${DEFAULT-VALUE})")
    int minWeight = 1;

    @Option(names = "--from", paramLabel = "YEAR", description = "only evidence stating this year or later")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "only evidence stating this year or earlier")
    Integer to;

    @Option(names = "--query", paramLabel = "QUERY", description = "only evidence from articles matching this search (Lucene syntax)")
    String query;

    @Option(names = "--project", paramLabel = "MODE", description = "none, people (linked by shared groups) or groups (linked by shared members) (default: ${DEFAULT-VALUE})")
    NetworkSpec.Projection projection = NetworkSpec.Projection.NONE;

    @Option(names = "--evidence", paramLabel = "N", description = "evidence sentences per edge in exports; 0 is fastest on a large index (default: 3; the summary reads none)")
    Integer evidence;

    @Option(names = "--colour", paramLabel = "BY", description = "picture colours: type or community (default: ${DEFAULT-VALUE})")
    NetworkPicture.Colouring colouring = NetworkPicture.Colouring.TYPE;

    @Option(names = "--format", paramLabel = "FORMAT", description = "summary, gexf, graphml, json, dot, csv, svg or png (default: ${DEFAULT-VALUE})")
    Format format = Format.SUMMARY;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the export here (default: standard output)")
    Path output;

    @Option(names = "--top", paramLabel = "N", description = "brokers and community members to list in the summary (default: ${DEFAULT-VALUE})")
    int top = 10;

    @Mixin
    IndexOption index;

    @Override
    public Integer call() throws IOException {
        if (hops < 0 || minWeight < 1 || top < 1 || evidence != null && evidence < 0) {
            throw usageError("--hops and --evidence must be ≥ 0, --min-weight and --top ≥ 1");
        }
        if (format == Format.CSV && output == null) {
            throw usageError("--format csv writes two files: give -o PREFIX");
        }
        if (format == Format.PNG && output == null) {
            throw usageError("--format png writes an image: give -o FILE.png");
        }
        Network network;
        try (StoreReader store = index.openReader()) {
            List<String> seedIds = new ArrayList<>();
            for (String s : seeds) {
                Optional<Entity> found = store.lookup(s, null);
                if (found.isEmpty()) {
                    err().println("trawl network: no entity named '" + s + "'");
                    return Main.FAILED;
                }
                seedIds.add(found.get().id());
            }
            network = new NetworkBuilder(store).build(NetworkSpec.selected(seedIds, hops, types, relations, minWeight,
                    from, to, query, projection, evidence != null ? evidence
                            : format == Format.SUMMARY ? 0 : NetworkSpec.DEFAULT_EVIDENCE));
        }
        network = NetworkMetrics.compute(network);
        PrintWriter out = out();
        switch (format) {
            case SUMMARY -> summary(out, network);
            case CSV -> {
                Path nodes = Path.of(output + "-nodes.csv");
                Path edges = Path.of(output + "-edges.csv");
                try (Writer w = Files.newBufferedWriter(nodes, StandardCharsets.UTF_8)) {
                    new CsvWriter().writeNodes(network, w);
                }
                try (Writer w = Files.newBufferedWriter(edges, StandardCharsets.UTF_8)) {
                    new CsvWriter().writeEdges(network, w);
                }
                err().printf("wrote %s and %s%n", nodes, edges);
            }
            case PNG -> {
                NetworkPicture picture = NetworkPicture.of(network, colouring);
                try (OutputStream o = Files.newOutputStream(output)) {
                    picture.writePng(o);
                }
                err().printf(Locale.ROOT, "wrote %s: %,d of %,d nodes drawn%n", output,
                        picture.nodesDrawn(), network.nodes().size());
            }
            case SVG -> export(network, (net, w) -> NetworkPicture.of(net, colouring).writeSvg(w), out);
            default -> export(network, switch (format) {
                case GEXF -> new GexfWriter();
                case GRAPHML -> new GraphMlWriter();
                case JSON -> new JsonWriter();
                default -> new DotWriter();
            }, out);
        }
        out.flush();
        return 0;
    }

    private void export(Network network, NetworkWriter writer, PrintWriter out) throws IOException {
        if (output == null) {
            writer.write(network, out);
            return;
        }
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            writer.write(network, w);
        }
        err().printf(Locale.ROOT, "wrote %s: %,d nodes, %,d edges%n", output,
                network.nodes().size(), network.edges().size());
    }

    private void summary(PrintWriter out, Network n) {
        long components = n.nodes().stream().mapToInt(NetworkNode::component).distinct().count();
        out.printf(Locale.ROOT, "%,d nodes, %,d edges, %,d connected component%s%n", n.nodes().size(),
                n.edges().size(), components, components == 1 ? "" : "s");
        Map<EntityType, Long> byType = new LinkedHashMap<>();
        n.nodes().forEach(x -> byType.merge(x.entity().type(), 1L, Long::sum));
        out.println("  " + byType);
        if (n.nodes().isEmpty()) {
            return;
        }
        String rank = n.nodes().get(0).metrics().containsKey("betweenness") ? "betweenness" : "pagerank";
        out.println(Terminal.bold("Top brokers by " + rank));
        n.nodes().stream().sorted(Comparator.comparingDouble((NetworkNode x) -> x.metric(rank)).reversed()).limit(top)
                .forEach(x -> out.printf(Locale.ROOT, "  %-40s %-7s %10.4f  degree %d%n", x.entity().canonical(),
                        x.entity().type(), x.metric(rank), (int) x.metric("degree")));
        Map<Integer, List<NetworkNode>> communities = new LinkedHashMap<>();
        n.nodes().stream().sorted(Comparator.comparingDouble((NetworkNode x) -> x.metric("weighted_degree")).reversed())
                .forEach(x -> communities.computeIfAbsent(x.community(), k -> new ArrayList<>()).add(x));
        out.println(Terminal.bold("Communities (Louvain)"));
        communities.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<Integer, List<NetworkNode>> e) -> -e.getValue().size()))
                .limit(top).forEach(e -> out.printf(Locale.ROOT, "  %d. %d members: %s%n", e.getKey() + 1,
                        e.getValue().size(), String.join(", ", e.getValue().stream().limit(6)
                                .map(x -> x.entity().canonical()).toList())));
    }
}
