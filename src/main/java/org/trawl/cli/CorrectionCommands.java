package org.trawl.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trawl.json.Json;
import org.trawl.model.Entity;
import org.trawl.model.EntityType;
import org.trawl.resolve.Correction;
import org.trawl.store.CorrectionHistory;
import org.trawl.store.StoreCorrector;
import org.trawl.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The commands that correct entity resolution: {@code merge}, {@code split}, {@code alias} and
 * {@code rename}, and {@code corrections}, which lists them. Each correction is recorded in the index
 * folder's correction log, applied to the index at once, and applied again by every later ingest.
 */
final class CorrectionCommands {

    private CorrectionCommands() {
    }

    /** What every correcting command shares: the index, the entity lookup, applying and reporting. */
    abstract static class Correcting extends TrawlCommand {

        @Mixin
        IndexOption index;

        @Option(names = "--type", paramLabel = "TYPE", description = "PERSON, GROUP or PLACE, when a name is ambiguous")
        EntityType type;

        @Option(names = "--json", description = "print the correction as JSON")
        boolean json;

        /** The correction to make, given the open index (entities are looked up in it). */
        abstract Correction correction(StoreReader store);

        @Override
        public Integer call() {
            try (StoreCorrector store = index.openCorrector()) {
                Correction c = correction(store);
                int articles = store.correct(c);
                store.commit();
                PrintWriter out = out();
                if (json) {
                    ObjectNode o = Json.correction(c);
                    o.put("articles_changed", articles);
                    out.println(Json.line(o));
                } else {
                    out.printf(Locale.ROOT, "%s; %d article%s updated (recorded in %s, applied to every later ingest)%n",
                            describe(c), articles, articles == 1 ? "" : "s", store.corrections().place());
                }
                out.flush();
                return 0;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** The value with its ends trimmed; refused when blank. */
        static String nonBlank(String value, String label) {
            if (value.isBlank()) {
                throw new IllegalArgumentException(label + " must not be blank");
            }
            return value.strip();
        }

        Entity entity(StoreReader store, String name) {
            return store.lookup(name, type).orElseThrow(() -> new IllegalArgumentException(
                    "no entity named '" + name + "'" + (type == null ? "" : " of type " + type)
                            + " in " + index.location() + " (try 'trawl search " + name + "')"));
        }
    }

    /** A correction of the one entity NAME names ({@code alias}, {@code rename}). */
    abstract static class OfOneEntity extends Correcting {
        @Parameters(index = "0", paramLabel = "NAME", description = "the entity (a name or id)")
        String entity;

        /** The correction to make to the entity found. */
        abstract Correction correction(Entity e);

        @Override
        final Correction correction(StoreReader store) {
            return correction(entity(store, entity));
        }
    }

    @Command(name = "merge")
    static final class Merge extends Correcting {
        @Parameters(index = "0", paramLabel = "NAME", description = "the entity to keep (a name or id)")
        String into;

        @Parameters(index = "1", paramLabel = "OTHER", description = "the entity merged into it (a name or id)")
        String from;

        @Override
        Correction correction(StoreReader store) {
            Entity a = entity(store, into);
            Entity b = entity(store, from);
            if (a.id().equals(b.id())) {
                throw new IllegalArgumentException(
                        "'" + into + "' and '" + from + "' are already one entity: " + a.canonical());
            }
            return new Correction.Merge(a.id(), a.canonical(), a.type(), b.id(), b.canonical());
        }
    }

    @Command(name = "split")
    static final class Split extends Correcting {
        @Parameters(index = "0", paramLabel = "ENTITY", description = "the entity to split (a name or id)")
        String entity;

        @Parameters(index = "1..*", arity = "0..*", paramLabel = "NAME", description = "names to split off")
        List<String> names = new ArrayList<>();

        @Override
        Correction correction(StoreReader store) {
            Entity e = entity(store, entity);
            for (String n : names) {
                if (e.names().stream().noneMatch(seen -> seen.equalsIgnoreCase(n))) {
                    throw new IllegalArgumentException("'" + n + "' is not a name of "
                            + e.canonical() + " (its names: " + String.join(", ", e.names()) + ")");
                }
            }
            return new Correction.Split(e.id(), e.canonical(), names);
        }
    }

    @Command(name = "alias")
    static final class Alias extends OfOneEntity {
        @Parameters(index = "1", paramLabel = "ALIAS", description = "its other name")
        String alias;

        @Override
        Correction correction(Entity e) {
            return new Correction.Alias(e.id(), e.canonical(), e.type(), nonBlank(alias, "ALIAS"));
        }
    }

    @Command(name = "rename")
    static final class Rename extends OfOneEntity {
        @Parameters(index = "1", paramLabel = "NEW_NAME", description = "the name to show for it")
        String newName;

        @Override
        Correction correction(Entity e) {
            return new Correction.Rename(e.id(), e.canonical(), nonBlank(newName, "NEW_NAME"));
        }
    }

    @Command(name = "corrections")
    static final class ListCorrections extends TrawlCommand {
        @Mixin
        IndexOption index;

        @Option(names = "--json", description = "print JSON Lines, one correction per line")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = out();
            CorrectionHistory history = index.corrections();
            List<Correction> all = history.read().list();
            if (json) {
                history.entries().forEach(out::println);
            } else if (all.isEmpty()) {
                out.println("no corrections in " + index.location());
            } else {
                for (int i = 0; i < all.size(); i++) {
                    out.printf(Locale.ROOT, "%3d  %s%n", i + 1, describe(all.get(i)));
                }
            }
            out.flush();
            return 0;
        }
    }

    static String describe(Correction c) {
        return switch (c) {
            case Correction.Merge m -> "merged " + m.fromName() + " into " + m.intoName();
            case Correction.Alias a -> a.alias() + " is an alias of " + a.entityName();
            case Correction.Split s -> "split " + (s.names().isEmpty() ? "every other name" : String.join(", ", s.names()))
                    + " off " + s.entityName();
            case Correction.Rename r -> "renamed " + r.oldName() + " to " + r.newName();
        };
    }
}
