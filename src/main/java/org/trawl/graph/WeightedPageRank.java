package org.trawl.graph;

/**
 * PageRank by power iteration on a weighted graph, as JGraphT's {@code PageRank} computes it (damping
 * 0.85, at most 100 iterations, stopping when no score moves by 0.0001; a node without arcs spreads its
 * score over all nodes), on arrays, so that it runs in seconds on millions of edges.
 */
final class WeightedPageRank {

    static final double DAMPING = 0.85;
    static final int MAX_ITERATIONS = 100;
    static final double TOLERANCE = 0.0001;

    private WeightedPageRank() {
    }

    static double[] compute(CompactGraph g) {
        int n = g.size();
        double[] score = new double[n];
        if (n == 0) {
            return score;
        }
        double[] next = new double[n];
        double[] strength = new double[n];
        for (int v = 0; v < n; v++) {
            score[v] = 1.0 / n;
            strength[v] = g.strength(v);
        }
        double change = Double.MAX_VALUE;
        for (int iteration = 0; iteration < MAX_ITERATIONS && change >= TOLERANCE; iteration++) {
            double teleport = 0;
            for (int v = 0; v < n; v++) {
                teleport += strength[v] > 0 ? (1 - DAMPING) * score[v] : score[v];
            }
            teleport /= n;
            change = 0;
            for (int v = 0; v < n; v++) {
                double in = 0;
                for (int k = g.first(v); k < g.first(v + 1); k++) {
                    int u = g.head(k); // undirected: the arc v→u stands for u→v too, with the same weight
                    in += score[u] * g.weight(k) / strength[u];
                }
                next[v] = teleport + DAMPING * in;
                change = Math.max(change, Math.abs(next[v] - score[v]));
            }
            double[] t = score;
            score = next;
            next = t;
        }
        return score;
    }
}
