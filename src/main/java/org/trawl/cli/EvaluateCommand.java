package org.trawl.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trawl.config.TrawlConfig;
import org.trawl.eval.Evaluation;
import org.trawl.eval.GoldDocument;
import org.trawl.eval.GoldReader;
import org.trawl.eval.Tally;
import org.trawl.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trawl evaluate}: precision, recall and F1 of names and relations against a gold file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores extraction against a gold-standard file.", "",
            "Runs extraction on each document's text and reports precision, recall and F1 per type and",
            "micro-averaged, lenient and strict, for names and for typed relations (definitions in the README)."})
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
        Evaluation.Report report = Evaluation.run(Pipelines.load(config), docs);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(json(report)));
        } else {
            print(out, report, errors);
        }
        out.flush();
        return 0;
    }

    static ObjectNode json(Evaluation.Report r) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("documents", r.documents());
        o.set("lenient", tally(r.lenient()));
        o.set("strict", tally(r.strict()));
        o.set("relations", tally(r.relations()));
        o.put("tokens", r.tokens());
        o.put("seconds", Json.round(r.seconds()));
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

    private static void print(PrintWriter out, Evaluation.Report r, int errors) {
        out.printf(Locale.ROOT, "%d documents, %,d tokens, %.1f s%n", r.documents(), r.tokens(), r.seconds());
        table(out, "Names, lenient", r.lenient());
        table(out, "Names, strict", r.strict());
        table(out, "Relations", r.relations());
        if (errors > 0) {
            out.println();
            for (String kind : List.of("FP", "FN", "REL-FP", "REL-FN")) {
                r.mistakes().stream().filter(m -> m.kind().equals(kind)).limit(errors).forEach(m ->
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
