package org.trawl.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts for precision and recall per label. Precision counts a true positive under the predicted label,
 * recall under the gold label (they differ only where a name may be either, such as a country acting as
 * a group).
 */
public final class Tally {

    /** Counts for one label. */
    public static final class Counts {
        int truePredicted;
        int falsePositive;
        int trueGold;
        int falseNegative;

        public int truePositives() {
            return truePredicted;
        }

        public int falsePositives() {
            return falsePositive;
        }

        public int falseNegatives() {
            return falseNegative;
        }

        public double precision() {
            return ratio(truePredicted, truePredicted + falsePositive);
        }

        public double recall() {
            return ratio(trueGold, trueGold + falseNegative);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    private final Map<String, Counts> byLabel = new LinkedHashMap<>();
    private final Counts micro = new Counts();

    public void hit(String predictedLabel, String goldLabel) {
        counts(predictedLabel).truePredicted++;
        counts(goldLabel).trueGold++;
        micro.truePredicted++;
        micro.trueGold++;
    }

    public void falsePositive(String label) {
        counts(label).falsePositive++;
        micro.falsePositive++;
    }

    public void falseNegative(String label) {
        counts(label).falseNegative++;
        micro.falseNegative++;
    }

    public Counts counts(String label) {
        return byLabel.computeIfAbsent(label, k -> new Counts());
    }

    public Map<String, Counts> byLabel() {
        return byLabel;
    }

    public Counts micro() {
        return micro;
    }
}
