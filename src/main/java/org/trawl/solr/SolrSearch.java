package org.trawl.solr;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.trawl.index.Schema;
import org.trawl.model.Entity;
import org.trawl.model.EntityType;
import org.trawl.store.DocumentRecord;
import org.trawl.store.QuerySyntaxException;
import org.trawl.store.SearchFacets;
import org.trawl.store.SearchHit;
import org.trawl.store.SearchRequest;
import org.trawl.store.SearchResults;
import org.trawl.store.Snippet;

/**
 * Full-text search and its facets on a Solr store, as the embedded index answers them: the query parsed by
 * trawl's own parser and sent in Lucene syntax (the same matches and scores), filters as filter queries,
 * newest first without query text, passages highlighted by Solr's unified highlighter (sentences, the query
 * words and the filtered entities' names marked); facets counted by the cluster as JSON facets.
 */
final class SolrSearch {

    static final int SNIPPETS_PER_HIT = 3;
    /** The deepest hit a search may page to (offset plus limit), as on the embedded index. */
    static final int MAX_HITS = 100_000;
    /** Entities looked up to fill the per-type facet lists: the most frequent ones overall. */
    private static final int CANDIDATES_PER_SLOT = 12;
    static final String[] ARTICLE_FIELDS = {SolrRecords.UID, Schema.ID, Schema.TITLE, Schema.SOURCE, Schema.AUTHOR,
        Schema.PUBLISHED, Schema.CONTENT_TYPE, Schema.LANGUAGE, Schema.CHARS, Schema.CONTAINER,
        Schema.NEAR_DUPLICATE_OF};
    private static final char MARK_START = '\u0002';
    private static final char MARK_END = '\u0003';

    private final SolrReader store;

    SolrSearch(SolrReader store) {
        this.store = store;
    }

    /** The articles a request matches: its query text and every filter. */
    private SolrQuery matching(Query text, SearchRequest request) {
        SolrQuery q = new SolrQuery(LuceneSyntax.write(text));
        q.set("defType", "lucene");
        q.addFilterQuery(SolrRecords.kind(Schema.KIND_DOC));
        for (String id : request.entityIds()) {
            q.addFilterQuery(SolrRecords.term(Schema.ENTITY, id));
        }
        if (request.type() != null) {
            q.addFilterQuery(SolrRecords.term(Schema.ENTITY_TYPE, request.type().name()));
        }
        if (request.source() != null) {
            q.addFilterQuery(SolrRecords.term(Schema.SOURCE, request.source()));
        }
        if (request.from() != null || request.to() != null) {
            q.addFilterQuery(Schema.PUBLISHED + ":[" + (request.from() == null ? "*" : request.from().toEpochDay())
                    + " TO " + (request.to() == null ? "*" : request.to().toEpochDay()) + "]");
        }
        return q;
    }

    SearchResults search(SearchRequest request) {
        Query text = store.parser.apply(request.query());
        long deepest = (long) request.offset() + request.limit();
        if (deepest > MAX_HITS) {
            throw new QuerySyntaxException(String.format(Locale.ROOT,
                    "offset plus limit must be at most %,d (got %,d)", MAX_HITS, deepest));
        }
        boolean noText = text instanceof MatchAllDocsQuery;
        SolrQuery q = matching(text, request).setStart(request.offset()).setRows(request.limit());
        q.setFields(ARTICLE_FIELDS).addField("score");
        if (noText) {
            q.setSort(Schema.PUBLISHED, SolrQuery.ORDER.desc).addSort(Schema.ID, SolrQuery.ORDER.asc);
        } else {
            q.setSort("score", SolrQuery.ORDER.desc).addSort(Schema.ID, SolrQuery.ORDER.asc);
        }
        String highlight = highlightQuery(text, request.entityIds());
        if (highlight != null) {
            q.setHighlight(true);
            q.set("hl.method", "unified");
            q.set("hl.fl", Schema.TEXT);
            q.set("hl.q", highlight);
            q.set("hl.qparser", "lucene");
            q.set("hl.snippets", SNIPPETS_PER_HIT);
            q.set("hl.bs.type", "SENTENCE");
            q.set("hl.fragsize", 0);
            q.set("hl.maxAnalyzedChars", 2_000_000);
            q.set("hl.defaultSummary", false);
            q.set("hl.requireFieldMatch", false);
            q.set("hl.tag.pre", String.valueOf(MARK_START));
            q.set("hl.tag.post", String.valueOf(MARK_END));
        }
        QueryResponse r = store.solr.query(q);
        List<SolrDocument> docs = r.getResults();
        Map<String, List<String>> paths = store.pathsOf(docs.stream()
                .map(d -> SolrRecords.string(d, Schema.ID)).toList());
        Map<String, Map<String, List<String>>> marked = r.getHighlighting() == null ? Map.of() : r.getHighlighting();
        Map<String, List<Snippet>> snippets = new HashMap<>();
        List<String> unmarked = new ArrayList<>();
        for (SolrDocument d : docs) {
            List<String> passages = marked.getOrDefault(SolrRecords.string(d, SolrRecords.UID), Map.of())
                    .getOrDefault(Schema.TEXT, List.of());
            List<Snippet> s = passages.stream().map(SolrSearch::snippet).toList();
            snippets.put(SolrRecords.string(d, Schema.ID), s);
            if (s.isEmpty()) {
                unmarked.add(SolrRecords.string(d, Schema.ID));
            }
        }
        snippets.putAll(leadSnippets(unmarked));
        List<SearchHit> hits = new ArrayList<>(docs.size());
        for (SolrDocument d : docs) {
            String id = SolrRecords.string(d, Schema.ID);
            DocumentRecord doc = SolrRecords.articleRecord(d, paths.getOrDefault(id, List.of()), false);
            Object score = d.getFirstValue("score");
            float s = noText || score == null ? 0f : ((Number) score).floatValue();
            hits.add(new SearchHit(doc, s, snippets.get(id)));
        }
        return new SearchResults(r.getResults().getNumFound(), hits);
    }

