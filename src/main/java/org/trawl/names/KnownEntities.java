package org.trawl.names;

import java.util.Optional;
import org.trawl.model.EntityType;

/** Looks up names in reference lists of entities and their aliases. */
@FunctionalInterface
public interface KnownEntities {

    /** The known entity of this type with a name whose {@link NameKey} is {@code key}, when unambiguous. */
    Optional<KnownEntity> find(EntityType type, String key);

    static KnownEntities none() {
        return (type, key) -> Optional.empty();
    }
}
