package org.trawl.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.trawl.json.Json;
import org.trawl.store.FailureRecord;
import org.trawl.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trawl failures}: the files ingest could not read, with the stage and the reason. */
@Command(name = "failures")
final class FailuresCommand extends TrawlCommand {

    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "print JSON Lines, one failure per line")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        List<FailureRecord> failures;
        try (StoreReader store = index.openReader()) {
            failures = store.failures();
        }
        for (FailureRecord f : failures) {
            if (json) {
                ObjectNode o = Json.MAPPER.createObjectNode().put("path", f.path()).put("stage", f.stage())
                        .put("reason", f.reason()).put("size", f.size()).put("time", f.time().toString());
                out.println(Json.line(o));
            } else {
                out.printf(Locale.ROOT, "%s%n  %-8s %s%n", f.path(), f.stage(), f.reason());
            }
        }
        if (!json) {
            out.printf(Locale.ROOT, "%d failed file%s%s%n", failures.size(), failures.size() == 1 ? "" : "s",
                    failures.isEmpty() ? "" : " (retry with: trawl ingest --retry-failed PATH...)");
        }
        out.flush();
        return 0;
    }
}
