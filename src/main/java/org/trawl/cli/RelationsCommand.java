package org.trawl.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.trawl.json.Json;
import org.trawl.model.Entity;
import org.trawl.model.Relation;
import org.trawl.model.RelationType;
import org.trawl.store.RelationFilter;
import org.trawl.store.StoreReader;
import org.trawl.store.StoredRelation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trawl relations}: the typed relations in the index, each with its evidence sentence. */
@Command(name = "relations")
final class RelationsCommand extends TrawlCommand {

    @Option(names = "--type", paramLabel = "TYPE", split = ",", description = "relation types (comma-separated)")
    List<RelationType> types = new ArrayList<>();

    @Option(names = "--entity", paramLabel = "NAME", description = "only relations of this entity (any of its names, or its id)")
    String entity;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "relations to show (default: ${DEFAULT-VALUE})")
    int limit = 50;

    @Mixin
    ReadOptions options;

    @Override
    public Integer call() throws IOException {
        if (limit < 1) {
            throw usageError("--limit must be at least 1");
        }
        Set<RelationType> wanted = types.isEmpty() ? typedOnly() : EnumSet.copyOf(types);
        PrintWriter out = out();
        try (StoreReader store = options.openReader()) {
            Set<String> ids = Set.of();
            if (entity != null) {
                Optional<Entity> found = store.lookup(entity, null);
                if (found.isEmpty()) {
                    err().println("trawl relations: no entity named '" + entity + "'");
                    return Main.FAILED;
                }
                ids = Set.of(found.get().id());
            }
            List<StoredRelation> all = new ArrayList<>();
            store.forEachRelation(new RelationFilter(wanted, ids, null, 0), all::add);
            all.sort((a, b) -> Double.compare(b.relation().score(), a.relation().score()));
            List<StoredRelation> shown = all.subList(0, Math.min(limit, all.size()));
            if (options.json()) {
                ObjectNode o = Json.MAPPER.createObjectNode();
                o.put("total", all.size());
                ArrayNode arr = o.putArray("relations");
                shown.forEach(r -> arr.add(json(r)));
                out.println(Json.pretty(o));
            } else {
                out.printf(Locale.ROOT, "%,d relation%s%s%n", all.size(), all.size() == 1 ? "" : "s",
                        all.size() > shown.size() ? " (showing " + shown.size() + ")" : "");
                for (StoredRelation r : shown) {
                    Relation x = r.relation();
                    String arrow = x.type().symmetric() ? "↔" : "→";
                    out.printf(Locale.ROOT, "%n%s %s %s  %s  %s%n", Terminal.bold(r.sourceName()), arrow,
                            Terminal.bold(r.targetName()), x.type(), Terminal.dim(String.format(Locale.ROOT, "%.2f", x.score())));
                    out.println("  \"" + EntityCommand.oneLine(x.sentence()) + "\"");
                    out.println("  " + Terminal.dim("document " + r.documentId()
                            + (x.years().isEmpty() ? "" : "  years " + x.years())));
                }
            }
        }
        out.flush();
        return 0;
    }

    private static Set<RelationType> typedOnly() {
        Set<RelationType> s = EnumSet.allOf(RelationType.class);
        s.remove(RelationType.CO_OCCURS);
        return s;
    }

    static ObjectNode json(StoredRelation r) {
        Relation x = r.relation();
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("type", x.type().name());
        o.set("source", argument(x.source().entityId(), r.sourceName(), x.source().text(), x.source().start(), x.source().end()));
        o.set("target", argument(x.target().entityId(), r.targetName(), x.target().text(), x.target().start(), x.target().end()));
        o.put("document", r.documentId());
        o.put("sentence", x.sentence());
        o.put("score", Json.round(x.score()));
        ArrayNode years = o.putArray("years");
        x.years().forEach(years::add);
        o.put("count", x.count());
        return o;
    }

    private static ObjectNode argument(String id, String name, String text, int start, int end) {
        ObjectNode a = Json.MAPPER.createObjectNode();
        a.put("entity", id);
        a.put("canonical", name);
        a.put("text", text);
        a.put("start", start);
        a.put("end", end);
        return a;
    }
}
