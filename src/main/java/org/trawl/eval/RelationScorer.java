package org.trawl.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.trawl.model.EntityType;
import org.trawl.model.Mention;
import org.trawl.model.Relation;

/**
 * Scores predicted typed relations against gold relations (the definitions are in the README): a
 * prediction is right when its type matches and both arguments overlap the gold arguments, in either
 * order for symmetric types and for LOCATED_IN (the gold's co-location has no direction); one to one.
 * Recall counts the gold relations whose two arguments are named. Only the types the gold file uses are
 * scored; co-occurrence is not a typed relation and is never scored. An undirected gold relation listed in
 * both directions counts once. trawl's finer types are scored as the
 * coarser re3d type that contains them: ATTACKED as FIGHTS, PART_OF as LOCATED_IN (between places) or
 * MEMBER_OF (between groups), TRAVELED_TO as LOCATED_IN, WORKS_FOR as MEMBER_OF, CONTROLS as LEADS (re3d's
 * LEADS covers holding territory: "the largest city controlled by Daesh"). As recall counts only gold
 * relations between names, precision counts only predicted relations between names: a relation standing
 * on a pronoun or description ("its leader, X") is scored apart, by {@link #scoreReferences}, against the
 * gold relations with an argument that is not a name.
 */
public final class RelationScorer {

    static final Set<String> SCORED = Set.of("MEMBER_OF", "LEADS", "ALLIED_WITH", "FIGHTS", "LOCATED_IN",
            "COMMUNICATED_WITH", "SAME_AS");
    private static final Set<String> EITHER_ORDER = Set.of("ALLIED_WITH", "FIGHTS", "COMMUNICATED_WITH", "SAME_AS",
            "ASSOCIATE_OF", "LOCATED_IN");

    /**
     * @param mentions the predicted mentions, for the types of the relations' arguments
     */
    public void score(GoldDocument gold, List<Relation> predicted, List<Mention> mentions, Tally tally,
                      Consumer<MentionScorer.Mistake> mistakes) {
        tally(gold, predicted, mentions, false, tally, mistakes);
    }

    /**
     * Scores the predicted relations that stand on a pronoun or description against the gold relations
     * with an argument that is not a name, with the same matching.
     */
    public void scoreReferences(GoldDocument gold, List<Relation> predicted, List<Mention> mentions, Tally tally) {
        tally(gold, predicted, mentions, true, tally, m -> { });
    }

    /**
     * @param references false to score the relations between names against the gold relations between names,
     *                   true to score those standing on a pronoun or description against the other gold relations
     */
    private void tally(GoldDocument gold, List<Relation> predicted, List<Mention> mentions, boolean references,
                       Tally tally, Consumer<MentionScorer.Mistake> mistakes) {
        Map<Integer, EntityType> typeAt = new HashMap<>();
        for (Mention m : mentions) {
            typeAt.put(m.start(), m.type());
        }
        List<GoldDocument.GoldRelation> golds = gold.relations().stream()
                .filter(r -> SCORED.contains(r.type()))
                .filter(r -> references != (MentionScorer.isNamed(r.source().text())
                        && MentionScorer.isNamed(r.target().text())))
                .filter(distinctUndirected())
                .toList();
        boolean[] matched = new boolean[golds.size()];
        for (Relation p : predicted) {
            if (references != (p.source().referring() || p.target().referring())) {
                continue;
            }
            String type = scoredAs(p, p.target().referring() ? null : typeAt.get(p.target().start()));
            if (type == null) {
                continue;
            }
            int hit = -1;
            for (int i = 0; i < golds.size() && hit < 0; i++) {
                GoldDocument.GoldRelation g = golds.get(i);
                if (!matched[i] && g.type().equals(type) && matches(g, p)) {
                    hit = i;
                }
            }
            if (hit >= 0) {
                matched[hit] = true;
                tally.hit(type, type);
            } else {
                tally.falsePositive(type);
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

    /** The gold type a predicted relation is scored as, or null when it is not scored. */
    static String scoredAs(Relation p, EntityType targetType) {
        String type = switch (p.type()) {
            case ATTACKED -> "FIGHTS";
            case TRAVELED_TO -> "LOCATED_IN";
            case WORKS_FOR -> "MEMBER_OF";
            case CONTROLS -> "LEADS";
            case PART_OF -> targetType == EntityType.PLACE ? "LOCATED_IN" : "MEMBER_OF";
            default -> p.type().name();
        };
        return SCORED.contains(type) ? type : null;
    }

    /** Drops the second listing of an undirected gold relation (re3d lists some in both directions). */
    private static Predicate<GoldDocument.GoldRelation> distinctUndirected() {
        Set<String> seen = new HashSet<>();
        return r -> {
            if (!EITHER_ORDER.contains(r.type())) {
                return true;
            }
            String a = r.source().start() + ":" + r.source().end();
            String b = r.target().start() + ":" + r.target().end();
            return seen.add(r.type() + "|" + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a));
        };
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
