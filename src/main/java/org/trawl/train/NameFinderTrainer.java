package org.trawl.train;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.eval.FMeasure;

/**
 * Trains one OpenNLP name-finder model for PERSON, GROUP and PLACE from the openly licensed corpora, with
 * the settings in {@link TrainingRecipe}, and scores it on the corpora's fixed held-out sentences.
 */
public final class NameFinderTrainer {

    /** The outcome of a training run. */
    public record Result(TokenNameFinderModel model, FMeasure heldOut, Duration trainingTime, long peakHeapBytes,
                         int trainingSentences, int heldOutSentences) {
    }

    public Result train(Path dataDir, TrainingRecipe recipe) throws IOException {
        List<NameSample> training = new ArrayList<>();
        List<NameSample> heldOut = new ArrayList<>();
        for (TrainingRecipe.CorpusUse use : recipe.corpora()) {
            Path file = dataDir.resolve(use.file());
            if (!Files.isRegularFile(file)) {
                throw new IOException("training corpus not found: " + file);
            }
            NerCorpus.Split split = NerCorpus.read(file, recipe.holdoutEvery());
            for (int i = 0; i < use.repeat(); i++) {
                training.addAll(split.training());
            }
            heldOut.addAll(split.heldOut());
        }
        // a fixed shuffle: reproducible, and no corpus dominates the last iterations of the perceptron
        Collections.shuffle(training, new Random(recipe.seed()));

        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, recipe.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, recipe.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, recipe.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, recipe.threads());
        params.put(BeamSearch.BEAM_SIZE_PARAMETER, recipe.beamSize());

        TokenNameFinderFactory factory = TokenNameFinderFactory.create(
                null, featureDescriptor(recipe.features()), Map.of(), new BioCodec());
        long started = System.nanoTime();
        PeakHeap peak = PeakHeap.start();
        TokenNameFinderModel model = NameFinderME.train(
                "en", null, new CollectionObjectStream<>(training), params, factory);
        Duration time = Duration.ofNanos(System.nanoTime() - started);
        long peakBytes = peak.stop();

        TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(new NameFinderME(model));
        evaluator.evaluate(new CollectionObjectStream<>(heldOut));
        return new Result(model, evaluator.getFMeasure(), time, peakBytes, training.size(), heldOut.size());
    }

    /** Scores an existing model on the held-out sentences of the recipe's corpora. */
    public FMeasure evaluateHeldOut(TokenNameFinderModel model, Path dataDir, TrainingRecipe recipe)
            throws IOException {
        List<NameSample> heldOut = new ArrayList<>();
        for (TrainingRecipe.CorpusUse use : recipe.corpora()) {
            heldOut.addAll(NerCorpus.read(dataDir.resolve(use.file()), recipe.holdoutEvery()).heldOut());
        }
        TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(new NameFinderME(model));
        evaluator.evaluate(new CollectionObjectStream<>(heldOut));
        return evaluator.getFMeasure();
    }

    static byte[] featureDescriptor(String resource) {
        try (InputStream in = NameFinderTrainer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no feature descriptor " + resource);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
