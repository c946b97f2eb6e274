package org.trawl.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.trawl.json.Json;
import org.trawl.model.Entity;
import org.trawl.store.IndexStats;
import org.trawl.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trawl stats}: counts over the whole index. */
@Command(name = "stats")
final class StatsCommand extends TrawlCommand {

    @Mixin
    ReadOptions options;

    @Option(names = "--top", paramLabel = "N", description = "top entities to list (default: ${DEFAULT-VALUE})")
    int top = 10;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        try (StoreReader store = options.openReader()) {
            IndexStats s = store.stats(Math.max(0, top));
            if (options.json()) {
                out.println(Json.pretty(Json.stats(s)));
            } else {
                print(out, s);
            }
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, IndexStats s) {
        out.printf(Locale.ROOT, "%-10s %,d (from %,d files; %,d failed)%n", "documents", s.documents(), s.paths(),
                s.failures());
        out.printf(Locale.ROOT, "%-10s %,d  %s%n", "mentions", s.mentions(), byType(s.mentionsByType()));
        out.printf(Locale.ROOT, "%-10s %,d  %s%n", "entities", s.entities(), byType(s.entitiesByType()));
        java.util.Map<String, Long> typed = new java.util.TreeMap<>(s.relationsByType());
        typed.remove("CO_OCCURS");
        out.printf(Locale.ROOT, "%-10s %,d typed  %s%n", "relations", s.typedRelations(), byType(typed));
        out.printf(Locale.ROOT, "%-10s %,d (pairs named in one sentence with no typed relation)%n", "co-occur",
                s.cooccurrences());
        out.printf(Locale.ROOT, "%-10s %.1f MB%n", "index size", s.sizeOnDisk() / (1024.0 * 1024.0));
        if (!s.topEntities().isEmpty()) {
            out.println(Terminal.bold("Most mentioned"));
            for (Entity e : s.topEntities()) {
                out.printf(Locale.ROOT, "  %-40s %-7s %,6d mentions in %,d documents%n", e.canonical(), e.type(),
                        e.mentions(), e.documents());
            }
        }
    }

    private static String byType(Map<String, Long> counts) {
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) -> {
            if (v > 0) {
                b.append(b.isEmpty() ? "(" : ", ").append(k).append(' ').append(String.format(Locale.ROOT, "%,d", v));
            }
        });
        return b.isEmpty() ? "" : b.append(')').toString();
    }
}
