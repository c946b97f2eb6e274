package org.trawl.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Community detection by the Louvain method (Blondel et al. 2008): nodes move to the neighbouring
 * community that most increases modularity until none does, then communities become nodes and the
 * process repeats. Deterministic for a given graph (a fixed visiting order and seed).
 */
final class Louvain {

    private Louvain() {
    }

    /**
     * @param adjacency for each node, neighbour → edge weight (undirected: both directions present)
     * @return community number of each node, numbered from 0 by decreasing size
     */
    static int[] communities(List<Map<Integer, Double>> adjacency) {
        int n = adjacency.size();
        int[] membership = new int[n];
        for (int i = 0; i < n; i++) {
            membership[i] = i;
        }
        List<Map<Integer, Double>> graph = adjacency;
        Random random = new Random(7);
        while (true) {
            int[] level = oneLevel(graph, random);
            int groups = 0;
            for (int c : level) {
                groups = Math.max(groups, c + 1);
            }
            for (int i = 0; i < n; i++) {
                membership[i] = level[membership[i]];
            }
            if (groups == graph.size()) {
                break;
            }
            graph = aggregate(graph, level, groups);
        }
        return renumberBySize(membership);
    }

    private static int[] oneLevel(List<Map<Integer, Double>> g, Random random) {
        int n = g.size();
        double[] strength = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (double w : g.get(i).values()) {
                strength[i] += w;
            }
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
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        boolean moved = true;
        int rounds = 0;
        while (moved && rounds++ < 100) {
            moved = false;
            for (int i : order) {
                Map<Integer, Double> toCommunity = new HashMap<>();
                for (Map.Entry<Integer, Double> e : g.get(i).entrySet()) {
                    if (e.getKey() != i) {
                        toCommunity.merge(community[e.getKey()], e.getValue(), Double::sum);
                    }
                }
                int own = community[i];
                communityStrength[own] -= strength[i];
                int best = own;
                double bestGain = toCommunity.getOrDefault(own, 0.0) - communityStrength[own] * strength[i] / total;
                for (Map.Entry<Integer, Double> e : toCommunity.entrySet()) {
                    double gain = e.getValue() - communityStrength[e.getKey()] * strength[i] / total;
                    if (gain > bestGain + 1e-12) {
                        best = e.getKey();
                        bestGain = gain;
                    }
                }
                community[i] = best;
                communityStrength[best] += strength[i];
                moved |= best != own;
            }
        }
        return renumber(community);
    }

    private static List<Map<Integer, Double>> aggregate(List<Map<Integer, Double>> g, int[] level, int groups) {
        List<Map<Integer, Double>> out = new ArrayList<>(groups);
        for (int c = 0; c < groups; c++) {
            out.add(new HashMap<>());
        }
        for (int i = 0; i < g.size(); i++) {
            for (Map.Entry<Integer, Double> e : g.get(i).entrySet()) {
                out.get(level[i]).merge(level[e.getKey()], e.getValue(), Double::sum);
            }
        }
        return out;
    }

    private static int[] renumber(int[] labels) {
        Map<Integer, Integer> ids = new HashMap<>();
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = ids.computeIfAbsent(labels[i], k -> ids.size());
        }
        return out;
    }

    private static int[] renumberBySize(int[] labels) {
        Map<Integer, Integer> size = new HashMap<>();
        for (int l : labels) {
            size.merge(l, 1, Integer::sum);
        }
        List<Integer> byLabel = new ArrayList<>(size.keySet());
        byLabel.sort((a, b) -> size.get(b).equals(size.get(a)) ? Integer.compare(a, b) : size.get(b) - size.get(a));
        Map<Integer, Integer> rank = new HashMap<>();
        for (int i = 0; i < byLabel.size(); i++) {
            rank.put(byLabel.get(i), i);
        }
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = rank.get(labels[i]);
        }
        return out;
    }
}
