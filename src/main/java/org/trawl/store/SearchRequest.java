package org.trawl.store;

import java.time.LocalDate;
import java.util.List;
import org.trawl.model.EntityType;

/**
 * A search over the articles.
 *
 * @param query     Lucene query syntax over title and text; blank matches every article
 * @param entityIds only articles that mention all of these entities
 * @param type      only articles that mention an entity of this type, or null
 * @param source    only articles from this source (folder or site), or null
 * @param from      only articles published on or after this date, or null
 * @param to        only articles published on or before this date, or null
 * @param offset    hits to skip (paging)
 * @param limit     hits to return
 */
public record SearchRequest(String query, List<String> entityIds, EntityType type, String source, LocalDate from,
                            LocalDate to, int offset, int limit) {

    public SearchRequest {
        entityIds = List.copyOf(entityIds);
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, List.of(), null, null, null, null, 0, limit);
    }
}
