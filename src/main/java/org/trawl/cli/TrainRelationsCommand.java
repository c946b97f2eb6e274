package org.trawl.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trawl.config.TrawlConfig;
import org.trawl.eval.GoldDocument;
import org.trawl.json.Json;
import org.trawl.nlp.ModelFiles;
import org.trawl.pipeline.Pipeline;
import org.trawl.pipeline.Resources;
import org.trawl.pipeline.StageTimes;
import org.trawl.relate.RelationModel;
import org.trawl.relate.RelationThresholds;
import org.trawl.train.CrossValidation;
import org.trawl.train.ModelFile;
import org.trawl.train.RelationTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trawl train relations}: reproduces the shipped relation model from its gold data. */
@Command(name = "relations", mixinStandardHelpOptions = true)
final class TrainRelationsCommand extends TrawlCommand {

    @Mixin
    GoldTrainingOptions training;

    @Option(names = "--iterations", paramLabel = "N", description = "maxent iterations (default: the recipe's)")
    Integer iterations;

    @Mixin
    CutoffOption cutoff;

    @Option(names = "--l2", paramLabel = "W", description = "L2 regularisation weight (default: the recipe's)")
    Double l2;

    @Override
    public Integer call() throws IOException {
        List<Path> files = training.files();
        if (training.folds < 2) {
            throw usageError("--folds must be 2 or more, not " + training.folds);
        }
        List<List<GoldDocument>> docs = training.documents(spec);
        RelationTrainer.Recipe base = RelationTrainer.Recipe.DEFAULT;
        RelationTrainer.Recipe recipe = new RelationTrainer.Recipe(base.algorithm(),
                iterations == null ? base.iterations() : iterations, cutoff.orRecipe(base.cutoff()),
                l2 == null ? base.l2() : l2);
        PrintWriter log = err();
        log.printf("preparing %d gold files ...%n", files.size());
        log.flush();
        Pipeline pipeline = new Pipeline(Resources.loadForTraining(new ModelFiles(TrawlConfig.defaults().modelsDir())),
                new StageTimes());
        List<CrossValidation.Prepared> scored = CrossValidation.prepare(pipeline, docs.get(0));
        List<List<CrossValidation.Prepared>> extra = new ArrayList<>();
        for (int i = 1; i < docs.size(); i++) {
            extra.add(CrossValidation.prepare(pipeline, docs.get(i)));
        }
        long t0 = System.nanoTime();
        RelationTrainer trainer = new RelationTrainer(recipe);
        CrossValidation cv = new CrossValidation(trainer);
        log.printf("cross-validating (%d folds) ...%n", training.folds);
        log.flush();
        CrossValidation.Report report = cv.run(scored, extra, training.folds);
        List<CrossValidation.Prepared> all = new ArrayList<>(scored);
        extra.forEach(all::addAll);
        RelationThresholds threshold = cv.thresholdsFor(scored, extra);
        List<RelationTrainer.Example> examples = CrossValidation.examples(all);
        RelationModel model = trainer.train(examples, threshold);
        double seconds = (System.nanoTime() - t0) / 1e9;

        Path file = ModelFile.write(training.out, RelationModel.FILE, model::write);
        ObjectNode json = Json.MAPPER.createObjectNode();
        ObjectNode rec = json.putObject("recipe");
        recipe.json().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> rec.putPOJO(e.getKey(), e.getValue()));
        json.set("data", GoldTrainingOptions.json(files, docs));
        json.put("threshold", threshold.threshold());
        json.put("rule_veto", threshold.ruleVeto());
        ObjectNode byType = json.putObject("thresholds_by_type");
        threshold.byType().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> byType.put(e.getKey().name(), e.getValue()));
        json.set("cross_validation", EvaluateCommand.json(report));
        json.put("training_events", examples.stream().mapToInt(e -> e.pairs().size()).sum());
        json.put("model_bytes", Files.size(file));
        Files.writeString(training.out.resolve(RelationModel.REPORT), Json.pretty(json) + "\n");

        PrintWriter o = out();
        o.printf(Locale.ROOT, "wrote %s (%.1f KB), threshold %.2f, rules overruled at %.3f no-relation probability, %.0f s%n", file,
                Files.size(file) / 1e3, threshold.threshold(), threshold.ruleVeto(), seconds);
        o.printf(Locale.ROOT, "relations, %d-fold cross-validated on %s: P %.3f R %.3f F1 %.3f (mean over folds %.3f)%n",
                training.folds, files.get(0).getFileName(), report.relations().micro().precision(),
                report.relations().micro().recall(), report.relations().micro().f1(), report.meanF1());
        o.flush();
        return 0;
    }
}
