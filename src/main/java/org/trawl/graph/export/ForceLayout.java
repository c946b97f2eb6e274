package org.trawl.graph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.trawl.graph.Network;
import org.trawl.graph.NetworkEdge;

/**
 * Fruchterman–Reingold force-directed layout: linked nodes pull together, all nodes push apart, and the
 * moves cool down over the iterations. Each connected component is laid out on its own and the
 * components are then packed side by side, the largest first and biggest, so small fragments neither
 * drift off nor squeeze the main network into a corner. Deterministic (fixed seed), positions in the
 * unit square.
 */
final class ForceLayout {

    private static final int ITERATIONS = 300;

    private ForceLayout() {
    }

    /** x and y of each node, in the order of {@code network.nodes()}, scaled to [0, 1]. */
    static double[][] positions(Network network) {
        int n = network.nodes().size();
        double[][] p = new double[n][2];
        if (n == 0) {
            return p;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(network.nodes().get(i).id(), i);
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        List<int[]> allEnds = new ArrayList<>();
        for (NetworkEdge e : network.edges()) {
            int a = index.get(e.source());
            int b = index.get(e.target());
            allEnds.add(new int[] {a, b});
            parent[root(parent, a)] = root(parent, b);
        }
        Map<Integer, List<Integer>> components = new HashMap<>();
        for (int i = 0; i < n; i++) {
            components.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> bySize = new ArrayList<>(components.values());
        bySize.sort(Comparator.comparingInt((List<Integer> c) -> -c.size()).thenComparingInt(c -> c.get(0)));
        // shelf packing: each component gets a square whose area follows its size
        double total = n;
        double x = 0;
        double y = 0;
        double shelf = 0;
        for (List<Integer> members : bySize) {
            double side = Math.sqrt(members.size() / total);
            if (x + side > 1.0001 && x > 0) {
                x = 0;
                y += shelf;
                shelf = 0;
            }
            double[][] local = component(members, allEnds);
            for (int m = 0; m < members.size(); m++) {
                p[members.get(m)][0] = x + (0.1 + 0.8 * local[m][0]) * side;
                p[members.get(m)][1] = y + (0.1 + 0.8 * local[m][1]) * side;
            }
            x += side;
            shelf = Math.max(shelf, side);
        }
        normalise(p);
        return p;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The layout of one connected component, in the unit square. */
    private static double[][] component(List<Integer> members, List<int[]> allEnds) {
        int n = members.size();
        Map<Integer, Integer> local = new HashMap<>();
        for (int i = 0; i < n; i++) {
            local.put(members.get(i), i);
        }
        List<int[]> endsList = new ArrayList<>();
        for (int[] e : allEnds) {
            Integer a = local.get(e[0]);
            if (a != null) {
                endsList.add(new int[] {a, local.get(e[1])});
            }
        }
        int[][] ends = endsList.toArray(new int[0][]);
        double[][] p = new double[n][2];
        Random random = new Random(7);
        for (double[] xy : p) {
            xy[0] = random.nextDouble();
            xy[1] = random.nextDouble();
        }
        double k = Math.sqrt(1.0 / n); // ideal distance between nodes in the unit square
        double[][] move = new double[n][2];
        for (int it = 0; it < ITERATIONS; it++) {
            double temperature = 0.1 * (1 - (double) it / ITERATIONS) + 0.002;
            for (double[] m : move) {
                m[0] = 0;
                m[1] = 0;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = p[i][0] - p[j][0];
                    double dy = p[i][1] - p[j][1];
                    double d2 = Math.max(dx * dx + dy * dy, 1e-9);
                    double f = k * k / d2; // repulsion k²/d, along the unit vector: k²/d² times (dx, dy)
                    move[i][0] += dx * f;
                    move[i][1] += dy * f;
                    move[j][0] -= dx * f;
                    move[j][1] -= dy * f;
                }
            }
            for (int[] e : ends) {
                double dx = p[e[0]][0] - p[e[1]][0];
                double dy = p[e[0]][1] - p[e[1]][1];
                double d = Math.max(Math.sqrt(dx * dx + dy * dy), 1e-9);
                double f = d / k; // attraction d²/k, along the unit vector
                move[e[0]][0] -= dx * f;
                move[e[0]][1] -= dy * f;
                move[e[1]][0] += dx * f;
                move[e[1]][1] += dy * f;
            }
            for (int i = 0; i < n; i++) {
                move[i][0] += (0.5 - p[i][0]) * 2 * k; // gravity
                move[i][1] += (0.5 - p[i][1]) * 2 * k;
                double len = Math.sqrt(move[i][0] * move[i][0] + move[i][1] * move[i][1]);
                if (len > 0) {
                    double step = Math.min(len, temperature);
                    p[i][0] += move[i][0] / len * step;
                    p[i][1] += move[i][1] / len * step;
                }
            }
        }
        normalise(p);
        return p;
    }

    /** Scales and centres the positions into the unit square, keeping their proportions. */
    private static void normalise(double[][] p) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] xy : p) {
            minX = Math.min(minX, xy[0]);
            maxX = Math.max(maxX, xy[0]);
            minY = Math.min(minY, xy[1]);
            maxY = Math.max(maxY, xy[1]);
        }
        double scale = Math.max(Math.max(maxX - minX, maxY - minY), 1e-9);
        double padX = (1 - (maxX - minX) / scale) / 2;
        double padY = (1 - (maxY - minY) / scale) / 2;
        for (double[] xy : p) {
            xy[0] = p.length == 1 ? 0.5 : padX + (xy[0] - minX) / scale;
            xy[1] = p.length == 1 ? 0.5 : padY + (xy[1] - minY) / scale;
        }
    }
}
