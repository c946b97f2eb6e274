package org.trawl.nlp.namefind;

import java.util.Arrays;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;
import org.trawl.nlp.maxent.FeatureHasher;

/**
 * Finds names with a {@link CompiledNameModel}, token by token, taking the likeliest outcome that may
 * follow the previous one (a name's continuation only after its start or continuation of the same type),
 * as OpenNLP's beam search of width 1 does. Spans carry the mean probability of their tokens' outcomes,
 * like {@code NameFinderME}'s. Not thread-safe.
 */
final class GreedyNameFinder implements TokenNameFinder {

    private static final String START = "-start";
    private static final String CONTINUE = "-cont";

    private final CompiledNameModel model;
    private final String[] outcomes;
    private static final int NOT_A_CONTINUATION = -2;

    /**
     * For each outcome that continues a name, the index of the outcome starting that type of name (-1 when
     * there is none); {@link #NOT_A_CONTINUATION} for the others.
     */
    private final int[] continues;
    private final NameFeatures features = new NameFeatures();
    private final FeatureHasher hasher = new FeatureHasher();
    private final double[] probs;

    GreedyNameFinder(CompiledNameModel model) {
        this.model = model;
        this.outcomes = model.outcomes();
        this.probs = new double[outcomes.length];
        this.continues = new int[outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            continues[o] = outcomes[o].endsWith(CONTINUE)
                    ? Arrays.asList(outcomes).indexOf(type(outcomes[o]) + START) : NOT_A_CONTINUATION;
        }
    }

    private static String type(String outcome) {
        return outcome.substring(0, outcome.lastIndexOf('-'));
    }

    @Override
    public Span[] find(String[] tokens) {
        String[] chosen = new String[tokens.length];
        double[] chosenProbs = new double[tokens.length];
        int previous = -1;
        features.sentence(tokens);
        for (int i = 0; i < tokens.length; i++) {
            hasher.clear();
            features.write(i, chosen, hasher);
            model.eval(hasher.hashes(), hasher.count(), probs);
            int best = -1;
            for (int o = 0; o < probs.length; o++) {
                if (mayFollow(o, previous) && (best < 0 || probs[o] > probs[best])) {
                    best = o;
                }
            }
            chosen[i] = outcomes[best];
            chosenProbs[i] = probs[best];
            previous = best;
        }
        Span[] spans = model.codec().decode(Arrays.asList(chosen));
        for (int s = 0; s < spans.length; s++) {
            double p = 0;
            for (int t = spans[s].getStart(); t < spans[s].getEnd(); t++) {
                p += chosenProbs[t];
            }
            spans[s] = new Span(spans[s], p / spans[s].length());
        }
        return spans;
    }

    /** True when outcome {@code o} may follow outcome {@code previous} (-1 at the start of a sentence). */
    private boolean mayFollow(int o, int previous) {
        return continues[o] == NOT_A_CONTINUATION || previous >= 0 && (previous == o || previous == continues[o]);
    }

    /** Nothing to forget: the compiled features do not learn from earlier sentences. */
    @Override
    public void clearAdaptiveData() {
    }
}
