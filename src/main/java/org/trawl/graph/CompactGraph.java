package org.trawl.graph;

import java.util.Arrays;

/**
 * A weighted graph on the nodes {@code 0..n-1} in compressed sparse rows: for each node its arcs, sorted by
 * the node they lead to, parallel arcs merged by summing their weights. Undirected graphs hold every edge
 * as two arcs. Immutable; a few arrays instead of an object per edge, so the metrics of a network of
 * millions of edges fit in memory and run in seconds.
 */
final class CompactGraph {

    private final int[] offsets;
    private final int[] heads;
    private final double[] weights;

    private CompactGraph(int[] offsets, int[] heads, double[] weights) {
        this.offsets = offsets;
        this.heads = heads;
        this.weights = weights;
    }

    /** The graph of these undirected edges: edge i joins {@code a[i]} and {@code b[i]} with weight {@code w[i]}. */
    static CompactGraph undirected(int n, int[] a, int[] b, double[] w, int edges) {
        int[] from = new int[2 * edges];
        int[] to = new int[2 * edges];
        double[] weight = new double[2 * edges];
        int arcs = 0;
        for (int i = 0; i < edges; i++) {
            if (a[i] == b[i]) {
                continue; // a self-loop says nothing about a network's structure
            }
            from[arcs] = a[i];
            to[arcs] = b[i];
            weight[arcs++] = w[i];
            from[arcs] = b[i];
            to[arcs] = a[i];
            weight[arcs++] = w[i];
        }
        return ofArcs(n, from, to, weight, arcs);
    }

    /** The graph of these arcs as given (self-loops kept, no reverse arcs added). */
    static CompactGraph ofArcs(int n, int[] from, int[] to, double[] weight, int arcs) {
        // two stable counting sorts, by head then by tail, leave each row sorted by head
        int[] byHead = countingSort(n, to, arcs, identity(arcs));
        int[] order = countingSort(n, from, arcs, byHead);
        int[] offsets = new int[n + 1];
        int[] heads = new int[arcs];
        double[] weights = new double[arcs];
        int m = 0;
        int row = 0;
        for (int k = 0; k < arcs; k++) {
            int i = order[k];
            while (row <= from[i]) {
                offsets[row++] = m;
            }
            if (m > offsets[from[i]] && heads[m - 1] == to[i]) {
                weights[m - 1] += weight[i];
            } else {
                heads[m] = to[i];
                weights[m++] = weight[i];
            }
        }
        while (row <= n) {
            offsets[row++] = m;
        }
        return new CompactGraph(offsets, Arrays.copyOf(heads, m), Arrays.copyOf(weights, m));
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** The items of {@code input} reordered stably by {@code key[item]}, keys in {@code 0..n-1}. */
    private static int[] countingSort(int n, int[] key, int count, int[] input) {
        int[] start = new int[n + 1];
        for (int k = 0; k < count; k++) {
            start[key[input[k]] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] out = new int[count];
        for (int k = 0; k < count; k++) {
            int item = input[k];
            out[start[key[item]]++] = item;
        }
        return out;
    }

    int size() {
        return offsets.length - 1;
    }

    int arcs() {
        return heads.length;
    }

    /** Index of node v's first arc; its arcs are {@code first(v) .. first(v + 1) - 1}. */
    int first(int v) {
        return offsets[v];
    }

    int degree(int v) {
        return offsets[v + 1] - offsets[v];
    }

    /** The node arc k leads to. */
    int head(int k) {
        return heads[k];
    }

    double weight(int k) {
        return weights[k];
    }

    /** The sum of the weights of node v's arcs. */
    double strength(int v) {
        double s = 0;
        for (int k = offsets[v]; k < offsets[v + 1]; k++) {
            s += weights[k];
        }
        return s;
    }
}
