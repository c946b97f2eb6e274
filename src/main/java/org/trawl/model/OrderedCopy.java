package org.trawl.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A read-only copy of a map that keeps the map's order, for the records whose maps are printed (counts by
 * type, time per stage): {@link Map#copyOf} iterates in an order that changes from one run to the next.
 */
public final class OrderedCopy {

    private OrderedCopy() {
    }

    /** The entries of {@code map}, in its order, in a map that cannot be changed. */
    public static <K, V> Map<K, V> of(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
