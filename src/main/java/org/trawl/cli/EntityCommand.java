package org.trawl.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.trawl.json.Json;
import org.trawl.model.Entity;
import org.trawl.model.EntityType;
import org.trawl.model.RelationType;
import org.trawl.store.EntityProfile;
import org.trawl.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trawl entity}: what the index knows about one person, group or place. */
@Command(name = "entity")
final class EntityCommand extends TrawlCommand {

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "a name of the entity")
    List<String> name;

    @Mixin
    ReadOptions options;

    @Option(names = "--type", paramLabel = "TYPE", description = "PERSON, GROUP or PLACE, when the name is ambiguous")
    EntityType type;

    @Option(names = "--limit", paramLabel = "N", description = "relations and co-occurring entities to show per kind (default: ${DEFAULT-VALUE})")
    int limit = 10;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw usageError("--limit must be at least 1 (got " + limit + ")");
        }
        PrintWriter out = out();
        String wanted = String.join(" ", name);
        try (StoreReader store = options.openReader()) {
            List<Entity> found = store.entity(wanted).map(List::of).orElseGet(() -> store.findEntities(wanted, type, 5));
            if (found.isEmpty()) {
                err().println("trawl entity: no entity named '" + wanted + "'"
                        + (type == null ? "" : " of type " + type) + " (try 'trawl search " + wanted + "')");
                return Main.FAILED;
            }
            EntityProfile p = store.profile(found.get(0).id(), limit);
            if (options.json()) {
                out.println(Json.pretty(Json.profile(p)));
            } else {
                print(out, p, found);
            }
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, EntityProfile p, List<Entity> found) {
        Entity e = p.entity();
        out.printf(Locale.ROOT, "%s  %s  %s%n", Terminal.bold(e.canonical()), e.type(), Terminal.dim("id " + e.id()));
        out.printf(Locale.ROOT, "  names:     %s%n", String.join(" · ", e.names()));
        out.printf(Locale.ROOT, "  mentions:  %,d in %,d document%s%n", e.mentions(), e.documents(),
                e.documents() == 1 ? "" : "s");
        if (p.score().scored() > 0) {
            out.printf(Locale.ROOT, "  score:     %.2f %s%n", p.score().score(), Terminal.dim(String.format(Locale.ROOT,
                    "(mentions: mean %.2f, best %.2f)", p.score().mean(), p.score().best())));
        }
        RelationType current = null;
        for (EntityProfile.Link l : p.relations()) {
            if (l.type() != current) {
                current = l.type();
                out.println(Terminal.bold(current.name()));
            }
            String arrow = l.type().symmetric() ? "↔" : l.outgoing() ? "→" : "←";
            out.printf(Locale.ROOT, "  %s %s (%s) ×%d%n", arrow, l.other().canonical(), l.other().type(), l.count());
            out.println("      " + Terminal.dim("\"" + oneLine(l.evidence()) + "\""));
        }
        if (!p.cooccurring().isEmpty()) {
            out.println(Terminal.bold("Named in the same sentence as"));
            for (EntityProfile.Link l : p.cooccurring()) {
                out.printf(Locale.ROOT, "  %s (%s) ×%d%n", l.other().canonical(), l.other().type(), l.count());
            }
        }
        if (found.size() > 1) {
            out.println(Terminal.dim("Other entities with that name: " + String.join(", ",
                    found.subList(1, found.size()).stream().map(x -> x.canonical() + " (" + x.type() + ", "
                            + x.id() + ")").toList())));
        }
    }

    static String oneLine(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > 220 ? t.substring(0, 220) + "…" : t;
    }
}
