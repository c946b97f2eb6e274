package org.trawl.train;

import java.util.ArrayList;
import java.util.List;
import org.trawl.eval.GoldDocument;
import org.trawl.eval.MentionScorer;
import org.trawl.eval.Tally;
import org.trawl.model.EntityMention;
import org.trawl.model.Mention;
import org.trawl.model.SourceDocument;
import org.trawl.pipeline.Pipeline;
import org.trawl.pipeline.Resources;
import org.trawl.pipeline.StageTimes;

/**
 * Document-level k-fold cross-validation of the names: each gold document is scored (names found and
 * resolved, as {@code trawl evaluate} scores them) by a recogniser whose in-domain parts were trained on
 * the other folds only (plus any extra documents, which are never scored), never on itself. The folds are
 * {@link CrossValidation#folds}' (SHA-256 of the document ids), so every run splits alike. The same
 * documents are also scored by the recogniser trained on no in-domain data, for comparison.
 */
public final class NameCrossValidation {

    /** Makes the recogniser of one fold. */
    @FunctionalInterface
    public interface FoldTraining {

        /**
         * @param base     the resources with no in-domain part
         * @param training the scored file's documents of the other folds
         */
        Resources train(Resources base, List<GoldDocument> training);
    }

    /**
     * The scores of a cross-validation, pooled over the folds.
     *
     * @param lenient        names, lenient, each fold scored by its own recogniser
     * @param strict         names, strict, likewise
     * @param withoutLenient names, lenient, by the recogniser with no in-domain part
     * @param withoutStrict  names, strict, likewise
     */
    public record Report(int folds, Tally lenient, Tally strict, Tally withoutLenient, Tally withoutStrict) {
    }

    private final FoldTraining training;

    public NameCrossValidation(FoldTraining training) {
        this.training = training;
    }

    /**
     * @param base   the resources with no in-domain part
     * @param scored the documents scored, each by a recogniser that never saw it
     */
    public Report run(Resources base, List<GoldDocument> scored, int k) {
        MentionScorer scorer = new MentionScorer(scored);
        Tally lenient = new Tally();
        Tally strict = new Tally();
        Tally withoutLenient = new Tally();
        Tally withoutStrict = new Tally();
        Pipeline without = new Pipeline(base, new StageTimes());
        List<List<GoldDocument>> folds = CrossValidation.folds(scored, GoldDocument::id, k);
        for (int f = 0; f < k; f++) {
            List<GoldDocument> train = new ArrayList<>();
            for (int g = 0; g < k; g++) {
                if (g != f) {
                    train.addAll(folds.get(g));
                }
            }
            Pipeline with = new Pipeline(training.train(base, train), new StageTimes());
            for (GoldDocument d : folds.get(f)) {
                scorer.score(d, names(with, d), lenient, strict, m -> { });
                scorer.score(d, names(without, d), withoutLenient, withoutStrict, m -> { });
            }
        }
        return new Report(k, lenient, strict, withoutLenient, withoutStrict);
    }

    /** The resolved names of a gold document's text. */
    static List<Mention> names(Pipeline pipeline, GoldDocument d) {
        return pipeline.prepare(SourceDocument.ofText(d.id(), d.text())).mentions().stream()
                .map(EntityMention::mention).toList();
    }
}
