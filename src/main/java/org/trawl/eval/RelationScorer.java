package org.trawl.eval;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.trawl.model.Relation;
import org.trawl.model.RelationType;

/**
 * Scores predicted typed relations against gold relations (the definitions are in the README): a
 * prediction is right when its type matches and both arguments overlap the gold arguments, in either
 * order for symmetric types and for LOCATED_IN (the gold's co-location has no direction); one to one.
 * Recall counts the gold relations whose two arguments are named. Only the types the gold file uses are
 * scored; co-occurrence is not a typed relation and is never scored.
 */
public final class RelationScorer {

    static final Set<String> SCORED = Set.of("MEMBER_OF", "LEADS", "ALLIED_WITH", "FIGHTS", "LOCATED_IN",
            "COMMUNICATED_WITH", "SAME_AS");
    private static final Set<String> EITHER_ORDER = Set.of("ALLIED_WITH", "FIGHTS", "COMMUNICATED_WITH", "SAME_AS",
            "ASSOCIATE_OF", "LOCATED_IN");

    public void score(GoldDocument gold, List<Relation> predicted, Tally tally, Consumer<MentionScorer.Mistake> mistakes) {
        List<GoldDocument.GoldRelation> golds = gold.relations().stream()
                .filter(r -> SCORED.contains(r.type()))
                .filter(r -> MentionScorer.isNamed(r.source().text()) && MentionScorer.isNamed(r.target().text()))
                .toList();
        boolean[] matched = new boolean[golds.size()];
        for (Relation p : predicted) {
            if (p.type() == RelationType.CO_OCCURS || !SCORED.contains(p.type().name())) {
                continue;
            }
            int hit = -1;
            for (int i = 0; i < golds.size() && hit < 0; i++) {
                GoldDocument.GoldRelation g = golds.get(i);
                if (!matched[i] && g.type().equals(p.type().name()) && matches(g, p)) {
                    hit = i;
                }
            }
            if (hit >= 0) {
                matched[hit] = true;
                tally.hit(p.type().name(), p.type().name());
            } else {
                tally.falsePositive(p.type().name());
                mistakes.accept(new MentionScorer.Mistake("REL-FP", gold.id(), p.type().name(),
                        p.source().text() + " → " + p.target().text(), p.sentence().replaceAll("\\s+", " ")));
            }
        }
        for (int i = 0; i < golds.size(); i++) {
            if (!matched[i]) {
                GoldDocument.GoldRelation g = golds.get(i);
                tally.falseNegative(g.type());
                mistakes.accept(new MentionScorer.Mistake("REL-FN", gold.id(), g.type(),
                        g.source().text() + " → " + g.target().text(),
                        MentionScorer.context(gold.text(), Math.min(g.source().start(), g.target().start()),
                                Math.max(g.source().end(), g.target().end()))));
            }
        }
    }

    static boolean matches(GoldDocument.GoldRelation g, Relation p) {
        boolean forward = g.source().overlaps(p.source().start(), p.source().end())
                && g.target().overlaps(p.target().start(), p.target().end());
        if (forward) {
            return true;
        }
        return EITHER_ORDER.contains(g.type()) && g.source().overlaps(p.target().start(), p.target().end())
                && g.target().overlaps(p.source().start(), p.source().end());
    }
}
