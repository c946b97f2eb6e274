package org.trawl.names;

import org.trawl.model.EntityType;

/**
 * An entity from a reference list (a sanctions list, a country list), under which all its listed names
 * resolve to one entity.
 *
 * @param reference stable reference of the list entry, e.g. {@code un:QDe.115}
 * @param type      its type
 * @param canonical the name to show for it
 */
public record KnownEntity(String reference, EntityType type, String canonical) {
}
