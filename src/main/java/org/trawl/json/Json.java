package org.trawl.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trawl.index.DocumentRecord;
import org.trawl.index.EntityProfile;
import org.trawl.index.IndexStats;
import org.trawl.index.SearchFacets;
import org.trawl.index.SearchHit;
import org.trawl.index.SearchResults;
import org.trawl.index.Snippet;
import org.trawl.index.StoredRelation;
import org.trawl.json.mapper.SharedMapper;
import org.trawl.model.Entity;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityScore;
import org.trawl.model.EntityType;
import org.trawl.model.Extraction;
import org.trawl.model.Relation;
import org.trawl.model.RelationArgument;

/**
 * The JSON shapes trawl prints. These are contracts other tools rely on: fields are only ever added,
 * never renamed or removed (see the README).
 */
public final class Json {

    /** The shared mapper ({@link SharedMapper}), under the name the JSON shapes' users know it by. */
    public static final ObjectMapper MAPPER = SharedMapper.INSTANCE;

    private Json() {
    }

    public static String line(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pretty(Object node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line of {@code trawl extract}. */
    public static ObjectNode extraction(String file, Extraction x) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", file);
        if (x.document().container() != null) {
            o.put("container", x.document().container());
        }
        o.put("id", x.document().id());
        o.put("title", x.document().title());
        o.put("content_type", x.document().contentType());
        o.put("language", x.document().language());
        if (x.document().published() != null) {
            o.put("published", x.document().published().toString());
        }
        Map<String, EntityScore> scores = entityScores(x.mentions());
        ArrayNode entities = o.putArray("entities");
        for (EntityMention m : x.mentions()) {
            entities.add(mention(m).put("entity_score", round(scores.get(m.entityId()).score())));
        }
        ArrayNode relations = o.putArray("relations");
        for (Relation r : x.relations()) {
            relations.add(relation(r));
        }
        return o;
    }

    public static ObjectNode mention(EntityMention m) {
        ObjectNode e = MAPPER.createObjectNode();
        e.put("start", m.start());
        e.put("end", m.end());
        e.put("type", m.type().name());
        e.put("text", m.text());
        e.put("entity", m.entityId());
        e.put("canonical", m.canonical());
        e.put("score", round(m.mention().score()));
        if (m.mention().origin() != null) {
            e.put("origin", m.mention().origin());
        }
        return e;
    }

    /** Per entity, the score of its mentions in one article combined (see {@link EntityScore}). */
    public static Map<String, EntityScore> entityScores(List<EntityMention> mentions) {
        Map<String, EntityScore.Builder> b = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            b.computeIfAbsent(m.entityId(), k -> new EntityScore.Builder()).add(m.mention().score());
        }
        Map<String, EntityScore> out = new LinkedHashMap<>();
        b.forEach((k, v) -> out.put(k, v.build()));
        return out;
    }

    public static ObjectNode relation(Relation r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", r.type().name());
        o.set("source", argument(r.source()));
        o.set("target", argument(r.target()));
        o.put("sentence", r.sentence());
        o.put("score", round(r.score()));
        o.put("count", r.count());
        ArrayNode years = o.putArray("years");
        r.years().forEach(years::add);
        return o;
    }

    public static ObjectNode argument(RelationArgument a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("start", a.start());
        o.put("end", a.end());
        o.put("text", a.text());
        o.put("entity", a.entityId());
        if (a.referring()) {
            o.put("via", a.via());
        }
        return o;
    }

    public static ObjectNode storedRelation(StoredRelation s) {
        ObjectNode o = relation(s.relation());
        o.put("document", s.documentId());
        ((ObjectNode) o.get("source")).put("name", s.sourceName());
        ((ObjectNode) o.get("target")).put("name", s.targetName());
        return o;
    }

    public static ObjectNode document(DocumentRecord d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", d.id());
        o.put("title", d.title());
        o.put("file", d.file());
        ArrayNode paths = o.putArray("paths");
        d.paths().forEach(paths::add);
        o.put("source", d.source());
        o.put("author", d.author());
        o.put("published", d.published() == null ? null : d.published().toString());
        o.put("content_type", d.contentType());
        o.put("language", d.language());
        o.put("chars", d.chars());
        if (d.container() != null) {
            o.put("container", d.container());
        }
        if (d.nearDuplicateOf() != null) {
            o.put("near_duplicate_of", d.nearDuplicateOf());
        }
        return o;
    }

