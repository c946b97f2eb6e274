package org.trawl.train;

import java.util.List;

/**
 * Everything that determines a trained name-finder model, so that {@code trawl train} reproduces it.
 *
 * @param corpora      training files (relative to the data folder) and how many times each is used
 * @param algorithm    OpenNLP trainer: MAXENT or PERCEPTRON
 * @param iterations   training iterations
 * @param cutoff       minimum feature count
 * @param threads      trainer threads (MAXENT only)
 * @param holdoutEvery every n-th sentence of each corpus is held out for scoring, never trained on
 * @param seed         seed of the fixed shuffle of training sentences
 * @param features     classpath resource of the feature-generator descriptor
 * @param beamSize     sequences kept while decoding; 1 is greedy decoding, recorded in the model
 */
public record TrainingRecipe(List<CorpusUse> corpora, String algorithm, int iterations, int cutoff, int threads,
                             int holdoutEvery, long seed, String features, int beamSize) {

    /** One training file and its weight, as a repeat count. */
    public record CorpusUse(String file, int repeat) {
    }

    public TrainingRecipe {
        corpora = List.copyOf(corpora);
    }

    /** This recipe with another algorithm, number of iterations and cut-off. */
    public TrainingRecipe with(String newAlgorithm, int newIterations, int newCutoff) {
        return new TrainingRecipe(corpora, newAlgorithm, newIterations, newCutoff, threads, holdoutEvery, seed, features, beamSize);
    }

    /** The recipe of the shipped model; the reasons for each choice are in models/README.md. */
    public static TrainingRecipe shipped() {
        return new TrainingRecipe(
                List.of(new CorpusUse("gmb.train", 1), new CorpusUse("crossner-politics.train", 1),
                        new CorpusUse("wikigold.train", 1), new CorpusUse("uner-en.train", 1)),
                "MAXENT", 100, 3, 2, 20, 42L, "/org/trawl/train/features.xml", 1);
    }
}
