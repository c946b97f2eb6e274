package org.trawl.graph;

import java.util.Collection;
import java.util.EnumSet;
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

    /**
     * The network a user's selection asks for: no entity or relation types given means all of them, a
     * projection is made of person–group ties whatever the types say, and hops count only from seeds.
     */
    public static NetworkSpec selected(List<String> seeds, int hops, Collection<EntityType> types,
                                       Collection<RelationType> relations, int minWeight, Integer fromYear,
                                       Integer toYear, String query, Projection projection, int evidence) {
        Set<EntityType> t = projection != null && projection != Projection.NONE
                ? EnumSet.of(EntityType.PERSON, EntityType.GROUP)
                : types.isEmpty() ? EnumSet.allOf(EntityType.class) : EnumSet.copyOf(types);
        Set<RelationType> r = relations.isEmpty() ? EnumSet.allOf(RelationType.class) : EnumSet.copyOf(relations);
        return new NetworkSpec(seeds, seeds.isEmpty() ? 0 : hops, t, r, minWeight, fromYear, toYear, query,
                projection, evidence);
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