    /** What to mark in passages: the query words, and the names of filtered entities (null: nothing). */
    private String highlightQuery(Query text, List<String> entityIds) {
        List<String> parts = new ArrayList<>();
        if (!(text instanceof MatchAllDocsQuery)) {
            parts.add(LuceneSyntax.write(text));
        }
        for (Entity e : store.entities(entityIds).values()) {
            for (String name : e.names()) {
                parts.add(Schema.TEXT + ":\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            }
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** A passage as Solr marked it, as a {@link Snippet}: whitespace runs collapsed, a possessive unmarked. */
    static Snippet snippet(String passage) {
        StringBuilder text = new StringBuilder();
        List<Snippet.Mark> marks = new ArrayList<>();
        int markStart = -1;
        for (int i = 0; i < passage.length(); i++) {
            char c = passage.charAt(i);
            if (c == MARK_START) {
                markStart = text.length();
            } else if (c == MARK_END) {
                int end = withoutPossessive(text, markStart, text.length());
                if (markStart >= 0 && end > markStart) {
                    marks.add(new Snippet.Mark(markStart, end));
                }
                markStart = -1;
            } else if (Character.isWhitespace(c)) {
                if (text.isEmpty() || text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            } else {
                text.append(c);
            }
        }
        String s = text.toString();
        int lead = s.length() - s.stripLeading().length();
        String stripped = s.strip();
        List<Snippet.Mark> shifted = new ArrayList<>(marks.size());
        for (Snippet.Mark m : marks) {
            shifted.add(new Snippet.Mark(Math.max(0, m.start() - lead), Math.min(stripped.length(), m.end() - lead)));
        }
        return new Snippet(stripped, shifted);
    }

    /** The end of a mark, before a possessive ending ('s, ’s) that the analyzer matched as the word. */
    private static int withoutPossessive(CharSequence text, int start, int end) {
        if (start >= 0 && end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
            char apostrophe = text.charAt(end - 2);
            if (apostrophe == '\'' || apostrophe == '\u2019' || apostrophe == '\uFF07') {
                return end - 2;
            }
        }
        return end;
    }

    /** The opening of each article, for hits with nothing to mark. */
    private Map<String, List<Snippet>> leadSnippets(List<String> ids) {
        Map<String, List<Snippet>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        SolrQuery q = SolrReader.records(Schema.KIND_DOC).addFilterQuery(SolrRecords.terms(Schema.ID, ids))
                .setFields(Schema.ID, Schema.TEXT);
        store.solr.forEach(q, d -> {
            String text = SolrRecords.string(d, Schema.TEXT);
            String lead = (text == null ? "" : text).strip().replaceAll("\\s+", " ");
            out.put(SolrRecords.string(d, Schema.ID),
                    List.of(new Snippet(lead.length() > 240 ? lead.substring(0, 240) + "…" : lead, List.of())));
            return true;
        });
        return out;
    }

    SearchFacets facets(SearchRequest request, int perFacet) {
        SolrQuery q = matching(store.parser.apply(request.query()), request).setRows(0);
        int candidates = Math.max(1, perFacet * EntityType.values().length * CANDIDATES_PER_SLOT);
        StringBuilder json = new StringBuilder("{");
        for (EntityType t : EntityType.values()) {
            json.append("type_").append(t.name()).append(":{type:query,q:\"").append(Schema.ENTITY_TYPE).append(':')
                    .append(t.name()).append("\"},");
        }
        json.append("entities:{type:terms,field:").append(Schema.ENTITY).append(",limit:").append(candidates)
                .append(",refine:true},");
        json.append("sources:{type:terms,field:").append(Schema.SOURCE).append(",limit:").append(Math.max(1, perFacet))
                .append(",refine:true},");
        json.append("years:{type:terms,field:").append(Schema.YEAR).append(",limit:-1,sort:\"index desc\"}}");
        q.set("json.facet", json.toString());
        QueryResponse r = store.solr.query(q);
        JsonFacets f = JsonFacets.of(r);
        Map<EntityType, Long> types = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            types.put(t, f.facet("type_" + t.name()).count());
        }
        Map<String, Long> entityCounts = f.counts("entities");
        Map<String, Entity> known = store.entities(entityCounts.keySet());
        Map<EntityType, List<SearchFacets.EntityCount>> entities = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            entities.put(t, new ArrayList<>());
        }
        for (Map.Entry<String, Long> e : entityCounts.entrySet()) {
            Entity entity = known.get(e.getKey());
            if (entity != null && entities.get(entity.type()).size() < perFacet) {
                entities.get(entity.type()).add(new SearchFacets.EntityCount(entity, e.getValue()));
            }
        }
        List<SearchFacets.ValueCount> sources = new ArrayList<>();
        f.counts("sources").forEach((k, v) -> sources.add(new SearchFacets.ValueCount(k, v)));
        List<SearchFacets.ValueCount> years = new ArrayList<>();
        f.counts("years").forEach((k, v) -> years.add(new SearchFacets.ValueCount(k, v)));
        return new SearchFacets(r.getResults().getNumFound(), false, types, entities,
                sources.subList(0, Math.min(perFacet, sources.size())), years);
    }
}
