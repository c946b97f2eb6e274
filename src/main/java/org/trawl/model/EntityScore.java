package org.trawl.model;

/**
 * How sure trawl is that an entity is a real name of its type, from the scores of its mentions.
 *
 * <p>{@code score} is the noisy-or of the mention scores, {@code 1 - prod(1 - s_i)}: the probability that
 * at least one of the mentions is a correct name, taking each mention's score as the probability that it
 * is correct and the mentions as independent evidence. One weak mention gives a weak entity; a name found
 * again and again, or found once by a list, gives a strong one. {@code mean} and {@code best} are the
 * mean and the highest mention score; {@code scored} how many mentions were counted.
 */
public record EntityScore(double score, double mean, double best, int scored) {

    public static final EntityScore NONE = new EntityScore(0, 0, 0, 0);

    /** Combines mention scores (each clamped to [0, 1]). */
    public static EntityScore of(double... scores) {
        Builder b = new Builder();
        for (double s : scores) {
            b.add(s);
        }
        return b.build();
    }

    /** Accumulates mention scores one at a time. */
    public static final class Builder {
        private double logMiss;
        private double sum;
        private double best;
        private int n;

        public Builder add(double s) {
            double p = Double.isNaN(s) ? 0 : Math.max(0, Math.min(1, s));
            logMiss += p >= 1 ? Double.NEGATIVE_INFINITY : Math.log1p(-p);
            sum += p;
            best = Math.max(best, p);
            n++;
            return this;
        }

        public int count() {
            return n;
        }

        public EntityScore build() {
            return n == 0 ? NONE : new EntityScore(1 - Math.exp(logMiss), sum / n, best, n);
        }
    }
}
