package org.trawl.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.trawl.json.Json;
import org.trawl.model.EntityMention;
import org.trawl.store.DocumentRecord;
import org.trawl.store.RelationFilter;
import org.trawl.store.StoreReader;

/**
 * {@code GET /api/documents/ID}: an article's record and text, every name found in it (char offsets into
 * the text, type and entity) and the relations found in it with their evidence sentences.
 */
final class DocumentApi {

    private final StoreReader store;

    DocumentApi(StoreReader store) {
        this.store = store;
    }

    Response document(Request r) {
        DocumentRecord d = store.document(r.pathParameter(), true)
                .orElseThrow(() -> HttpError.notFound("no article with id '" + r.pathParameter() + "'"));
        ObjectNode o = Json.document(d);
        o.put("text", d.text());
        ArrayNode mentions = o.putArray("mentions");
        for (EntityMention m : store.mentions(d.id())) {
            mentions.add(Json.mention(m));
        }
        ArrayNode relations = o.putArray("relations");
        store.relations(new RelationFilter(Set.of(), Set.of(), d.id(), 0))
                .forEach(s -> relations.add(Json.storedRelation(s)));
        return Response.json(o);
    }
}
