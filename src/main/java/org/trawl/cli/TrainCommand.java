package org.trawl.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.trawl.json.Json;
import org.trawl.pipeline.Resources;
import org.trawl.train.ModelFile;
import org.trawl.train.NameFinderTrainer;
import org.trawl.train.TrainingRecipe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trawl train}: reproduces the shipped name-finder model from the open training corpora. */
@Command(name = "train", subcommands = {TrainRelationsCommand.class, TrainInDomainCommand.class})
final class TrainCommand extends TrawlCommand {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/ner",
            description = "folder of the training corpora (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "models",
            description = "folder to write the model to (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--algorithm", paramLabel = "NAME", description = "MAXENT or PERCEPTRON (default: the recipe's)")
    String algorithm;

    @Option(names = "--iterations", paramLabel = "N", description = "training iterations (default: the recipe's)")
    Integer iterations;

    @Mixin
    CutoffOption cutoff;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data)) {
            throw usageError("no training data folder: " + data);
        }
        TrainingRecipe recipe = recipe();
        PrintWriter log = err();
        log.printf("training %s, %d iterations, cutoff %d, on %s ...%n", recipe.algorithm(), recipe.iterations(),
                recipe.cutoff(), data);
        log.flush();
        NameFinderTrainer.Result r = new NameFinderTrainer().train(data, recipe);

        Path model = ModelFile.write(out, Resources.NAME_MODEL, r.model()::serialize);
        ObjectNode report = report(recipe, r, Files.size(model));
        Files.writeString(out.resolve("trawl-ner-en.training.json"), Json.pretty(report) + "\n");

        PrintWriter o = out();
        o.printf(Locale.ROOT, "wrote %s (%.1f MB)%n", model, Files.size(model) / 1e6);
        o.printf(Locale.ROOT, "held-out sentences: %d  precision %.3f  recall %.3f  F1 %.3f%n", r.heldOutSentences(),
                r.heldOut().getPrecisionScore(), r.heldOut().getRecallScore(), r.heldOut().getFMeasure());
        o.printf(Locale.ROOT, "training: %d sentences, %.0f s, peak heap %.1f GB%n", r.trainingSentences(),
                r.trainingTime().toMillis() / 1000.0, r.peakHeapBytes() / 1e9);
        o.flush();
        return 0;
    }

    private TrainingRecipe recipe() {
        TrainingRecipe base = TrainingRecipe.shipped();
        String alg = algorithm == null ? base.algorithm() : algorithm.toUpperCase(Locale.ROOT);
        if (!alg.equals("MAXENT") && !alg.equals("PERCEPTRON")) {
            throw usageError("--algorithm must be MAXENT or PERCEPTRON, not " + algorithm);
        }
        return base.with(alg, iterations == null ? base.iterations() : iterations, cutoff.orRecipe(base.cutoff()));
    }

    private static ObjectNode report(TrainingRecipe recipe, NameFinderTrainer.Result r, long bytes) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        ObjectNode rec = o.putObject("recipe");
        var corpora = rec.putArray("corpora");
        recipe.corpora().forEach(c -> corpora.addObject().put("file", c.file()).put("repeat", c.repeat()));
        rec.put("algorithm", recipe.algorithm());
        rec.put("iterations", recipe.iterations());
        rec.put("cutoff", recipe.cutoff());
        rec.put("holdout_every", recipe.holdoutEvery());
        rec.put("seed", recipe.seed());
        rec.put("beam_size", recipe.beamSize());
        rec.put("features", recipe.features());
        ObjectNode h = o.putObject("held_out");
        h.put("sentences", r.heldOutSentences());
        h.put("precision", Json.round(r.heldOut().getPrecisionScore()));
        h.put("recall", Json.round(r.heldOut().getRecallScore()));
        h.put("f1", Json.round(r.heldOut().getFMeasure()));
        o.put("training_sentences", r.trainingSentences());
        o.put("training_seconds", Math.round(r.trainingTime().toMillis() / 1000.0));
        o.put("peak_heap_bytes", r.peakHeapBytes());
        o.put("model_bytes", bytes);
        return o;
    }
}
