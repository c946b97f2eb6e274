package org.trawl.graph;

import java.util.List;
import java.util.Set;
import org.trawl.model.EntityType;
import org.trawl.model.RelationType;

/**
 * Which network to build from the index.
 *
 * @param seeds     entity ids to grow the network from (the snowball method); empty for the whole index
 * @param hops      how many relation steps away from the seeds to go
 * @param types     entity types to keep
 * @param relations relation types to use
 * @param minWeight edges with fewer evidence sentences are dropped
 * @param fromYear  only evidence stating a year at or after this one, or null
 * @param toYear    only evidence stating a year at or before this one, or null
 */
public record NetworkSpec(List<String> seeds, int hops, Set<EntityType> types, Set<RelationType> relations,
                          int minWeight, Integer fromYear, Integer toYear) {

    public NetworkSpec {
        seeds = List.copyOf(seeds);
        types = Set.copyOf(types);
        relations = Set.copyOf(relations);
        if (hops < 0 || minWeight < 1) {
            throw new IllegalArgumentException("hops must be ≥ 0 and the minimum weight ≥ 1");
        }
    }

    boolean yearAllowed(List<Integer> years) {
        if (fromYear == null && toYear == null) {
            return true;
        }
        for (int y : years) {
            if ((fromYear == null || y >= fromYear) && (toYear == null || y <= toYear)) {
                return true;
            }
        }
        return false;
    }
}
