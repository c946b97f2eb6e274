package org.trawl.graph;

import java.util.Arrays;
import java.util.Random;

/**
 * Community detection by the Louvain method (Blondel et al. 2008): nodes move to the neighbouring
 * community that most increases modularity until none does, then communities become nodes and the
 * process repeats. Deterministic for a given graph (a fixed visiting order and seed).
 */
final class Louvain {

    private static final int MAX_ROUNDS = 100;

    private Louvain() {
    }

    /** @return the community number of each node, numbered from 0 by decreasing size (ties by first node) */
    static int[] communities(CompactGraph graph) {
        int n = graph.size();
        int[] membership = new int[n];
        for (int i = 0; i < n; i++) {
            membership[i] = i;
        }
        CompactGraph g = graph;
        Random random = new Random(7);
        while (true) {
            int[] level = oneLevel(g, random);
            int groups = 0;
            for (int c : level) {
                groups = Math.max(groups, c + 1);
            }
            for (int i = 0; i < n; i++) {
                membership[i] = level[membership[i]];
            }
            if (groups == g.size()) {
                break;
            }
            g = aggregate(g, level, groups);
        }
        return Components.numberedBySize(membership);
    }

    /** One pass of local moves; returns each node's community, numbered from 0 in order of first node. */
    private static int[] oneLevel(CompactGraph g, Random random) {
        int n = g.size();
        double[] strength = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            strength[i] = g.strength(i);
            total += strength[i];
        }
        int[] community = new int[n];
        double[] communityStrength = new double[n];
        for (int i = 0; i < n; i++) {
            community[i] = i;
            communityStrength[i] = strength[i];
        }
        if (total == 0) {
            return community;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        // the weight from the node being moved to each neighbouring community, and which communities those are
        double[] toCommunity = new double[n];
        Arrays.fill(toCommunity, -1);
        int[] touched = new int[n];
        boolean moved = true;
        int rounds = 0;
        while (moved && rounds++ < MAX_ROUNDS) {
            moved = false;
            for (int i : order) {
                int own = community[i];
                int count = 0;
                toCommunity[own] = 0;
                touched[count++] = own;
                for (int k = g.first(i); k < g.first(i + 1); k++) {
                    int j = g.head(k);
                    if (j == i) {
                        continue;
                    }
                    int c = community[j];
                    if (toCommunity[c] < 0) {
                        toCommunity[c] = 0;
                        touched[count++] = c;
                    }
                    toCommunity[c] += g.weight(k);
                }
                communityStrength[own] -= strength[i];
                int best = own;
                double bestGain = toCommunity[own] - communityStrength[own] * strength[i] / total;
                for (int t = 0; t < count; t++) {
                    int c = touched[t];
                    double gain = toCommunity[c] - communityStrength[c] * strength[i] / total;
                    if (gain > bestGain + 1e-12) {
                        best = c;
                        bestGain = gain;
                    }
                    toCommunity[c] = -1;
                }
                community[i] = best;
                communityStrength[best] += strength[i];
                moved |= best != own;
            }
        }
        return Components.numberedByFirst(community);
    }

    /** The graph of the communities: one node each, arcs summed, arcs within a community as self-loops. */
    private static CompactGraph aggregate(CompactGraph g, int[] level, int groups) {
        int arcs = g.arcs();
        int[] from = new int[arcs];
        int[] to = new int[arcs];
        double[] weight = new double[arcs];
        int k = 0;
        for (int i = 0; i < g.size(); i++) {
            for (int a = g.first(i); a < g.first(i + 1); a++, k++) {
                from[k] = level[i];
                to[k] = level[g.head(a)];
                weight[k] = g.weight(a);
            }
        }
        return CompactGraph.ofArcs(groups, from, to, weight, arcs);
    }
}
