package org.trawl.nlp.maxent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP maxent (GIS) model, faster to apply and with the same probabilities to the last bit. OpenNLP
 * looks each feature string up in a hash map of its predicates, which costs a string hash, a few cache
 * misses and a string comparison per feature; here the predicates sit in an open-addressing table keyed by
 * a 64-bit hash of their text ({@link FeatureHasher}), their weights in one dense array (a row of
 * outcomes per predicate, so one cache line or two per feature), summed in OpenNLP's order and normalised
 * as {@code GISModel} does. Callers that can hash features without building them use
 * {@link #eval(long[], int, double[])}; OpenNLP's tools use it as any other {@link MaxentModel} (it shares
 * the original's parameters, so costs only the table and the flat weights).
 *
 * <p>{@link #of} declines (empty) for other kinds of model, for models with more than {@link #MAX_WEIGHTS}
 * weights, when two predicates share a hash, or when
 * probe contexts do not give OpenNLP's probabilities exactly. A feature the model never saw could only be
 * taken for a predicate if their 64-bit hashes met (about one lookup in 10^13). Thread-safe.
 */
public final class HashedMaxent extends AbstractModel {

    private static final int PROBES = 500;

    /** At most this many weights (rows × outcomes, 128 MB): larger models are left to OpenNLP. */
    static final long MAX_WEIGHTS = 1L << 24;

    /** Slot {@code s} holds a predicate's hash at {@code 2s} and its row + 1 at {@code 2s + 1}; 0 is empty. */
    private final long[] table;
    private final int mask;
    /** Row {@code r}'s weight for outcome {@code o} at {@code r * outcomes + o}, 0 where the model has none. */
    private final double[] weights;
    private final double logPrior;
    private final int outcomes;

    /** @param structures {@code GISModel}'s parameters, predicate map and outcome names, shared, not copied */
    private HashedMaxent(Object[] structures, Map<String, Context> predicates) {
        super((Context[]) structures[0], null, predicates, (String[]) structures[2]);
        this.modelType = ModelType.Maxent;
        this.outcomes = outcomeNames.length;
        this.logPrior = StrictMath.log(1.0 / outcomes);
        int size = Integer.highestOneBit(Math.max(2, predicates.size() * 2 - 1)) << 1;
        table = new long[2 * size];
        mask = size - 1;
        weights = new double[predicates.size() * outcomes];
        int row = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            if (!insert(FeatureHasher.of(e.getKey()), row)) {
                throw new IllegalStateException("two predicates share a hash");
            }
            int[] outs = e.getValue().getOutcomes();
            double[] params = e.getValue().getParameters();
            for (int j = 0; j < outs.length; j++) {
                weights[row * outcomes + outs[j]] = params[j];
            }
            row++;
        }
    }

    /** The hashed form of {@code model}, or empty when it cannot be made faithfully (see above). */
    public static Optional<HashedMaxent> of(MaxentModel model) {
        if (!(model instanceof GISModel gis)) {
            return Optional.empty();
        }
        Object[] structures = gis.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) structures[1];
        if ((long) predicates.size() * gis.getNumOutcomes() > MAX_WEIGHTS) {
            return Optional.empty();
        }
        HashedMaxent hashed;
        try {
            hashed = new HashedMaxent(structures, predicates);
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
        return hashed.agreesWith(gis, predicates) ? Optional.of(hashed) : Optional.empty();
    }

    /** True when contexts of up to 40 of the model's predicates, and a string it never saw, score alike. */
    private boolean agreesWith(GISModel gis, Map<String, Context> predicates) {
        Iterator<String> names = predicates.keySet().iterator();
        for (int p = 0; p < PROBES && names.hasNext(); p++) {
            List<String> context = new ArrayList<>();
            context.add("\u0000never seen " + p);
            while (context.size() <= p % 40 && names.hasNext()) {
                context.add(names.next());
            }
            String[] features = context.toArray(String[]::new);
            if (!Arrays.equals(gis.eval(features), eval(features))) {
                return false;
            }
        }
        return true;
    }

    private boolean insert(long key, int row) {
        int slot = (int) key & mask;
        while (table[2 * slot + 1] != 0) {
            if (table[2 * slot] == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[2 * slot] = key;
        table[2 * slot + 1] = row + 1;
        return true;
    }

    private int row(long key) {
        int slot = (int) key & mask;
        long r;
        while ((r = table[2 * slot + 1]) != 0) {
            if (table[2 * slot] == key) {
                return (int) r - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** The probability of each outcome given the hashes of a context's features, written into {@code probs}. */
    public void eval(long[] features, int count, double[] probs) {
        scores(features, count, probs);
        normalise(probs);
    }

    /**
     * The unnormalised log-scores of a context's features, written into {@code sums}: in the same order as
     * the probabilities {@link #eval(long[], int, double[])} gives, for a caller that needs only the
     * likeliest outcome and so can skip the exponentials.
     */
    public void scores(long[] features, int count, double[] sums) {
        Arrays.fill(sums, 0, outcomes, logPrior);
        for (int f = 0; f < count; f++) {
            add(row(features[f]), 1.0, sums);
        }
    }

    /** Adds a row's weights; adding 0 where the model has no weight leaves a sum unchanged, to the bit. */
    private void add(int r, double value, double[] probs) {
        if (r >= 0) {
            int at = r * outcomes;
            for (int o = 0; o < outcomes; o++) {
                probs[o] += weights[at + o] * value;
            }
        }
    }

    private void normalise(double[] probs) {
        double sum = 0;
        for (int o = 0; o < outcomes; o++) {
            probs[o] = StrictMath.exp(probs[o]);
            sum += probs[o];
        }
        for (int o = 0; o < outcomes; o++) {
            probs[o] /= sum;
        }
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, null, new double[outcomes]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        return eval(context, null, probs);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return eval(context, values, new double[outcomes]);
    }

    private double[] eval(String[] context, float[] values, double[] probs) {
        Arrays.fill(probs, 0, outcomes, logPrior);
        for (int f = 0; f < context.length; f++) {
            add(row(FeatureHasher.of(context[f])), values == null ? 1.0 : values[f], probs);
        }
        normalise(probs);
        return probs;
    }
}
