package org.trawl.nlp.namefind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses among overlapping candidates in a sentence: the longest span wins (a name inside a longer name
 * is part of it, not a second mention); on equal spans the more trusted source decides the type, then the
 * higher score.
 */
final class SpanArbiter {

    private static final Comparator<Candidate> PREFERENCE = Comparator.comparingInt(Candidate::length).reversed()
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.source().precedence).reversed())
            .thenComparing(Comparator.comparingDouble(Candidate::score).reversed());

    private SpanArbiter() {
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
