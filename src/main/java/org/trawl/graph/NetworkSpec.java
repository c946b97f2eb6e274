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
 * @param query     only evidence from articles matching this search query (Lucene syntax), or null for all
 * @param projection the whole network, or its projection onto people or onto groups
 * @param evidence  evidence sentences to keep per edge (0 skips reading them: much faster on a large index)
 *
 * <p>Evidence that states no year takes the publication year of its article, when known.
 */
public record NetworkSpec(List<String> seeds, int hops, Set<EntityType> types, Set<RelationType> relations,
                          int minWeight, Integer fromYear, Integer toYear, String query, Projection projection,
                          int evidence) {

    /** Evidence sentences kept per edge unless asked otherwise. */
    public static final int DEFAULT_EVIDENCE = 3;

    /** One-mode projections of the affiliation (person–group) network. */
    public enum Projection {
        /** the network as extracted */
        NONE,
        /** people linked by the groups they share */
        PEOPLE,
        /** groups linked by the people they share */
        GROUPS
    }

    /** The whole network with the given selection, from all articles, not projected. */
    public NetworkSpec(List<String> seeds, int hops, Set<EntityType> types, Set<RelationType> relations,
                       int minWeight, Integer fromYear, Integer toYear) {
        this(seeds, hops, types, relations, minWeight, fromYear, toYear, null, Projection.NONE, DEFAULT_EVIDENCE);
    }

    public NetworkSpec {
        projection = projection == null ? Projection.NONE : projection;
        seeds = List.copyOf(seeds);
        types = Set.copyOf(types);
        relations = Set.copyOf(relations);
        if (hops < 0 || minWeight < 1 || evidence < 0) {
            throw new IllegalArgumentException("hops and evidence must be ≥ 0 and the minimum weight ≥ 1");
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
