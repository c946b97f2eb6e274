package org.trawl.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trawl.store.IndexStats;

/** The records whose maps are printed keep the maps' order ({@code stats --json} prints counts by type in it). */
class OrderedCopyTest {

    @Test
    void keepsTheOrderAndCannotBeChanged() {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (int i = 40; i > 0; i--) {
            counts.put("type" + i, (long) i);
            order.add("type" + i);
        }
        Map<String, Long> copy = OrderedCopy.of(counts);
        assertEquals(order, List.copyOf(copy.keySet()));
        counts.put("later", 1L);
        assertEquals(40, copy.size());
        assertThrows(UnsupportedOperationException.class, () -> copy.put("x", 1L));
    }

    @Test
    void indexStatsPrintsTypesInTheOrderGiven() {
        Map<String, Long> byType = new LinkedHashMap<>();
        for (EntityType t : EntityType.values()) {
            byType.put(t.name(), 1L);
        }
        Map<String, Long> relations = new LinkedHashMap<>();
        for (RelationType t : RelationType.values()) {
            relations.put(t.name(), 2L);
        }
        IndexStats stats = new IndexStats(1, 2, 3, 4, 5, 0, byType, byType, relations, List.of(), 10);
        assertEquals(List.copyOf(byType.keySet()), List.copyOf(stats.entitiesByType().keySet()));
        assertEquals(List.copyOf(relations.keySet()), List.copyOf(stats.relationsByType().keySet()));
    }
}
