package org.trawl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.trawl.bench.ArticleGenerator;
import org.trawl.config.TrawlConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code trawl bench generate}: synthetic articles to benchmark on. */
@Command(name = "generate")
final class BenchGenerateCommand extends GeneratedArticlesCommand {

    @Parameters(index = "1", paramLabel = "DIR", description = "folder to write them to")
    Path dir;

    @Mixin
    BenchCommand.HtmlEvery html;

    @Override
    public Integer call() throws IOException {
        ArticleGenerator generator = generator(TrawlConfig.defaults());
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw usageError(dir + " is a file, not a folder");
        }
        long t0 = System.nanoTime();
        generator.write(dir, count, seed, html.htmlEvery);
        PrintWriter out = out();
        out.printf(Locale.ROOT, "wrote %,d articles to %s in %.1f s%n", count, dir,
                (System.nanoTime() - t0) / 1e9);
        out.flush();
        return 0;
    }
}
