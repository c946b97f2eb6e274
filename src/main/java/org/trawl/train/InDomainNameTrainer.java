package org.trawl.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.trawl.eval.GoldDocument;

/**
 * Trains trawl's small in-domain name model ({@code trawl-ner-indomain-en.bin}): the general model's
 * features, algorithm, iterations, seed and greedy decoding ({@link TrainingRecipe#shipped()}), but
 * trained on in-domain gold documents alone ({@link GoldSamples}), in seconds. The composite recogniser
 * weighs its names beside the general model's. Deterministic: one thread, a fixed shuffle.
 */
public final class InDomainNameTrainer {

    /**
     * The recipe.
     *
     * @param repeat how many times the cross-validated (first) gold file's sentences are trained on; the
     *               other files' once
     * @param cutoff minimum feature count
     */
    public record Recipe(int repeat, int cutoff) {

        /** The shipped model's recipe (measured alternatives in models/README.md). */
        public static final Recipe DEFAULT = new Recipe(1, 1);
    }

    private final Recipe recipe;

    public InDomainNameTrainer(Recipe recipe) {
        this.recipe = recipe;
    }

    /** The model trained on the cross-validated file's documents and on the extra ones. */
    public TokenNameFinderModel train(List<GoldDocument> weighted, List<GoldDocument> extra) {
        TrainingRecipe general = TrainingRecipe.shipped();
        List<NameSample> training = new ArrayList<>();
        List<NameSample> gold = GoldSamples.of(weighted);
        for (int i = 0; i < recipe.repeat(); i++) {
            training.addAll(gold);
        }
        training.addAll(GoldSamples.of(extra));
        Collections.shuffle(training, new Random(general.seed()));
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, general.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, general.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, recipe.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put(BeamSearch.BEAM_SIZE_PARAMETER, general.beamSize());
        try {
            TokenNameFinderFactory factory = TokenNameFinderFactory.create(
                    null, NameFinderTrainer.featureDescriptor(general.features()), Map.of(), new BioCodec());
            return NameFinderME.train("en", null, new CollectionObjectStream<>(training), params, factory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cross-validation's training of one fold: the model of the fold's training documents and the extra ones. */
    public NameCrossValidation.FoldTraining folds(List<GoldDocument> extra) {
        return (base, training) -> base.withInDomainModel(train(training, extra));
    }
}
