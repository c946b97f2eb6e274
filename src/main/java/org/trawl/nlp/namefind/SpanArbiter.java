package org.trawl.nlp.namefind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses among overlapping candidates in a sentence: the longest span wins (a name inside a longer name
 * is part of it, not a second mention); on equal spans the more trusted source decides the type (a model
 * guess below even odds yields to the place list), then the higher score.
 */
final class SpanArbiter {

    private static final Comparator<Candidate> PREFERENCE = Comparator.comparingInt(Candidate::length).reversed()
            .thenComparing(Comparator.comparingDouble(SpanArbiter::precedence).reversed())
            .thenComparing(Comparator.comparingDouble(Candidate::score).reversed());

    /** Below this probability the model's guess yields to a place list on the same span. */
    static final double UNSURE_MODEL = 0.5;

    private SpanArbiter() {
    }

    /** The source's precedence; an unsure model guess ranks just below the place list. */
    private static double precedence(Candidate c) {
        if (c.fromModel() && c.score() < UNSURE_MODEL) {
            return Candidate.Source.PLACE_LIST.precedence - 0.5;
        }
        return c.source().precedence;
    }

    /** Non-overlapping candidates in token order. */
    static List<Candidate> choose(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(PREFERENCE);
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : sorted) {
            boolean free = true;
            for (Candidate k : chosen) {
                if (k.overlaps(c)) {
                    free = false;
                    break;
                }
            }
            if (free) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::from));
        return chosen;
    }
}
