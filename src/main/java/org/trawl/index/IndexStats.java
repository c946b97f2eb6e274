package org.trawl.index;

import java.util.List;
import java.util.Map;
import org.trawl.model.Entity;

/** Counts over the whole index. The four totals are part of the {@code stats --json} contract. */
public record IndexStats(long documents, long mentions, long entities, long relations, long paths, long failures,
                         Map<String, Long> entitiesByType, Map<String, Long> mentionsByType,
                         Map<String, Long> relationsByType, List<Entity> topEntities, long sizeOnDisk) {

    public IndexStats {
        entitiesByType = Map.copyOf(entitiesByType);
        mentionsByType = Map.copyOf(mentionsByType);
        relationsByType = Map.copyOf(relationsByType);
        topEntities = List.copyOf(topEntities);
    }
}
