package org.trawl.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.trawl.config.TrawlConfig;
import org.trawl.eval.GoldDocument;
import org.trawl.json.Json;
import org.trawl.nlp.ModelFiles;
import org.trawl.pipeline.Resources;
import org.trawl.train.InDomainNameTrainer;
import org.trawl.train.ModelFile;
import org.trawl.train.NameCrossValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trawl train in-domain}: reproduces the shipped small in-domain name model from its gold data. */
@Command(name = "in-domain", mixinStandardHelpOptions = true)
final class TrainInDomainCommand extends TrawlCommand {

    static final String REPORT = "trawl-ner-indomain-en.training.json";

    @Mixin
    GoldTrainingOptions training;

    @Option(names = "--repeat", paramLabel = "N", description = "times the first file's documents are trained on (default: the recipe's)")
    Integer repeat;

    @Mixin
    CutoffOption cutoff;

    @Override
    public Integer call() throws IOException {
        List<Path> files = training.files();
        List<List<GoldDocument>> docs = training.documents(spec);
        if (training.folds < 2 || training.folds > docs.get(0).size()) {
            throw usageError("--folds must be between 2 and the number of "
                    + "documents of " + files.get(0) + " (" + docs.get(0).size() + "), not " + training.folds);
        }
        InDomainNameTrainer.Recipe base = InDomainNameTrainer.Recipe.DEFAULT;
        InDomainNameTrainer.Recipe recipe = new InDomainNameTrainer.Recipe(repeat == null ? base.repeat() : repeat,
                cutoff.orRecipe(base.cutoff()));
        if (recipe.repeat() < 1 || recipe.cutoff() < 1) {
            throw usageError("--repeat and --cutoff must be 1 or more");
        }
        List<GoldDocument> extra = new ArrayList<>();
        for (int i = 1; i < docs.size(); i++) {
            extra.addAll(docs.get(i));
        }
        PrintWriter log = err();
        log.printf("cross-validating (%d folds) on %s ...%n", training.folds, files.get(0));
        log.flush();
        long t0 = System.nanoTime();
        Resources general = Resources.loadForTraining(new ModelFiles(TrawlConfig.defaults().modelsDir()))
                .withInDomainModel(null);
        InDomainNameTrainer trainer = new InDomainNameTrainer(recipe);
        NameCrossValidation.Report report = new NameCrossValidation(trainer.folds(extra)).run(general, docs.get(0), training.folds);
        TokenNameFinderModel model = trainer.train(docs.get(0), extra);
        double seconds = (System.nanoTime() - t0) / 1e9;

        Path file = ModelFile.write(training.out, Resources.IN_DOMAIN_MODEL, model::serialize);
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.putObject("recipe").put("repeat", recipe.repeat()).put("cutoff", recipe.cutoff())
                .put("features", "as trawl-ner-en.bin").put("algorithm", "MAXENT").put("threads", 1);
        json.set("data", GoldTrainingOptions.json(files, docs));
        json.set("cross_validation", EvaluateCommand.json(report));
        json.put("model_bytes", Files.size(file));
        Files.writeString(training.out.resolve(REPORT), Json.pretty(json) + "\n");

        PrintWriter o = out();
        o.printf(Locale.ROOT, "wrote %s (%.1f KB), %.0f s%n", file, Files.size(file) / 1e3, seconds);
        o.printf(Locale.ROOT, "names, %d-fold cross-validated on %s: lenient P %.3f R %.3f F1 %.3f, strict F1 %.3f "
                        + "(without the in-domain model: lenient F1 %.3f)%n", training.folds, files.get(0).getFileName(),
                report.lenient().micro().precision(), report.lenient().micro().recall(), report.lenient().micro().f1(),
                report.strict().micro().f1(), report.withoutLenient().micro().f1());
        o.flush();
        return 0;
    }
}
