package org.trawl.nlp.namefind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names as sequences of word keys ({@link org.trawl.names.NameKey} of each word), for finding every
 * listed name in a run of tokens in one pass. Built once, then read by many threads.
 */
final class NameTrie<V> {

    private static final class Node<V> {
        Map<String, Node<V>> next;
        List<V> values;
    }

    private final Node<V> root = new Node<>();

    void add(List<String> words, V value) {
        if (words.isEmpty()) {
            return;
        }
        Node<V> n = root;
        for (String w : words) {
            if (n.next == null) {
                n.next = new HashMap<>(4);
            }
            n = n.next.computeIfAbsent(w, k -> new Node<>());
        }
        if (n.values == null) {
            n.values = new ArrayList<>(1);
        }
        if (!n.values.contains(value)) {
            n.values.add(value);
        }
    }

    /** A name found: words [from, to) of the input and what the name stands for. */
    record Hit<V>(int from, int to, List<V> values) {
    }

    /** Every listed name starting at word {@code from}, shortest first. */
    List<Hit<V>> matchesAt(List<String> words, int from) {
        List<Hit<V>> out = new ArrayList<>(2);
        Node<V> n = root;
        for (int i = from; i < words.size(); i++) {
            if (n.next == null) {
                break;
            }
            n = n.next.get(words.get(i));
            if (n == null) {
                break;
            }
            if (n.values != null) {
                out.add(new Hit<>(from, i + 1, n.values));
            }
        }
        return out;
    }
}
