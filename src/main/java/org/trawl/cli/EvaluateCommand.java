package org.trawl.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.trawl.config.TrawlConfig;
import org.trawl.eval.Evaluation;
import org.trawl.eval.GoldDocument;
import org.trawl.eval.GoldReader;
import org.trawl.eval.MentionScorer;
import org.trawl.eval.Tally;
import org.trawl.json.Json;
import org.trawl.nlp.ModelFiles;
import org.trawl.pipeline.Pipeline;
import org.trawl.pipeline.Resources;
import org.trawl.pipeline.StageTimes;
import org.trawl.train.CrossValidation;
import org.trawl.train.InDomainNameTrainer;
import org.trawl.train.NameCrossValidation;
import org.trawl.train.RelationTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trawl evaluate}: precision, recall and F1 of names and relations against a gold file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true)
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE",
            description = "gold documents, one JSON object per line (text, entities, relations)")
    Path gold;

    @Option(names = "--models", paramLabel = "DIR", description = "models folder to evaluate instead of the bundled one")
    Path models;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Option(names = "--errors", paramLabel = "N", description = "also list up to N false positives and negatives")
    int errors;

    @Option(names = "--folds", paramLabel = "K",
            description = "cross-validate what is trained on in-domain data (the in-domain name model and the "
                    + "relation model): each document scored by models trained on the other folds (plus the --train "
                    + "files), never on itself")
    Integer folds;

    @Option(names = "--names",
            description = "with --folds: cross-validate the names only, not the relation model (seconds instead of minutes)")
    boolean namesOnly;

    @Option(names = "--train", paramLabel = "FILE",
            description = "with --folds: gold files always trained on, never scored (default: "
                    + "models/training/relations/gmb-relations.jsonl when present)")
    List<Path> train;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(gold)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such gold file: " + gold);
        }
        List<GoldDocument> docs;
        try {
            docs = GoldReader.read(gold);
        } catch (java.io.IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read gold file " + e.getMessage());
        }
        TrawlConfig config = TrawlConfig.defaults();
        if (models != null) {
            config = config.withModelsDir(models);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (folds != null) {
            return crossValidate(config, docs, out);
        }
        if (namesOnly) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--names needs --folds K");
        }
        Evaluation.Report report = Evaluation.run(Pipelines.load(config), docs);
        if (json) {
            out.println(Json.pretty(json(report)));
        } else {
            print(out, report);
        }
        out.flush();
        return 0;
    }

    private int crossValidate(TrawlConfig config, List<GoldDocument> docs, PrintWriter out) {
        if (folds < 2 || folds > docs.size()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--folds must be between 2 and the number of documents (" + docs.size() + "), not " + folds);
        }
        List<Path> extraFiles = train != null ? train
                : Files.isRegularFile(GoldTrainingOptions.ANNOTATED) ? List.of(GoldTrainingOptions.ANNOTATED) : List.of();
        // a document scored is never also trained on: the --train files (by default the annotated corpus) may
        // hold the very documents scored, as when the annotated corpus itself is evaluated
        Set<String> scoredTexts = new HashSet<>();
        docs.forEach(d -> scoredTexts.add(d.text()));
        List<List<GoldDocument>> extraByFile = GoldTrainingOptions.read(spec, extraFiles).stream()
                .map(file -> file.stream().filter(d -> !scoredTexts.contains(d.text())).toList()).toList();
        List<GoldDocument> extraDocs = extraByFile.stream().flatMap(List::stream).toList();
        long t0 = System.nanoTime();
        Resources resources = Resources.loadForTraining(new ModelFiles(config.modelsDir()));
        Resources general = resources.withInDomainModel(null);
        NameCrossValidation.Report names = new NameCrossValidation(new InDomainNameTrainer(
                InDomainNameTrainer.Recipe.DEFAULT).folds(extraDocs)).run(general, docs, folds);
        CrossValidation.Report r = null;
        if (!namesOnly) {
            // the relation model's candidates come from the names of the recogniser without the in-domain
            // name model, which was trained on these documents
            Pipeline pipeline = new Pipeline(general, new StageTimes());
            List<CrossValidation.Prepared> scored = CrossValidation.prepare(pipeline, docs);
            List<List<CrossValidation.Prepared>> extra = extraByFile.stream()
                .map(file -> CrossValidation.prepare(pipeline, file)).toList();
            r = new CrossValidation(new RelationTrainer(RelationTrainer.Recipe.DEFAULT)).run(scored, extra, folds);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (json) {
            ObjectNode o = r == null ? Json.MAPPER.createObjectNode() : json(r);
            o.setAll(json(names));
            o.put("documents", docs.size());
            o.put("training_documents", extraDocs.size());
            o.put("seconds", Json.round(seconds));
            out.println(Json.pretty(o));
        } else {
            out.printf(Locale.ROOT, "%d documents, %d-fold cross-validated (document-level; %d more documents always "
                    + "trained on), %.1f s%n", docs.size(), folds, extraDocs.size(), seconds);
            table(out, "Names, lenient (cross-validated)", names.lenient());
            table(out, "Names, strict (cross-validated)", names.strict());
            table(out, "Names without the in-domain model (general model, lists, patterns), lenient",
                    names.withoutLenient());
            table(out, "Names without the in-domain model, strict", names.withoutStrict());
            if (r != null) {
                table(out, "Relations (cross-validated)", r.relations());
                out.printf(Locale.ROOT, "  mean over folds: F1 %.3f; fold thresholds %s%n", r.meanF1(),
                        java.util.Arrays.deepToString(r.thresholds()));
                out.printf(Locale.ROOT, "  types with a threshold of their own, by fold: %s%n",
                        r.chosen().stream().map(t -> new java.util.TreeMap<>(t.byType()).toString()).toList());
                table(out, "Relations through pronouns and descriptions (cross-validated)", r.references());
                mistakes(out, r.mistakes(), List.of("REL-FP", "REL-FN"));
            }
        }
        out.flush();
        return 0;
    }

    /** The names' cross-validation as JSON: {@code lenient} and {@code strict}, and the same without the in-domain model. */
    static ObjectNode json(NameCrossValidation.Report r) {
        ObjectNode o = names("folds", r.folds(), r.lenient(), r.strict());
        o.set("lenient_general_only", tally(r.withoutLenient()));
        o.set("strict_general_only", tally(r.withoutStrict()));
        return o;
    }

    static ObjectNode json(CrossValidation.Report r) {
        ObjectNode o = names("folds", r.folds(), r.lenient(), r.strict());
        o.set("relations", tally(r.relations()));
        o.put("relations_mean_f1", Json.round(r.meanF1()));
        var f1 = o.putArray("relations_fold_f1");
        for (double f : r.foldF1()) {
            f1.add(Json.round(f));
        }
        var th = o.putArray("fold_thresholds");
        for (double[] t : r.thresholds()) {
            th.addArray().add(t[0]).add(t[1]);
        }
        var byType = o.putArray("fold_thresholds_by_type");
        for (var t : r.chosen()) {
            ObjectNode types = byType.addObject();
            t.byType().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> types.put(e.getKey().name(), e.getValue()));
        }
        o.set("references", tally(r.references()));
        return o;
    }

    static ObjectNode json(Evaluation.Report r) {
        ObjectNode o = names("documents", r.documents(), r.lenient(), r.strict());
        o.set("relations", tally(r.relations()));
        o.put("tokens", r.tokens());
        o.put("seconds", Json.round(r.seconds()));
        return o;
    }

    /** How every report's JSON starts: what was scored ({@code documents} or {@code folds}), then the names' tallies. */
    private static ObjectNode names(String scored, long count, Tally lenient, Tally strict) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put(scored, count);
        o.set("lenient", tally(lenient));
        o.set("strict", tally(strict));
        return o;
    }

    private static ObjectNode tally(Tally t) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.set("micro", counts(t.micro()));
        ObjectNode by = o.putObject("by_type");
        t.byLabel().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> by.set(e.getKey(), counts(e.getValue())));
        return o;
    }

    private static ObjectNode counts(Tally.Counts c) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("precision", Json.round(c.precision()));
        o.put("recall", Json.round(c.recall()));
        o.put("f1", Json.round(c.f1()));
        o.put("tp", c.truePositives());
        o.put("fp", c.falsePositives());
        o.put("fn", c.falseNegatives());
        return o;
    }

    private void print(PrintWriter out, Evaluation.Report r) {
        out.printf(Locale.ROOT, "%d documents, %,d tokens, %.1f s%n", r.documents(), r.tokens(), r.seconds());
        table(out, "Names, lenient", r.lenient());
        table(out, "Names, strict", r.strict());
        table(out, "Relations", r.relations());
        mistakes(out, r.mistakes(), List.of("FP", "FN", "REL-FP", "REL-FN"));
    }

    /** Up to {@code --errors} mistakes of each kind. */
    private void mistakes(PrintWriter out, List<MentionScorer.Mistake> mistakes, List<String> kinds) {
        if (errors > 0) {
            out.println();
            for (String kind : kinds) {
                mistakes.stream().filter(m -> m.kind().equals(kind)).limit(errors).forEach(m ->
                        out.printf("%-6s %-7s %-35s %s%n", m.kind(), m.type(), m.text(), m.context()));
            }
        }
    }

    private static void table(PrintWriter out, String title, Tally t) {
        out.println();
        out.println(Terminal.bold(title));
        out.printf(Locale.ROOT, "  %-18s %9s %9s %9s %6s %6s %6s%n", "", "precision", "recall", "F1", "tp", "fp", "fn");
        t.byLabel().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> row(out, e.getKey(), e.getValue()));
        row(out, "micro", t.micro());
    }

    private static void row(PrintWriter out, String label, Tally.Counts c) {
        out.printf(Locale.ROOT, "  %-18s %9.3f %9.3f %9.3f %6d %6d %6d%n", label, c.precision(), c.recall(), c.f1(),
                c.truePositives(), c.falsePositives(), c.falseNegatives());
    }
}
