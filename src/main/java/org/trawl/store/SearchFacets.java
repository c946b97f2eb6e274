package org.trawl.store;

import java.util.List;
import java.util.Map;
import org.trawl.model.Entity;
import org.trawl.model.EntityType;
import org.trawl.model.OrderedCopy;

/**
 * Counts that describe the articles a search matches, for narrowing it down: how many mention each type
 * of entity, the entities of each type mentioned in most of them, their sources and their years.
 *
 * @param total    articles matched
 * @param sampled  true when the entity, source and year counts were estimated from an even sample of the
 *                 matches (a broad search on a large index); type counts are always exact
 * @param types    articles mentioning at least one entity of each type
 * @param entities per type, the entities named in most matching articles, most first
 * @param sources  matching articles per source (folder or site), most first
 * @param years    matching articles per publication year, newest first
 */
public record SearchFacets(long total, boolean sampled, Map<EntityType, Long> types,
                           Map<EntityType, List<EntityCount>> entities, List<ValueCount> sources,
                           List<ValueCount> years) {

    /** An entity and the number of matching articles that name it. */
    public record EntityCount(Entity entity, long count) {
    }

    /** A field value and the number of matching articles that have it. */
    public record ValueCount(String value, long count) {
    }

    public SearchFacets {
        types = OrderedCopy.of(types);
        entities = OrderedCopy.of(entities);
        sources = List.copyOf(sources);
        years = List.copyOf(years);
    }
}
