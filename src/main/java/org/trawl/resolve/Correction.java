package org.trawl.resolve;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.Mention;
import org.trawl.names.NameKey;

/**
 * A user's correction of entity resolution. Corrections are kept as data in the index folder and applied,
 * in the order they were made, to every mention trawl links from then on, so they survive re-ingesting.
 * Each correction names entities by their stable ids and keeps the names the user gave, for reading.
 */
public sealed interface Correction {

    /** The mention as this correction would link it (unchanged when the correction does not concern it). */
    EntityMention apply(EntityMention m);

    /** The entity ids whose mentions this correction may change. */
    Set<String> concerns();

    /** The mention with the type of the entity it is now linked to. */
    private static Mention typed(Mention m, EntityType type) {
        return m.type() == type ? m : new Mention(m.start(), m.end(), type, m.text(), m.score(), m.origin());
    }

    /** Entity {@code from} is the same as entity {@code into}: its mentions move to {@code into}, and take its type. */
    record Merge(String intoId, String intoName, EntityType intoType, String fromId, String fromName)
            implements Correction {
        @Override
        public EntityMention apply(EntityMention m) {
            return m.entityId().equals(fromId) ? new EntityMention(typed(m.mention(), intoType), intoId, intoName) : m;
        }

        @Override
        public Set<String> concerns() {
            return Set.of(fromId);
        }
    }

    /** The name {@code alias}, wherever it is found, names this entity. */
    record Alias(String entityId, String entityName, EntityType type, String alias) implements Correction {
        @Override
        public EntityMention apply(EntityMention m) {
            if (m.entityId().equals(entityId) || !NameKey.of(m.text()).equals(NameKey.of(alias))) {
                return m;
            }
            return new EntityMention(typed(m.mention(), type), entityId, entityName);
        }

        @Override
        public Set<String> concerns() {
            return Set.of(); // any entity may hold mentions of the alias: found by name, not by id
        }
    }

    /**
     * The mentions of this entity under the given names are a different entity (one per name); with no names,
     * every name of the entity other than its canonical name becomes an entity of its own.
     */
    record Split(String entityId, String entityName, List<String> names) implements Correction {
        public Split {
            names = List.copyOf(names);
        }

        @Override
        public EntityMention apply(EntityMention m) {
            if (!m.entityId().equals(entityId)) {
                return m;
            }
            String key = NameKey.of(m.text());
            boolean named = names.isEmpty() ? !key.equals(NameKey.of(entityName)) : keys().contains(key);
            if (!named) {
                return m;
            }
            String id = EntityIds.of(m.type(), key);
            return id.equals(entityId) ? m : new EntityMention(m.mention(), id, m.text().strip().replaceAll("\\s+", " "));
        }

        private Set<String> keys() {
            return names.stream().map(NameKey::of).collect(Collectors.toSet());
        }

        @Override
        public Set<String> concerns() {
            return Set.of(entityId);
        }
    }

    /** The entity's canonical name is {@code newName}; its id stays. */
    record Rename(String entityId, String oldName, String newName) implements Correction {
        @Override
        public EntityMention apply(EntityMention m) {
            return m.entityId().equals(entityId) ? new EntityMention(m.mention(), entityId, newName) : m;
        }

        @Override
        public Set<String> concerns() {
            return Set.of(entityId);
        }
    }
}
