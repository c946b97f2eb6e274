package org.trawl.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trawl.model.AnalyzedText;
import org.trawl.model.EntityMention;
import org.trawl.model.Relation;
import org.trawl.model.RelationArgument;
import org.trawl.model.RelationType;
import org.trawl.nlp.Cancellation;

/**
 * An article made ready for relation decisions: its candidate pairs with their features, and its names
 * by sentence for co-occurrence. Deciding with a model gives the article's relations; training reads the
 * pairs. Immutable once made.
 */
public final class PreparedRelations {

    private final AnalyzedText text;
    private final List<List<EntityMention>> bySentence;
    private final List<Candidate> candidates;
    private final RelationSchema schema;

    PreparedRelations(AnalyzedText text, List<List<EntityMention>> bySentence, List<Candidate> candidates,
                      RelationSchema schema) {
        this.text = text;
        this.bySentence = bySentence;
        this.candidates = candidates;
        this.schema = schema;
    }

    /** The candidate pairs, for training. */
    public List<CandidatePair> pairs() {
        List<CandidatePair> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            out.add(new CandidatePair(argument(c.first()), c.first().type(), argument(c.second()), c.second().type(),
                    c.features()));
        }
        return out;
    }

    /** The typed relations the model finds, then co-occurrence for the pairs of names left unrelated. */
    public List<Relation> decide(RelationModel model) {
        List<Relation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> relatedPairs = new HashSet<>();
        for (Candidate c : candidates) {
            Cancellation.checkpoint();
            RelationModel.Verdict v = model.decide(c.features(), c.first().type(), c.second().type(), schema,
                    c.hint() == null ? null : RelationLabels.coarse(c.hint().type()));
            if (v == null) {
                continue;
            }
            Relation r = relation(c, v);
            if (r != null && seen.add(r.type() + "|" + r.source().entityId() + "|" + r.target().entityId() + "|" + r.sentenceStart())) {
                out.add(r);
                relatedPairs.add(pair(r));
            }
        }
        for (Relation r : CoOccurrences.find(text, bySentence)) {
            if (!relatedPairs.contains(pair(r))) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The relation a verdict makes of a pair: the finer type the trigger rules name when it refines the
     * model's coarse type ("FIGHTS" stated as an attack is ATTACKED), in the rules' direction; else the
     * coarse type, else the first finer type the schema allows for the arguments (LEADS of a place is
     * CONTROLS), the way round the schema allows, the rules' way when both are, else the first-named as
     * the source.
     */
    private Relation relation(Candidate c, RelationModel.Verdict v) {
        RuleHint hint = c.hint();
        boolean hinted = hint != null && RelationLabels.coarse(hint.type()) == v.type();
        if (hinted && hint.type() != v.type() && allows(hint.type(), hint.firstIsSource(), c)) {
            return relation(c, hint.type(), hint.firstIsSource(), v.probability());
        }
        if (placesForbid(v.type(), c)) {
            return null; // "drove to Glasgow": a city does not fight, and the rules named no attack on it
        }
        boolean preferred = !hinted || hint.firstIsSource();
        for (RelationType type : candidatesOf(v.type())) {
            for (boolean firstIsSource : new boolean[] {preferred, !preferred}) {
                if (allows(type, firstIsSource, c)) {
                    return relation(c, type, firstIsSource, v.probability());
                }
            }
        }
        return null;
    }

    private static List<RelationType> candidatesOf(RelationType coarse) {
        List<RelationType> out = new ArrayList<>();
        out.add(coarse);
        out.addAll(RelationLabels.finer(coarse));
        return out;
    }

    private static Relation relation(Candidate c, RelationType type, boolean firstIsSource, double probability) {
        EntityMention source = firstIsSource ? c.first() : c.second();
        EntityMention target = firstIsSource ? c.second() : c.first();
        return new Relation(type, argument(source), argument(target), c.sentence().text(), c.sentence().start(),
                probability, Years.in(c.sentence().text()), 1);
    }

    /** True when the entity types allow the type but the places the gazetteer knows do not, either way round. */
    private boolean placesForbid(RelationType type, Candidate c) {
        boolean forward = typesAllow(type, true, c);
        boolean backward = typesAllow(type, false, c);
        return (forward || backward) && !(forward && placesAllow(type, true, c))
                && !(backward && placesAllow(type, false, c));
    }

    private boolean allows(RelationType type, boolean firstIsSource, Candidate c) {
        return typesAllow(type, firstIsSource, c) && placesAllow(type, firstIsSource, c);
    }

    private boolean placesAllow(RelationType type, boolean firstIsSource, Candidate c) {
        return !(PlaceFeatures.countries(c.firstPlace(), c.secondPlace()) && !schema.joinsCountries(type)
                || PlaceFeatures.local(c.firstPlace()) && !schema.allowsLocalPlace(type, firstIsSource)
                || PlaceFeatures.local(c.secondPlace()) && !schema.allowsLocalPlace(type, !firstIsSource));
    }

    private boolean typesAllow(RelationType type, boolean firstIsSource, Candidate c) {
        return firstIsSource ? schema.allows(type, c.first().type(), c.second().type())
                : schema.allows(type, c.second().type(), c.first().type());
    }

    private static RelationArgument argument(EntityMention m) {
        return new RelationArgument(m.start(), m.end(), m.text(), m.entityId(), Candidates.via(m));
    }

    private static String pair(Relation r) {
        String a = r.source().entityId();
        String b = r.target().entityId();
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
