package org.trawl.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.trawl.index.Matches;
import org.trawl.index.Records;
import org.trawl.index.Schema;
import org.trawl.model.Entity;
import org.trawl.store.DocumentRecord;
import org.trawl.store.QuerySyntaxException;
import org.trawl.store.SearchHit;
import org.trawl.store.SearchRequest;
import org.trawl.store.SearchResults;
import org.trawl.store.Snippet;

/**
 * Full-text search over articles: Lucene query syntax over title and text (all words required unless the
 * query says OR), combined with filters on entities, entity type, source and publication date, ranked
 * by relevance (or newest first when there is no query text), with highlighted passages.
 */
final class ArticleSearch {

    static final int SNIPPETS_PER_HIT = 3;
    /** The deepest hit a search may page to (offset plus limit). */
    static final int MAX_HITS = 100_000;
    private static final Analyzer ANALYZER = Schema.textAnalyzer();

    private final IndexSearcher searcher;

    ArticleSearch(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    SearchResults search(SearchRequest request) throws IOException {
        Query text = parse(request.query());
        try {
            return search(request, text);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms(request.query());
        }
    }

    private SearchResults search(SearchRequest request, Query text) throws IOException {
        // a searcher of its own for this request, so that its time limit and timed-out flag are its own
        IndexSearcher searcher = new IndexSearcher(this.searcher.getIndexReader());
        searcher.setSimilarity(this.searcher.getSimilarity());
        searcher.setQueryCache(this.searcher.getQueryCache());
        searcher.setTimeout(new QueryTimeoutImpl(QueryLimits.SEARCH_TIMEOUT.toMillis()));
        Query query = matching(text, request);
        long deepest = (long) request.offset() + request.limit();
        if (deepest > MAX_HITS) {
            throw new QuerySyntaxException(String.format(java.util.Locale.ROOT,
                    "offset plus limit must be at most %,d (got %,d)", MAX_HITS, deepest));
        }
        int wanted = (int) deepest;
        boolean noText = text instanceof MatchAllDocsQuery;
        TopDocs top = wanted == 0 ? new TopDocs(new org.apache.lucene.search.TotalHits(0,
                org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), new ScoreDoc[0])
                : noText ? searcher.search(query, wanted, new Sort(
                        new SortField(Schema.PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_DOC))
                : searcher.search(query, wanted);
        checkTime(searcher, request);
        long total = searcher.count(query);
        checkTime(searcher, request);
        ScoreDoc[] page = slice(top.scoreDocs, request.offset());
        List<List<Snippet>> snippets = highlight(highlightQuery(text, request.entityIds()), page);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            DocumentRecord doc = Records.document(searcher, stored.document(page[i].doc));
            hits.add(new SearchHit(doc, noText ? 0f : page[i].score, snippets.get(i)));
        }
        return new SearchResults(total, hits);
    }

    private static void checkTime(IndexSearcher searcher, SearchRequest request) {
        if (searcher.timedOut()) {
            throw new QuerySyntaxException("query '" + QueryLimits.shorten(request.query()) + "' is too costly: it ran "
                    + "longer than " + QueryLimits.SEARCH_TIMEOUT.toMillis() + " ms; make it more specific");
        }
    }

    /** The articles a request matches: its query text and every filter. */
    static Query matching(Query text, SearchRequest request) {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(Matches.kind(Schema.KIND_DOC), Occur.FILTER);
        for (String id : request.entityIds()) {
            q.add(Matches.term(Schema.ENTITY, id), Occur.FILTER);
        }
        if (request.type() != null) {
            q.add(Matches.term(Schema.ENTITY_TYPE, request.type().name()), Occur.FILTER);
        }
        if (request.source() != null) {
            q.add(Matches.term(Schema.SOURCE, request.source()), Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            q.add(LongPoint.newRangeQuery(Schema.PUBLISHED, from, to), Occur.FILTER);
        }
        return q.build();
    }

    static Query parse(String query) {
        if (query == null || query.isBlank() || query.strip().equals("*")) {
            return MatchAllDocsQuery.INSTANCE;
        }
        MultiFieldQueryParser parser = QueryLimits.parser(new String[] {Schema.TITLE, Schema.TEXT}, ANALYZER,
                Map.of(Schema.TITLE, 2f, Schema.TEXT, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        Query parsed;
        try {
            parsed = parser.parse(query);
        } catch (ParseException e) {
            if (e.getCause() instanceof QuerySyntaxException q) {
                throw q;
            }
            throw new QuerySyntaxException("cannot parse query '" + QueryLimits.shorten(query) + "': " + explain(e));
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms(query);
        } catch (TooComplexToDeterminizeException e) {
            throw new QuerySyntaxException("query '" + QueryLimits.shorten(query)
                    + "' is too costly: a regular expression in it is too complex");
        }
        QueryLimits.checkClauses(query, parsed);
        return parsed;
    }

    private static QuerySyntaxException tooManyTerms(String query) {
        return new QuerySyntaxException("query '" + QueryLimits.shorten(query)
                + "' expands to too many terms; make wildcards longer or use fewer words");
    }

    private static String explain(ParseException e) {
        String msg = e.getMessage() == null ? "syntax error" : e.getMessage();
        int colon = msg.indexOf("': ");
        String first = (colon >= 0 ? msg.substring(colon + 3) : msg).lines().findFirst().orElse(msg).strip();
        if (first.startsWith("Encountered")) {
            first = first.replace("Encountered", "unexpected").replace("\"<EOF>\"", "end of query");
        }
        return first + " (quote phrases, close brackets, and escape special characters with \\)";
    }

    /** What to mark in passages: the query words, and the names of filtered entities. */
    private Query highlightQuery(Query text, List<String> entityIds) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (!(text instanceof MatchAllDocsQuery)) {
            b.add(text, Occur.SHOULD);
            any = true;
        }
        QueryBuilder phrases = new QueryBuilder(ANALYZER);
        for (String id : entityIds) {
            Entity e = Records.entity(searcher, id).orElse(null);
            if (e == null) {
                continue;
            }
            for (String name : e.names()) {
                Query p = phrases.createPhraseQuery(Schema.TEXT, name);
                if (p != null) {
                    b.add(p, Occur.SHOULD);
                    any = true;
                }
            }
        }
        return any ? b.build() : null;
    }

    private List<List<Snippet>> highlight(Query query, ScoreDoc[] page) throws IOException {
        List<List<Snippet>> out = new ArrayList<>(page.length);
        if (query == null || page.length == 0) {
            for (int i = 0; i < page.length; i++) {
                out.add(List.of(leadSnippet(page[i].doc)));
            }
            return out;
        }
        SnippetHighlighter highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, ANALYZER)
                .withFormatter(new SnippetFormatter())
                .withMaxLength(2_000_000));
        int[] ids = new int[page.length];
        int[] maxPassages = {SNIPPETS_PER_HIT};
        for (int i = 0; i < page.length; i++) {
            ids[i] = page[i].doc;
        }
        Map<String, Object[]> byField = highlighter.snippets(new String[] {Schema.TEXT}, query, ids, maxPassages);
        Object[] texts = byField.get(Schema.TEXT);
        for (int i = 0; i < page.length; i++) {
            Object o = texts == null ? null : texts[i];
            @SuppressWarnings("unchecked")
            List<Snippet> snippets = o instanceof List<?> ? (List<Snippet>) o : List.of();
            out.add(snippets.isEmpty() ? List.of(leadSnippet(page[i].doc)) : snippets);
        }
        return out;
    }

    /** The opening of an article, for hits with nothing to mark. */
    private Snippet leadSnippet(int doc) throws IOException {
        IndexableField f = searcher.storedFields().document(doc, java.util.Set.of(Schema.TEXT)).getField(Schema.TEXT);
        String text = f == null ? "" : f.stringValue();
        String lead = text.strip().replaceAll("\\s+", " ");
        return new Snippet(lead.length() > 240 ? lead.substring(0, 240) + "…" : lead, List.of());
    }

    private static ScoreDoc[] slice(ScoreDoc[] all, int offset) {
        if (offset >= all.length) {
            return new ScoreDoc[0];
        }
        ScoreDoc[] out = new ScoreDoc[all.length - offset];
        System.arraycopy(all, offset, out, 0, out.length);
        return out;
    }

    /** A highlighter that hands back the formatter's objects ({@link Snippet} lists) rather than strings. */
    static final class SnippetHighlighter extends UnifiedHighlighter {
        SnippetHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds, int[] maxPassages)
                throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }
    }

    /** Turns highlighter passages into {@link Snippet}s, with whitespace runs collapsed to one space. */
    static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet> out = new ArrayList<>(passages.length);
            for (Passage p : passages) {
                StringBuilder text = new StringBuilder();
                List<Snippet.Mark> marks = new ArrayList<>();
                int pos = p.getStartOffset();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int ms = Math.max(p.getMatchStarts()[i], pos);
                    int me = withoutPossessive(content, ms, p.getMatchEnds()[i]);
                    if (me <= ms) {
                        continue;
                    }
                    appendCollapsed(text, content, pos, ms);
                    int markStart = text.length();
                    appendCollapsed(text, content, ms, me);
                    marks.add(new Snippet.Mark(markStart, text.length()));
                    pos = me;
                }
                appendCollapsed(text, content, pos, p.getEndOffset());
                String s = text.toString();
                int lead = s.length() - s.stripLeading().length();
                String stripped = s.strip();
                List<Snippet.Mark> shifted = new ArrayList<>(marks.size());
                for (Snippet.Mark m : marks) {
                    shifted.add(new Snippet.Mark(m.start() - lead, m.end() - lead));
                }
                out.add(new Snippet(stripped, shifted));
            }
            return out;
        }

        /** The end of a match, before a possessive ending ('s, ’s) that the analyzer matched as the word. */
        static int withoutPossessive(String content, int start, int end) {
            if (end - start > 2 && (content.charAt(end - 1) == 's' || content.charAt(end - 1) == 'S')) {
                char apostrophe = content.charAt(end - 2);
                if (apostrophe == '\'' || apostrophe == '\u2019' || apostrophe == '\uFF07') {
                    return end - 2;
                }
            }
            return end;
        }

        private static void appendCollapsed(StringBuilder out, String content, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = content.charAt(i);
                if (Character.isWhitespace(c)) {
                    if (out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
                        out.append(' ');
                    }
                } else {
                    out.append(c);
                }
            }
        }
    }
}
