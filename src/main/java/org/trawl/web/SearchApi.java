package org.trawl.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.trawl.json.Json;
import org.trawl.model.EntityType;
import org.trawl.store.SearchFacets;
import org.trawl.store.SearchRequest;
import org.trawl.store.StoreReader;

/**
 * {@code GET /api/search}: ranked articles with highlighted passages and facets.
 * Parameters: {@code q} (Lucene syntax), {@code entity} (ids, repeatable: articles naming all of them),
 * {@code type}, {@code source}, {@code from}/{@code to} (dates or years), {@code offset}, {@code limit}
 * (default 10, at most 100), {@code facets} (default true). {@code background} counts the facets while the
 * request's thread ranks and highlights the hits.
 */
record SearchApi(StoreReader store, Background background) {

    static final int FACET_VALUES = 10;

    Response search(Request r) {
        SearchRequest request = request(r, r.integer("offset", 0, 0, 10_000), r.integer("limit", 10, 0, 100));
        Background.Pending<SearchFacets> facets = r.flag("facets", true)
                ? background.start(() -> store.facets(request, FACET_VALUES)) : null;
        ObjectNode o = Json.searchResults(request.query(), store.search(request));
        o.put("offset", request.offset());
        o.put("limit", request.limit());
        if (facets != null) {
            o.set("facets", Json.facets(facets.get()));
        }
        return Response.json(o);
    }

    /** The search a request's parameters describe (shared by the map of a search). */
    static SearchRequest request(Request r, int offset, int limit) {
        return new SearchRequest(r.text("q"), List.copyOf(r.list("entity")), r.choice("type", EntityType.class),
                r.text("source"), r.date("from", false), r.date("to", true), offset, limit);
    }
}
