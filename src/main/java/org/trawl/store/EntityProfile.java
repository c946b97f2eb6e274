package org.trawl.store;

import java.util.List;
import org.trawl.model.Entity;
import org.trawl.model.EntityScore;
import org.trawl.model.RelationType;

/**
 * What the index knows about one entity: the entity, its typed relations grouped by the other end, the
 * entities it is most often named with, and how sure trawl is of it (from its mentions' scores).
 */
public record EntityProfile(Entity entity, List<Link> relations, List<Link> cooccurring, EntityScore score) {

    public EntityProfile {
        relations = List.copyOf(relations);
        cooccurring = List.copyOf(cooccurring);
        score = score == null ? EntityScore.NONE : score;
    }

    public EntityProfile(Entity entity, List<Link> relations, List<Link> cooccurring) {
        this(entity, relations, cooccurring, EntityScore.NONE);
    }

    /**
     * A relation to one other entity, summed over the evidence.
     *
     * @param type     relation type
     * @param outgoing true when this entity is the source (always true for symmetric types)
     * @param other    the entity at the other end
     * @param count    evidence sentences
     * @param evidence one evidence sentence
     * @param document the article of that sentence
     */
    public record Link(RelationType type, boolean outgoing, Entity other, int count, String evidence,
                       String document) {
    }
}
