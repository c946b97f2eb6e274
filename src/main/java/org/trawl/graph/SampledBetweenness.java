package org.trawl.graph;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Betweenness centrality estimated from a sample of source nodes (Brandes and Pich, "Centrality
 * estimation in large networks", 2007): Brandes' accumulation is run from {@code k} sources drawn at
 * random and scaled by n / k. Unweighted (hops), undirected, normalised like JGraphT's exact betweenness
 * (by (n-1)(n-2)), which it equals when every node is a source. Used where the exact computation, which
 * runs from every node, would take minutes; the random sources are fixed by a seed, so runs agree.
 */
final class SampledBetweenness {

    private SampledBetweenness() {
    }

    /**
     * @param graph   the graph (undirected, no self-loops)
     * @param sources how many source nodes to run from (all nodes when ≥ n)
     * @param seed    seed of the choice of sources
     */
    static double[] compute(CompactGraph graph, int sources, long seed) {
        int n = graph.size();
        double[] centrality = new double[n];
        if (n < 3) {
            return centrality;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int k = Math.min(sources, n);
        if (k < n) {
            Random random = new Random(seed);
            for (int i = 0; i < k; i++) {
                int j = i + random.nextInt(n - i);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        // the sources are split among the cores; each part accumulates its own sums, added up in a fixed order
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), k / 16));
        double[][] partial = IntStream.range(0, parts).parallel()
                .mapToObj(p -> accumulate(graph, order, p * k / parts, (p + 1) * k / parts))
                .toArray(double[][]::new);
        for (double[] sums : partial) {
            for (int v = 0; v < n; v++) {
                centrality[v] += sums[v];
            }
        }
        // each unordered pair is counted from both ends when every node is a source: halve; scale the sample
        // up; normalise as JGraphT does for undirected graphs, by (n-1)(n-2)
        double scale = (double) n / k / 2 / ((n - 1) * (double) (n - 2));
        for (int v = 0; v < n; v++) {
            centrality[v] *= scale;
        }
        return centrality;
    }

    /** Brandes' dependency accumulation from the sources {@code order[from..to)}. */
    private static double[] accumulate(CompactGraph graph, int[] order, int from, int to) {
        int n = graph.size();
        double[] centrality = new double[n];
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        int[] stack = new int[n];
        int[] queue = new int[n];
        for (int i = from; i < to; i++) {
            int s = order[i];
            Arrays.fill(distance, -1);
            Arrays.fill(paths, 0);
            Arrays.fill(dependency, 0);
            distance[s] = 0;
            paths[s] = 1;
            int top = 0;
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                stack[top++] = v;
                for (int k = graph.first(v); k < graph.first(v + 1); k++) {
                    int w = graph.head(k);
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            while (top > 0) {
                int w = stack[--top];
                for (int k = graph.first(w); k < graph.first(w + 1); k++) {
                    int v = graph.head(k);
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                if (w != s) {
                    centrality[w] += dependency[w];
                }
            }
        }
        return centrality;
    }
}
