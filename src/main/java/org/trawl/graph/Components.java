package org.trawl.graph;

import java.util.Arrays;

/** The connected components of an undirected graph, by breadth-first search on its arrays. */
final class Components {

    private Components() {
    }

    /** @return each node's component, numbered from 0 by decreasing size (ties by first node) */
    static int[] of(CompactGraph g) {
        int n = g.size();
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int[] queue = new int[n];
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (component[s] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            component[s] = count;
            while (head < tail) {
                int v = queue[head++];
                for (int k = g.first(v); k < g.first(v + 1); k++) {
                    int w = g.head(k);
                    if (component[w] < 0) {
                        component[w] = count;
                        queue[tail++] = w;
                    }
                }
            }
            count++;
        }
        return numberedBySize(component);
    }

    /** Labels (each in {@code 0..n-1}) renumbered from 0 in order of first appearance. */
    static int[] numberedByFirst(int[] labels) {
        int[] id = new int[labels.length];
        Arrays.fill(id, -1);
        int next = 0;
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (id[labels[i]] < 0) {
                id[labels[i]] = next++;
            }
            out[i] = id[labels[i]];
        }
        return out;
    }

    /** Labels renumbered from 0 by decreasing size of their groups, ties by the group's first node. */
    static int[] numberedBySize(int[] labels) {
        int[] first = numberedByFirst(labels);
        int groups = 0;
        for (int l : first) {
            groups = Math.max(groups, l + 1);
        }
        int[] size = new int[groups];
        for (int l : first) {
            size[l]++;
        }
        Integer[] byLabel = new Integer[groups];
        for (int l = 0; l < groups; l++) {
            byLabel[l] = l;
        }
        Arrays.sort(byLabel, (a, b) -> size[a] != size[b] ? Integer.compare(size[b], size[a]) : Integer.compare(a, b));
        int[] rank = new int[groups];
        for (int r = 0; r < groups; r++) {
            rank[byLabel[r]] = r;
        }
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = rank[first[i]];
        }
        return out;
    }
}
