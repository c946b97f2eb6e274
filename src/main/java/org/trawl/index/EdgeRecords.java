package org.trawl.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.BytesRef;
import org.trawl.model.Relation;
import org.trawl.model.RelationType;
import org.trawl.store.EdgeSummary;

/**
 * The edge summaries of the index: one record per edge of the whole network (relation type and ends),
 * with its weight, articles, years and first evidence sentences, rewritten at each commit for the edges
 * its articles changed. An edge that only gained articles adds their tally to its summary; one that lost
 * evidence is summed again from its relation records.
 */
public final class EdgeRecords {

    private EdgeRecords() {
    }

    /** Whether a commit's data says its index has kept a summary of every edge since it was created. */
    public static boolean kept(Iterable<Map.Entry<String, String>> commitData) {
        if (commitData != null) {
            for (Map.Entry<String, String> e : commitData) {
                if (e.getKey().equals(Schema.EDGE_SUMMARIES_KEPT)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Brings the summaries of the changed edges up to date, as the searcher (which sees every change) has them. */
    static void write(IndexWriter writer, IndexSearcher s, EdgeBook.Changes changes) throws IOException {
        List<EdgeBook.Key> grown = new ArrayList<>();
        changes.added().keySet().forEach(k -> {
            if (!changes.resummed().contains(k)) {
                grown.add(k);
            }
        });
        Map<EdgeBook.Key, EdgeSummary> before = stored(s, grown);
        for (EdgeBook.Key key : grown) {
            EdgeBook.Tally added = changes.added().get(key);
            EdgeSummary old = before.get(key);
            if (old == null) {
                writer.addDocument(document(added.toSummary(key)));
            } else {
                EdgeBook.Tally t = EdgeBook.Tally.of(old);
                t.add(added);
                writer.updateDocument(RecordMapper.uid(Schema.KIND_EDGE, key.id()), document(t.toSummary(key)));
            }
        }
        Map<String, Integer> years = new HashMap<>();
        for (EdgeBook.Key key : changes.resummed()) {
            EdgeBook.Tally t = sum(s, key, years);
            if (t == null) {
                writer.deleteDocuments(RecordMapper.uid(Schema.KIND_EDGE, key.id()));
            } else {
                writer.updateDocument(RecordMapper.uid(Schema.KIND_EDGE, key.id()), document(t.toSummary(key)));
            }
        }
    }

    /** The record of a summary. */
    static Document document(EdgeSummary e) {
        Document d = new Document();
        d.add(new StringField(Schema.KIND, Schema.KIND_EDGE, Field.Store.NO));
        d.add(new StringField(RecordMapper.UID, Schema.KIND_EDGE + ":" + new EdgeBook.Key(e.type(), e.sourceId(),
                e.targetId()).id(), Field.Store.NO));
        keyword(d, Schema.RELATION_TYPE, e.type().name());
        keyword(d, Schema.EDGE_SOURCE, e.sourceId());
        keyword(d, Schema.EDGE_TARGET, e.targetId());
        number(d, Schema.EDGE_WEIGHT, e.weight());
        number(d, Schema.EDGE_ARTICLES, e.articles());
        if (e.firstYear() != null) {
            number(d, Schema.FIRST_YEAR, e.firstYear());
            number(d, Schema.LAST_YEAR, e.lastYear());
        }
        e.evidence().forEach(sentence -> d.add(new StoredField(Schema.EVIDENCE, sentence)));
        if (!e.evidence().isEmpty()) {
            d.add(new BinaryDocValuesField(Schema.FIRST_EVIDENCE, new BytesRef(e.evidence().get(0))));
        }
        return d;
    }

    /** A summary from its stored record. */
    public static EdgeSummary summary(Document d) {
        List<String> evidence = new ArrayList<>();
        for (IndexableField f : d.getFields(Schema.EVIDENCE)) {
            evidence.add(f.stringValue());
        }
        return new EdgeSummary(RelationType.valueOf(d.get(Schema.RELATION_TYPE)), d.get(Schema.EDGE_SOURCE),
                d.get(Schema.EDGE_TARGET), number(d, Schema.EDGE_WEIGHT), number(d, Schema.EDGE_ARTICLES),
                optional(d, Schema.FIRST_YEAR), optional(d, Schema.LAST_YEAR), evidence);
    }

    private static void keyword(Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.YES));
        d.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    private static void number(Document d, String field, int value) {
        d.add(new StoredField(field, value));
        d.add(new NumericDocValuesField(field, value));
    }

    private static int number(Document d, String field) {
        return d.getField(field).numericValue().intValue();
    }

    private static Integer optional(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? null : f.numericValue().intValue();
    }

    /**
     * The stored summaries of these edges (those the index has), looked up term by term in each segment
     * and read in doc order: a commit looks up tens of thousands.
     */
    private static Map<EdgeBook.Key, EdgeSummary> stored(IndexSearcher s, List<EdgeBook.Key> keys) throws IOException {
        Map<String, EdgeBook.Key> byId = new HashMap<>();
        keys.forEach(k -> byId.put(k.id(), k));
        StoredFields stored = s.storedFields();
        Map<EdgeBook.Key, EdgeSummary> out = new HashMap<>();
        for (Map.Entry<Integer, String> e : Records.byUids(s, Schema.KIND_EDGE, byId.keySet()).entrySet()) {
            out.put(byId.get(e.getValue()), summary(stored.document(e.getKey())));
        }
        return out;
    }

    /** An edge summed from its relation records, or null when it has none left. */
    static EdgeBook.Tally sum(IndexSearcher s, EdgeBook.Key key, Map<String, Integer> articleYears) throws IOException {
        Map<EdgeBook.Key, EdgeBook.Tally> one = new HashMap<>();
        Matches.forEach(s, query(key), d -> tally(s, d, one, articleYears, k -> true));
        return one.get(key);
    }

    /**
     * Writes the summary of every edge of an index written before summaries were kept, one range of
     * entity ids at a time (the edges whose first end is in it), so that memory stays bounded on any index.
     *
     * @return the number of edges summarised
     */
    static long summariseAll(IndexWriter writer, IndexSearcher s) throws IOException {
        Map<String, Integer> articleYears = new HashMap<>();
        long written = 0;
        for (BytesRef[] range : ranges(s)) {
            String lo = range[0].utf8ToString();
            String hi = range[1].utf8ToString();
            Predicate<EdgeBook.Key> inRange = k -> k.source().compareTo(lo) >= 0 && k.source().compareTo(hi) <= 0;
            Query q = Matches.all(Matches.kind(Schema.KIND_RELATION), new BooleanQuery.Builder()
                    .add(TermRangeQuery.newStringRange(Schema.SOURCE_ENTITY, lo, hi, true, true), Occur.SHOULD)
                    .add(TermRangeQuery.newStringRange(Schema.TARGET_ENTITY, lo, hi, true, true), Occur.SHOULD).build());
            Map<EdgeBook.Key, EdgeBook.Tally> tallies = new HashMap<>();
            Matches.forEach(s, q, d -> tally(s, d, tallies, articleYears, inRange));
            for (Map.Entry<EdgeBook.Key, EdgeBook.Tally> e : tallies.entrySet()) {
                writer.addDocument(document(e.getValue().toSummary(e.getKey())));
            }
            written += tallies.size();
        }
        return written;
    }

    /** About how many records with an entity a range of {@link #summariseAll} reads at once. */
    private static final long RECORDS_PER_RANGE = 2_000_000;

    /** Ranges of the entity ids in order, each with about {@link #RECORDS_PER_RANGE} records naming them. */
    private static List<BytesRef[]> ranges(IndexSearcher s) throws IOException {
        List<BytesRef[]> out = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(s.getIndexReader(), Schema.ENTITY);
        if (terms == null) {
            return out;
        }
        TermsEnum te = terms.iterator();
        BytesRef lo = null;
        BytesRef last = null;
        long records = 0;
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            if (lo == null) {
                lo = BytesRef.deepCopyOf(t);
            }
            last = BytesRef.deepCopyOf(t);
            records += te.docFreq();
            if (records >= RECORDS_PER_RANGE) {
                out.add(new BytesRef[] {lo, last});
                lo = null;
                records = 0;
            }
        }
        if (lo != null) {
            out.add(new BytesRef[] {lo, last});
        }
        return out;
    }

    /**
     * Adds a relation record to the tally of its edge, when the edge is wanted. Records come in doc order,
     * and an article's records are one block, so an article is counted once per edge by remembering the last.
     */
    private static void tally(IndexSearcher s, Document d, Map<EdgeBook.Key, EdgeBook.Tally> tallies,
                              Map<String, Integer> articleYears, Predicate<EdgeBook.Key> wanted) {
        Relation r = RecordMapper.relationRecord(d);
        EdgeBook.Key key = EdgeBook.key(r);
        if (key == null || !wanted.test(key)) {
            return;
        }
        String article = d.get(Schema.DOC);
        EdgeBook.Tally t = tallies.computeIfAbsent(key, k -> new EdgeBook.Tally());
        if (!article.equals(t.lastArticle)) {
            t.articles++;
            t.lastArticle = article;
        }
        t.add(r, articleYears.computeIfAbsent(article, id -> year(s, id)));
    }

    /** The relation records of an edge, in either direction for a symmetric type. */
    private static Query query(EdgeBook.Key key) {
        BooleanQuery.Builder ends = new BooleanQuery.Builder()
                .add(Matches.all(Matches.term(Schema.SOURCE_ENTITY, key.source()),
                        Matches.term(Schema.TARGET_ENTITY, key.target())), Occur.SHOULD);
        if (key.type().symmetric()) {
            ends.add(Matches.all(Matches.term(Schema.SOURCE_ENTITY, key.target()),
                    Matches.term(Schema.TARGET_ENTITY, key.source())), Occur.SHOULD);
        }
        return Matches.all(Matches.kind(Schema.KIND_RELATION), Matches.term(Schema.RELATION_TYPE, key.type().name()),
                ends.build());
    }

    /** An article's publication year, 0 when it is not known, from doc values. */
    private static Integer year(IndexSearcher s, String articleId) {
        try {
            return Records.articleYears(s, List.of(articleId)).getOrDefault(articleId, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
