package org.trawl.store;

import java.util.List;
import java.util.Map;
import org.trawl.model.Entity;
import org.trawl.model.OrderedCopy;

/** Counts over the whole index. The four totals are part of the {@code stats --json} contract. */
public record IndexStats(long documents, long mentions, long entities, long relations, long paths, long failures,
                         Map<String, Long> entitiesByType, Map<String, Long> mentionsByType,
                         Map<String, Long> relationsByType, List<Entity> topEntities, long sizeOnDisk) {

    public IndexStats {
        entitiesByType = OrderedCopy.of(entitiesByType);
        mentionsByType = OrderedCopy.of(mentionsByType);
        relationsByType = OrderedCopy.of(relationsByType);
        topEntities = List.copyOf(topEntities);
    }

    /** Relations of a named type (LEADS, MEMBER_OF, ...): what {@code trawl relations} lists. */
    public long typedRelations() {
        return relations - cooccurrences();
    }

    /** {@code CO_OCCURS} records: two entities named in one sentence with no typed relation between them. */
    public long cooccurrences() {
        return relationsByType.getOrDefault("CO_OCCURS", 0L);
    }
}
