package org.trawl.model;

import java.util.List;

/**
 * A real-world person, group or place as the index knows it.
 *
 * @param id        stable id
 * @param type      its type
 * @param canonical display name
 * @param names     every name seen for it (canonical first)
 * @param mentions  number of mentions in the index
 * @param documents number of documents that mention it
 */
public record Entity(String id, EntityType type, String canonical, List<String> names, int mentions, int documents) {

    public Entity {
        names = List.copyOf(names);
    }
}
