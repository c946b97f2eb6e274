package org.trawl.cli;

import java.io.IOException;
import org.trawl.bench.ArticleGenerator;
import org.trawl.config.TrawlConfig;
import org.trawl.nlp.ModelFiles;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What the bench commands that make generated articles ({@code bench generate}, {@code bench index}) start
 * from: how many articles (the first parameter, N), the seed that makes them the same from run to run, and
 * the generator.
 */
abstract class GeneratedArticlesCommand extends TrawlCommand {

    @Parameters(index = "0", paramLabel = "N", description = "number of articles")
    int count;

    @Option(names = "--seed", paramLabel = "N", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed = 1;

    /** The generator, drawing names from the configured models folder; refuses a count below 1. */
    final ArticleGenerator generator(TrawlConfig config) throws IOException {
        if (count < 1) {
            throw usageError("N must be 1 or more");
        }
        return ArticleGenerator.fromGazetteers(new ModelFiles(config.modelsDir()));
    }
}
