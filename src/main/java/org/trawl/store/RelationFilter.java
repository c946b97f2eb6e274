package org.trawl.store;

import java.util.Set;
import org.trawl.model.RelationType;

/**
 * Which relations to list.
 *
 * @param types     relation types to include; empty means all
 * @param entityIds relations touching any of these entities; empty means all
 * @param documentId only relations found in this article, or null
 * @param limit     at most this many; 0 for no limit
 */
public record RelationFilter(Set<RelationType> types, Set<String> entityIds, String documentId, int limit) {

    public RelationFilter {
        types = Set.copyOf(types);
        entityIds = Set.copyOf(entityIds);
    }

    public static RelationFilter all() {
        return new RelationFilter(Set.of(), Set.of(), null, 0);
    }
}
