package org.trawl.store;

import java.util.ArrayList;
import java.util.Comparator;
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
     * A profile in the order every backend shows it: typed relations by type, then by evidence count
     * (most first) and the other end's name; the entities named with it by count, then name.
     */
    public static EntityProfile ordered(Entity entity, List<Link> relations, List<Link> cooccurring,
                                        EntityScore score) {
        List<Link> typed = new ArrayList<>(relations);
        List<Link> co = new ArrayList<>(cooccurring);
        Comparator<Link> byCount = Comparator.comparingInt(Link::count).reversed()
                .thenComparing(l -> l.other().canonical());
        typed.sort(Comparator.comparing(Link::type).thenComparing(byCount));
        co.sort(byCount);
        return new EntityProfile(entity, typed, co, score);
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
