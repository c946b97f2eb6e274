package org.trawl.cli;

import org.trawl.config.TrawlConfig;
import org.trawl.nlp.ModelFiles;
import org.trawl.pipeline.Pipeline;
import org.trawl.pipeline.Resources;
import org.trawl.pipeline.StageTimes;

/** Builds the extraction pipeline the commands use, from the configured models. */
final class Pipelines {

    private Pipelines() {
    }

    static Pipeline load(TrawlConfig config) {
        return new Pipeline(Resources.load(new ModelFiles(config.modelsDir())), new StageTimes());
    }
}