    public static ObjectNode searchResults(String query, SearchResults r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("query", query);
        o.put("total", r.total());
        ArrayNode hits = o.putArray("hits");
        for (SearchHit h : r.hits()) {
            ObjectNode hit = document(h.document());
            hit.put("score", round(h.score()));
            ArrayNode snippets = hit.putArray("snippets");
            for (Snippet s : h.snippets()) {
                ObjectNode sn = snippets.addObject();
                sn.put("text", s.text());
                ArrayNode marks = sn.putArray("marks");
                for (Snippet.Mark m : s.marks()) {
                    marks.addArray().add(m.start()).add(m.end());
                }
                sn.put("highlighted", s.render("<<", ">>"));
            }
            hits.add(hit);
        }
        return o;
    }

    /** The facets of a search: {@code types}, {@code entities} by type, {@code sources}, {@code years}. */
    public static ObjectNode facets(SearchFacets f) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("total", f.total());
        o.put("sampled", f.sampled());
        ObjectNode types = o.putObject("types");
        ObjectNode entities = o.putObject("entities");
        for (EntityType t : EntityType.values()) {
            types.put(t.name(), f.types().getOrDefault(t, 0L));
            ArrayNode list = entities.putArray(t.name());
            for (SearchFacets.EntityCount c : f.entities().getOrDefault(t, List.of())) {
                list.addObject().put("entity", c.entity().id()).put("name", c.entity().canonical())
                        .put("type", t.name()).put("count", c.count());
            }
        }
        ArrayNode sources = o.putArray("sources");
        f.sources().forEach(v -> sources.addObject().put("value", v.value()).put("count", v.count()));
        ArrayNode years = o.putArray("years");
        f.years().forEach(v -> years.addObject().put("value", v.value()).put("count", v.count()));
        return o;
    }

    public static ObjectNode entity(Entity e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("canonical", e.canonical());
        o.put("type", e.type().name());
        ArrayNode names = o.putArray("names");
        e.names().forEach(names::add);
        o.put("mentions", e.mentions());
        o.put("documents", e.documents());
        return o;
    }

    public static ObjectNode profile(EntityProfile p) {
        ObjectNode o = entity(p.entity());
        o.put("score", round(p.score().score()));
        o.put("mean_mention_score", round(p.score().mean()));
        o.put("best_mention_score", round(p.score().best()));
        o.put("scored_mentions", p.score().scored());
        ArrayNode rels = o.putArray("relations");
        for (EntityProfile.Link l : p.relations()) {
            rels.add(link(l));
        }
        ArrayNode co = o.putArray("cooccurring");
        for (EntityProfile.Link l : p.cooccurring()) {
            co.add(link(l));
        }
        return o;
    }

    private static ObjectNode link(EntityProfile.Link l) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", l.type().name());
        o.put("direction", l.type().symmetric() ? "both" : l.outgoing() ? "out" : "in");
        o.put("entity", l.other().id());
        o.put("name", l.other().canonical());
        o.put("entity_type", l.other().type().name());
        o.put("count", l.count());
        o.put("evidence", l.evidence());
        o.put("document", l.document());
        return o;
    }

    public static ObjectNode stats(IndexStats s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("documents", s.documents());
        o.put("mentions", s.mentions());
        o.put("entities", s.entities());
        o.put("relations", s.relations());
        o.put("files", s.paths());
        o.put("failures", s.failures());
        putCounts(o.putObject("entities_by_type"), s.entitiesByType());
        putCounts(o.putObject("mentions_by_type"), s.mentionsByType());
        putCounts(o.putObject("relations_by_type"), s.relationsByType());
        ArrayNode top = o.putArray("top_entities");
        for (Entity e : s.topEntities()) {
            top.add(entity(e));
        }
        o.put("size_bytes", s.sizeOnDisk());
        o.put("typed_relations", s.typedRelations());
        o.put("cooccurrences", s.cooccurrences());
        return o;
    }

    private static void putCounts(ObjectNode o, Map<String, Long> counts) {
        counts.forEach(o::put);
    }

    public static ArrayNode array(List<ObjectNode> nodes) {
        ArrayNode a = MAPPER.createArrayNode();
        nodes.forEach(a::add);
        return a;
    }

    public static double round(double d) {
        return Math.round(d * 1000.0) / 1000.0;
    }
}
