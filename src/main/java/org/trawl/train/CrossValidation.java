package org.trawl.train;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.trawl.eval.GoldDocument;
import org.trawl.eval.MentionScorer;
import org.trawl.eval.RelationScorer;
import org.trawl.eval.Tally;
import org.trawl.model.EntityMention;
import org.trawl.model.Mention;
import org.trawl.model.Relation;
import org.trawl.model.RelationType;
import org.trawl.model.SourceDocument;
import org.trawl.pipeline.Pipeline;
import org.trawl.relate.RelationLabels;
import org.trawl.relate.RelationModel;
import org.trawl.relate.RelationThresholds;

/**
 * Document-level k-fold cross-validation of the relation model: each gold document is scored by a model
 * trained on the other folds (plus any extra training documents, which are never scored), its thresholds
 * chosen by {@link #thresholdsFor}, the procedure that chooses the shipped model's, on those training
 * documents alone. So the cross-validated figure is the held-out figure of what {@code trawl train relations}
 * ships. Folds are fixed by the SHA-256 of the document ids, so every run splits alike.
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
     * @param chosen      each fold's thresholds, chosen on its training documents
     * @param mistakes    the relations' false positives and negatives, each from the fold that scored it
     */
    public record Report(int folds, Tally lenient, Tally strict, Tally relations, Tally references, double[] foldF1,
                         List<RelationThresholds> chosen, List<MentionScorer.Mistake> mistakes) {

        /** Each fold's threshold and rules' veto. */
        public double[][] thresholds() {
            return chosen.stream().map(t -> new double[] {t.threshold(), t.ruleVeto()}).toArray(double[][]::new);
        }

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
     * @param extra  documents always trained on, never scored: one list per corpus (gold file)
     */
    public Report run(List<Prepared> scored, List<List<Prepared>> extra, int k) {
        List<GoldDocument> all = scored.stream().map(Prepared::gold).toList();
        MentionScorer names = new MentionScorer(all);
        RelationScorer scorer = new RelationScorer();
        Tally lenient = new Tally();
        Tally strict = new Tally();
        Tally relations = new Tally();
        Tally references = new Tally();
        List<List<Prepared>> folds = folds(scored, k);
        double[] foldF1 = new double[k];
        List<RelationThresholds> thresholds = new ArrayList<>();
        List<MentionScorer.Mistake> mistakes = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<Prepared> others = new ArrayList<>();
            for (int g = 0; g < k; g++) {
                if (g != f) {
                    others.addAll(folds.get(g));
                }
            }
            RelationThresholds chosen = thresholdsFor(others, extra);
            thresholds.add(chosen);
            List<Prepared> train = new ArrayList<>(others);
            extra.forEach(train::addAll);
            RelationModel model = trainer.train(examples(train), chosen);
            Tally fold = new Tally();
            for (Prepared p : folds.get(f)) {
                List<Relation> predicted = p.article().relations().decide(model);
                names.score(p.gold(), p.mentions(), lenient, strict, m -> { });
                scorer.score(p.gold(), predicted, p.mentions(), relations, mistakes::add);
                scorer.score(p.gold(), predicted, p.mentions(), fold, m -> { });
                scorer.scoreReferences(p.gold(), predicted, p.mentions(), references);
            }
            foldF1[f] = fold.micro().f1();
        }
        return new Report(k, lenient, strict, relations, references, foldF1, thresholds, List.copyOf(mistakes));
    }

    /**
     * The thresholds a model trained on these documents ships with: those chosen by an inner cross-validation
     * over all of them, the gold documents and the extra ones alike ({@link #chooseThreshold}), each corpus
     * weighing the same. Training ({@code trawl train relations}) and each fold of {@link #run} call this one
     * method, so the figure a cross-validation reports is the held-out figure of the shipped procedure.
     *
     * @param gold  the gold documents trained on (in {@link #run}, a fold's training folds)
     * @param extra the extra documents trained on, one list per corpus
     */
    public RelationThresholds thresholdsFor(List<Prepared> gold, List<List<Prepared>> extra) {
        List<List<Prepared>> corpora = new ArrayList<>();
        corpora.add(gold);
        corpora.addAll(extra);
        return chooseThreshold(corpora, List.of());
    }

    /**
     * The thresholds with the best F1 over an inner cross-validation of the scored documents (the extra
     * documents are trained on in every inner fold and never scored): first the threshold and the rules' veto
     * over their grids, then, one coarse type after another, a threshold of the type's own where one on the
     * grid does better. The F1 is the mean over the corpora of each one's pooled micro F1 (corpora with no
     * gold relation left out), so that a large corpus of one kind of text does not set the thresholds for all
     * kinds: the documents of every corpus are pooled for the inner folds, and scored corpus by corpus.
     *
     * @param corpora the scored documents, one list per corpus
     */
    RelationThresholds chooseThreshold(List<List<Prepared>> corpora, List<Prepared> extra) {
        Map<Prepared, Integer> corpusOf = new IdentityHashMap<>();
        List<Prepared> scored = new ArrayList<>();
        for (int c = 0; c < corpora.size(); c++) {
            for (Prepared p : corpora.get(c)) {
                corpusOf.put(p, c);
                scored.add(p);
            }
        }
        List<List<Prepared>> inner = folds(scored, INNER_FOLDS);
        List<RelationModel> models = new ArrayList<>();
        for (int f = 0; f < INNER_FOLDS; f++) {
            List<Prepared> fit = new ArrayList<>(extra);
            for (int g = 0; g < INNER_FOLDS; g++) {
                if (g != f) {
                    fit.addAll(inner.get(g));
                }
            }
            models.add(trainer.train(examples(fit), RelationThresholds.of(RelationModel.DEFAULT_THRESHOLD,
                    RelationModel.DEFAULT_THRESHOLD)));
        }
        Inner folds = new Inner(inner, models, corpusOf, corpora.size());
        List<RelationThresholds> grid = new ArrayList<>();
        for (double t : THRESHOLDS) {
            for (double veto : RULE_VETOES) {
                grid.add(RelationThresholds.of(t, veto));
            }
        }
        RelationThresholds best = folds.best(grid);
        for (RelationType type : RelationLabels.COARSE) {
            List<RelationThresholds> own = new ArrayList<>(List.of(best));
            for (double t : THRESHOLDS) {
                own.add(best.with(type, t));
            }
            best = folds.best(own);
        }
        return best;
    }

    /** The inner folds of a threshold search, their models, and the corpus of each document. */
    private record Inner(List<List<Prepared>> folds, List<RelationModel> models, Map<Prepared, Integer> corpusOf,
                         int corpora) {

        /** The first of the candidates with the best F1 (a later one must do better by more than rounding). */
        RelationThresholds best(List<RelationThresholds> candidates) {
            RelationThresholds best = null;
            double bestF1 = -1;
            for (RelationThresholds at : candidates) {
                double f1 = f1(at);
                if (f1 > bestF1 + 1e-9) {
                    best = at;
                    bestF1 = f1;
                }
            }
            return best;
        }

        /** The mean over the corpora (those with gold relations) of each one's micro F1 at these thresholds. */
        double f1(RelationThresholds at) {
            RelationScorer scorer = new RelationScorer();
            List<Tally> tallies = new ArrayList<>();
            for (int c = 0; c < corpora; c++) {
                tallies.add(new Tally());
            }
            for (int f = 0; f < folds.size(); f++) {
                RelationModel model = models.get(f).withThresholds(at);
                for (Prepared p : folds.get(f)) {
                    scorer.score(p.gold(), p.article().relations().decide(model), p.mentions(),
                            tallies.get(corpusOf.get(p)), m -> { });
                }
            }
            return meanF1(tallies);
        }
    }

    /** The mean of the tallies' micro F1, over those with gold relations to find. */
    static double meanF1(List<Tally> tallies) {
        double sum = 0;
        int n = 0;
        for (Tally t : tallies) {
            Tally.Counts c = t.micro();
            if (c.truePositives() + c.falseNegatives() > 0) {
                sum += c.f1();
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
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
