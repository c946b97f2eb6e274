package org.trawl.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trawl.model.EntityMention;
import org.trawl.model.Extraction;
import org.trawl.model.Relation;
import org.trawl.model.RelationArgument;
import org.trawl.model.RelationType;

/**
 * The user's corrections, in the order they were made, applied together to what trawl extracted from an
 * article: mentions are relinked, relations follow their arguments' mentions, and a relation that a merge
 * turned into an entity's relation with itself is dropped (but for {@code SAME_AS}, which is the evidence
 * that two names are one).
 */
public record Corrections(List<Correction> list) {

    public Corrections {
        list = List.copyOf(list);
    }

    public static Corrections none() {
        return new Corrections(List.of());
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** These corrections followed by one more. */
    public Corrections with(Correction c) {
        List<Correction> more = new ArrayList<>(list);
        more.add(c);
        return new Corrections(more);
    }

    public EntityMention apply(EntityMention m) {
        EntityMention out = m;
        for (Correction c : list) {
            out = c.apply(out);
        }
        return out;
    }

    public Extraction apply(Extraction x) {
        if (list.isEmpty()) {
            return x;
        }
        List<EntityMention> mentions = new ArrayList<>(x.mentions().size());
        Map<String, String> entityAt = new HashMap<>();
        for (EntityMention m : x.mentions()) {
            EntityMention c = apply(m);
            mentions.add(c);
            entityAt.put(m.start() + ":" + m.end() + ":" + m.entityId(), c.entityId());
            entityAt.putIfAbsent(m.entityId(), c.entityId());
        }
        List<Relation> relations = new ArrayList<>(x.relations().size());
        for (Relation r : x.relations()) {
            RelationArgument source = relink(r.source(), entityAt);
            RelationArgument target = relink(r.target(), entityAt);
            if (r.type() == RelationType.SAME_AS || !source.entityId().equals(target.entityId())) {
                relations.add(new Relation(r.type(), source, target, r.sentence(), r.sentenceStart(), r.score(),
                        r.years(), r.count()));
            }
        }
        return new Extraction(x.document(), mentions, relations);
    }

    private static RelationArgument relink(RelationArgument a, Map<String, String> entityAt) {
        // an argument is one of the article's mentions; failing that, it follows the entity's first mention
        String id = entityAt.getOrDefault(a.start() + ":" + a.end() + ":" + a.entityId(),
                entityAt.getOrDefault(a.entityId(), a.entityId()));
        return id.equals(a.entityId()) ? a : a.withEntity(id);
    }
}
