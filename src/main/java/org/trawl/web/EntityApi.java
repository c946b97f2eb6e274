package org.trawl.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.trawl.json.Json;
import org.trawl.model.Entity;
import org.trawl.model.EntityType;
import org.trawl.store.SearchRequest;
import org.trawl.store.SearchResults;
import org.trawl.store.StoreReader;

/**
 * {@code GET /api/entities/ID}: an entity's names and counts, its relations by type with evidence, the
 * entities named with it, and the articles that mention it ({@code limit}, {@code offset}).
 * {@code GET /api/entities?q=NAME&type=TYPE&limit=N}: entities with that name or a variant of it, best
 * first; without {@code q}, the most mentioned entities; with {@code id} (repeatable), those entities.
 * {@code background} finds the entity's articles while the request's thread reads its profile.
 */
record EntityApi(StoreReader store, Background background) {

    private static final int PROFILE_LINKS = 10;

    Response entity(Request r) {
        Entity e = store.entity(r.pathParameter())
                .orElseThrow(() -> HttpError.notFound("no entity with id '" + r.pathParameter() + "'"));
        SearchRequest request = new SearchRequest(null, List.of(e.id()), null, null, null, null,
                r.integer("offset", 0, 0, 10_000), r.integer("limit", 10, 0, 100));
        Background.Pending<SearchResults> articles = background.start(() -> store.search(request));
        ObjectNode o = Json.profile(store.profile(e.id(), PROFILE_LINKS));
        o.set("articles", Json.searchResults(null, articles.get()));
        return Response.json(o);
    }

    Response find(Request r) {
        String name = r.text("q");
        EntityType type = r.choice("type", EntityType.class);
        int limit = r.integer("limit", 10, 1, 100);
        List<String> ids = r.list("id");
        List<Entity> found = !ids.isEmpty() ? ids.stream().flatMap(id -> store.entity(id).stream()).toList()
                : name == null ? store.entities(type, limit) : store.findEntities(name, type, limit);
        ObjectNode o = Json.MAPPER.createObjectNode();
        ArrayNode list = o.putArray("entities");
        found.forEach(e -> list.add(Json.entity(e)));
        return Response.json(o);
    }
}
