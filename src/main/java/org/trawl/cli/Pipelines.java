package org.trawl.cli;

import org.trawl.config.TrawlConfig;
import org.trawl.nlp.ModelFiles;
import org.trawl.pipeline.Pipeline;
import org.trawl.pipeline.Resources;
import org.trawl.pipeline.StageTimes;

/** Builds the extraction pipeline the commands use, from the configured models. */
final class Pipelines {

    /** How many times the models were loaded in this JVM (tests check that a refused run loads none). */
    private static final java.util.concurrent.atomic.AtomicInteger LOADS = new java.util.concurrent.atomic.AtomicInteger();

    private Pipelines() {
    }

    static int loads() {
        return LOADS.get();
    }

    static Pipeline load(TrawlConfig config) {
        LOADS.incrementAndGet();
        return new Pipeline(Resources.load(new ModelFiles(config.modelsDir())), new StageTimes());
    }
}
