package org.trawl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.trawl.bench.SyntheticIndex;
import org.trawl.config.TrawlConfig;
import org.trawl.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code trawl bench index}: a large index of generated articles, written without extraction. */
@Command(name = "index")
final class BenchIndexCommand extends GeneratedArticlesCommand {

    @Mixin
    IndexOption index;

    @Override
    public Integer call() throws IOException {
        TrawlConfig config = index.config();
        StoreLocation location = index.location();
        SyntheticIndex.Result r = SyntheticIndex.write(generator(config), location, count, seed);
        PrintWriter out = out();
        out.printf(Locale.ROOT, "wrote %,d articles, %,d mentions, %,d relations to %s in %.1f s%n", r.articles(),
                r.mentions(), r.relations(), location, r.seconds());
        out.flush();
        return 0;
    }
}
