package org.trawl.train;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.trawl.eval.GoldDocument;
import org.trawl.eval.MentionScorer;
import org.trawl.eval.RelationScorer;
import org.trawl.eval.Tally;
import org.trawl.model.EntityMention;
import org.trawl.model.Mention;
import org.trawl.model.Relation;
import org.trawl.model.SourceDocument;
import org.trawl.pipeline.Pipeline;
import org.trawl.relate.RelationModel;

/**
 * Document-level k-fold cross-validation of the relation model: each gold document is scored by a model
 * trained on the other folds (plus any extra training documents, which are never scored), its threshold
 * chosen by an inner cross-validation on those training documents alone. Folds are fixed by the SHA-256
 * of the document ids, so every run splits alike. Also chooses the shipped model's threshold.
 */
public final class CrossValidation {

    /** The thresholds tried. */
    static final double[] THRESHOLDS = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7};
    /** The probabilities of no relation tried as the point where the model overrules the trigger rules. */
    static final double[] RULE_VETOES = {0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 1.01};
    static final int INNER_FOLDS = 3;

    /**
     * The scores of a cross-validation.
     *
     * @param folds       the number of folds
     * @param lenient     names, lenient (the name model is not trained on the gold documents)
     * @param strict      names, strict
     * @param relations   relations between names, pooled over the folds
     * @param references  relations standing on a pronoun or description, pooled
     * @param foldF1      each fold's micro F1 of relations
     * @param thresholds  each fold's thresholds (the threshold, then the rules' veto), chosen on its
     *                    training documents
     */
    public record Report(int folds, Tally lenient, Tally strict, Tally relations, Tally references, double[] foldF1,
                         double[][] thresholds) {

        /** The mean over folds of the relations' micro F1. */
        public double meanF1() {
            double sum = 0;
            for (double f : foldF1) {
                sum += f;
            }
            return foldF1.length == 0 ? 0 : sum / foldF1.length;
        }
    }

    /** A gold document prepared once: its names and its candidate pairs. */
    public record Prepared(GoldDocument gold, List<Mention> mentions, Pipeline.Prepared article) {

        RelationTrainer.Example example() {
            return new RelationTrainer.Example(gold, article.relations().pairs());
        }
    }

    private final RelationTrainer trainer;

    public CrossValidation(RelationTrainer trainer) {
        this.trainer = trainer;
    }

    /** Runs the pipeline's names, resolution and candidate finding on each gold document. */
    public static List<Prepared> prepare(Pipeline pipeline, List<GoldDocument> docs) {
        List<Prepared> out = new ArrayList<>(docs.size());
        for (GoldDocument d : docs) {
            Pipeline.Prepared p = pipeline.prepare(SourceDocument.ofText(d.id(), d.text()));
            out.add(new Prepared(d, p.mentions().stream().map(EntityMention::mention).toList(), p));
        }
        return out;
    }

    /** The documents of each of k folds, by the SHA-256 of their ids. */
    public static List<List<Prepared>> folds(List<Prepared> docs, int k) {
        return folds(docs, p -> p.gold().id(), k);
    }

    /** The items of each of k folds, by the SHA-256 of their document ids: every run splits alike. */
    public static <T> List<List<T>> folds(List<T> docs, Function<T, String> id, int k) {
        List<T> sorted = new ArrayList<>(docs);
        sorted.sort(Comparator.comparing(p -> sha256(id.apply(p))));
        List<List<T>> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < sorted.size(); i++) {
            folds.get(i % k).add(sorted.get(i));
        }
        return folds;
    }

    /**
     * @param scored the documents scored, each by a model that never saw it
     * @param extra  documents always trained on, never scored
     */
    public Report run(List<Prepared> scored, List<Prepared> extra, int k) {
        List<GoldDocument> all = scored.stream().map(Prepared::gold).toList();
        MentionScorer names = new MentionScorer(all);
        RelationScorer scorer = new RelationScorer();
        Tally lenient = new Tally();
        Tally strict = new Tally();
        Tally relations = new Tally();
        Tally references = new Tally();
        List<List<Prepared>> folds = folds(scored, k);
        double[] foldF1 = new double[k];
        double[][] thresholds = new double[k][];
        for (int f = 0; f < k; f++) {
            List<Prepared> others = new ArrayList<>();
            for (int g = 0; g < k; g++) {
                if (g != f) {
                    others.addAll(folds.get(g));
                }
            }
            thresholds[f] = chooseThreshold(others, extra);
            List<Prepared> train = new ArrayList<>(extra);
            train.addAll(others);
            RelationModel model = trainer.train(examples(train), thresholds[f][0], thresholds[f][1]);
            Tally fold = new Tally();
            for (Prepared p : folds.get(f)) {
                List<Relation> predicted = p.article().relations().decide(model);
                names.score(p.gold(), p.mentions(), lenient, strict, m -> { });
                scorer.score(p.gold(), predicted, p.mentions(), relations, m -> { });
                scorer.score(p.gold(), predicted, p.mentions(), fold, m -> { });
                scorer.scoreReferences(p.gold(), predicted, p.mentions(), references);
            }
            foldF1[f] = fold.micro().f1();
        }
        return new Report(k, lenient, strict, relations, references, foldF1, thresholds);
    }

    /**
     * The threshold and the rules' veto with the best pooled relation F1
     * over an inner cross-validation of the scored documents (the extra documents are trained on in every
     * inner fold and never scored).
     */
    public double[] chooseThreshold(List<Prepared> scored, List<Prepared> extra) {
        List<List<Prepared>> inner = folds(scored, INNER_FOLDS);
        int n = THRESHOLDS.length * RULE_VETOES.length;
        Tally[] tallies = new Tally[n];
        for (int t = 0; t < n; t++) {
            tallies[t] = new Tally();
        }
        RelationScorer scorer = new RelationScorer();
        for (int f = 0; f < INNER_FOLDS; f++) {
            List<Prepared> fit = new ArrayList<>(extra);
            for (int g = 0; g < INNER_FOLDS; g++) {
                if (g != f) {
                    fit.addAll(inner.get(g));
                }
            }
            RelationModel model = trainer.train(examples(fit), RelationModel.DEFAULT_THRESHOLD,
                    RelationModel.DEFAULT_THRESHOLD);
            for (int t = 0; t < n; t++) {
                RelationModel at = model.withThresholds(THRESHOLDS[t / RULE_VETOES.length],
                        RULE_VETOES[t % RULE_VETOES.length]);
                for (Prepared p : inner.get(f)) {
                    scorer.score(p.gold(), p.article().relations().decide(at), p.mentions(), tallies[t], m -> { });
                }
            }
        }
        int best = 0;
        for (int t = 1; t < n; t++) {
            if (tallies[t].micro().f1() > tallies[best].micro().f1() + 1e-9) {
                best = t;
            }
        }
        return new double[] {THRESHOLDS[best / RULE_VETOES.length], RULE_VETOES[best % RULE_VETOES.length]};
    }

    /** The training examples of prepared documents. */
    public static List<RelationTrainer.Example> examples(List<Prepared> docs) {
        return docs.stream().map(Prepared::example).toList();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
