package org.trawl.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trawl.json.Json;
import org.trawl.model.Entity;
import org.trawl.model.EntityType;
import org.trawl.store.SearchHit;
import org.trawl.store.SearchRequest;
import org.trawl.store.SearchResults;
import org.trawl.store.Snippet;
import org.trawl.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trawl search}: ranked articles with highlighted passages. */
@Command(name = "search")
final class SearchCommand extends TrawlCommand {

    /** The deepest page a search may reach: offset plus limit. */
    static final int MAX_HITS = 100_000;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "query words (none: every article)")
    List<String> words = new ArrayList<>();

    @Mixin
    ReadOptions options;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "hits to show (default: ${DEFAULT-VALUE})")
    int limit = 10;

    @Option(names = "--offset", paramLabel = "N", description = "hits to skip, for paging")
    int offset;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "only articles naming a PERSON, GROUP or PLACE (with --entity: of that type)")
    EntityType type;

    @Option(names = "--entity", paramLabel = "NAME", description = "only articles naming this entity (repeatable)")
    List<String> entities = new ArrayList<>();

    @Option(names = "--source", paramLabel = "SOURCE", description = "only articles from this source (folder or site)")
    String source;

    @Option(names = "--from", paramLabel = "DATE", description = "published on or after (YYYY-MM-DD)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "published on or before (YYYY-MM-DD)")
    LocalDate to;

    @Override
    public Integer call() throws Exception {
        if (limit < 0 || offset < 0) {
            throw usageError("--limit and --offset must not be negative");
        }
        if ((long) limit + offset > MAX_HITS) {
            throw usageError(String.format(java.util.Locale.ROOT,
                    "--offset plus --limit must be at most %,d (got %,d)", MAX_HITS, (long) limit + offset));
        }
        PrintWriter out = out();
        String query = String.join(" ", words);
        try (StoreReader store = options.openReader()) {
            List<String> ids = new ArrayList<>();
            for (String name : entities) {
                List<Entity> found = store.findEntities(name, type, 1);
                if (found.isEmpty()) {
                    err().println("trawl search: no entity named '" + name + "'"
                            + (type == null ? "" : " of type " + type));
                    return Main.FAILED;
                }
                ids.add(found.get(0).id());
            }
            SearchResults results = store.search(new SearchRequest(query, ids, entities.isEmpty() ? type : null,
                    source, from, to, offset, limit));
            if (options.json()) {
                out.println(Json.pretty(Json.searchResults(query, results)));
            } else {
                print(out, query, results);
            }
        }
        out.flush();
        return 0;
    }

    private void print(PrintWriter out, String query, SearchResults results) {
        out.printf(Locale.ROOT, "%,d article%s match%s%n", results.total(), results.total() == 1 ? "" : "s",
                query.isBlank() ? "" : " \"" + query + "\"");
        int rank = offset;
        for (SearchHit h : results.hits()) {
            rank++;
            out.println();
            out.printf(Locale.ROOT, "%d. %s  %s%n", rank, Terminal.bold(h.document().title()),
                    h.score() > 0 ? Terminal.dim(String.format(Locale.ROOT, "(score %.2f)", h.score())) : "");
            List<String> meta = new ArrayList<>();
            meta.add(Terminal.display(h.document().file()));
            if (h.document().published() != null) {
                meta.add(h.document().published().toString());
            }
            if (h.document().source() != null) {
                meta.add(h.document().source());
            }
            out.println("   " + Terminal.dim(String.join(" · ", meta)));
            for (Snippet s : h.snippets()) {
                out.println("   … " + Terminal.highlight(s) + " …");
            }
        }
    }
}
