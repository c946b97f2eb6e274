package org.trawl.eval;

import java.util.ArrayList;
import java.util.List;
import org.trawl.model.EntityMention;
import org.trawl.model.Extraction;
import org.trawl.model.Mention;
import org.trawl.model.SourceDocument;
import org.trawl.pipeline.Pipeline;

/** Runs the extraction pipeline over gold documents and scores names (and relations) against them. */
public final class Evaluation {

    /**
     * The scores of one evaluation run.
     *
     * @param documents  gold documents read
     * @param lenient    mention scores, lenient definition
     * @param strict     mention scores, strict definition
     * @param relations  relation scores
     * @param mistakes   the lenient scoring's false positives and negatives, for error analysis
     * @param tokens     tokens analysed
     * @param seconds    time spent extracting
     */
    public record Report(int documents, Tally lenient, Tally strict, Tally relations,
                         List<MentionScorer.Mistake> mistakes, long tokens, double seconds) {
    }

    private Evaluation() {
    }

    public static Report run(Pipeline pipeline, List<GoldDocument> gold) {
        MentionScorer mentions = new MentionScorer(gold);
        RelationScorer relations = new RelationScorer();
        Tally lenient = new Tally();
        Tally strict = new Tally();
        Tally rels = new Tally();
        List<MentionScorer.Mistake> mistakes = new ArrayList<>();
        long tokensBefore = pipeline.times().tokens();
        long t0 = System.nanoTime();
        for (GoldDocument d : gold) {
            Extraction x = pipeline.extract(SourceDocument.ofText(d.id(), d.text()));
            List<Mention> predicted = x.mentions().stream().map(EntityMention::mention).toList();
            mentions.score(d, predicted, lenient, strict, mistakes::add);
            relations.score(d, x.relations(), predicted, rels, mistakes::add);
        }
        return new Report(gold.size(), lenient, strict, rels, mistakes, pipeline.times().tokens() - tokensBefore,
                (System.nanoTime() - t0) / 1e9);
    }
}
