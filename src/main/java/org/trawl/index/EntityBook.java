package org.trawl.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.trawl.model.Entity;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.names.NameKey;

/**
 * The entities changed since the last commit: names seen for them, and which need their counts redone.
 * Entity records are rewritten at commit from this book, so concurrent ingest threads never race on one
 * entity record. Backend-neutral (it reads stored entities through the function it is given): the Solr
 * store keeps its entities with it too.
 */
public final class EntityBook {

    private final ConcurrentHashMap<String, Draft> changed = new ConcurrentHashMap<>();
    private final Function<String, Optional<Entity>> stored;

    public EntityBook(Function<String, Optional<Entity>> stored) {
        this.stored = stored;
    }

    /** An entity record being brought up to date. Names keep the order they were first seen in. */
    public static final class Draft {
        private final String id;
        private final EntityType type;
        private String canonical;
        private final Set<String> names = new LinkedHashSet<>();

        Draft(String id, EntityType type, String canonical) {
            this.id = id;
            this.type = type;
            this.canonical = canonical;
            names.add(canonical);
        }

        public String id() {
            return id;
        }

        synchronized void addName(String name) {
            names.add(name);
        }

        synchronized void rename(String name) {
            canonical = name;
            names.add(name);
        }

        public synchronized Set<String> keys() {
            Set<String> keys = new LinkedHashSet<>();
            for (String n : names) {
                keys.add(NameKey.of(n));
                keys.add(NameKey.plain(n));
            }
            keys.remove("");
            return keys;
        }

        public synchronized Entity toEntity(int mentions, int documents) {
            return new Entity(id, type, canonical, new ArrayList<>(names), mentions, documents);
        }
    }

    public void seen(EntityMention m) {
        Draft d = changed.computeIfAbsent(m.entityId(), id -> load(id)
                .orElseGet(() -> new Draft(id, m.type(), displayName(m.canonical()))));
        d.addName(displayName(m.text()));
    }

    /** Gives an entity a new canonical name (a user's rename); its id stays. */
    public void rename(String entityId, String name) {
        Draft d = changed.computeIfAbsent(entityId, id -> load(id).orElse(null));
        if (d != null) {
            d.rename(displayName(name));
        }
    }

    /** Starts the entity's names afresh (its canonical name only); the mentions seen next add the rest. */
    public void forgetNames(String entityId) {
        load(entityId).ifPresent(stored -> changed.put(entityId, new Draft(stored.id, stored.type, stored.canonical)));
    }

    public void touched(String entityId) {
        changed.computeIfAbsent(entityId, id -> load(id).orElse(null));
    }

    public boolean hasChanges() {
        return !changed.isEmpty();
    }

    public List<Draft> drain() {
        List<Draft> out = new ArrayList<>(changed.values());
        changed.clear();
        return out;
    }

    private Optional<Draft> load(String id) {
        return stored.apply(id).map(e -> {
            Draft d = new Draft(e.id(), e.type(), e.canonical());
            e.names().forEach(d::addName);
            return d;
        });
    }

    /** A name as shown to users: whitespace (line breaks inside a name) collapsed. */
    static String displayName(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }
}
