package org.trawl.index;

import java.io.IOException;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Selecting records of the index ({@link #kind}, {@link #term}, {@link #all}) and visiting every record a
 * query matches, in doc id order and without scoring: how the writer and the searches walk records.
 */
public final class Matches {

    private Matches() {
    }

    /** What to do with each matching record of a segment, set up once per segment (its doc values). */
    @FunctionalInterface
    public interface SegmentVisitor {
        DocVisitor open(LeafReaderContext leaf) throws IOException;
    }

    /** What to do with one matching record, by its doc id within the segment. */
    @FunctionalInterface
    public interface DocVisitor {
        void visit(int doc) throws IOException;
    }

    /** The records of one kind ({@link Schema#KIND_DOC}, ...). */
    public static Query kind(String kind) {
        return term(Schema.KIND, kind);
    }

    public static TermQuery term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    /** The records matching every one of these queries. */
    public static Query all(Query... clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : clauses) {
            b.add(q, Occur.FILTER);
        }
        return b.build();
    }

    /** Calls {@code consumer} with the stored fields of every live record matching {@code q}, in index order. */
    public static void forEach(IndexSearcher s, Query q, Consumer<Document> consumer) throws IOException {
        StoredFields stored = s.storedFields();
        forEachMatch(s, q, leaf -> doc -> consumer.accept(stored.document(leaf.docBase + doc)));
    }

    /**
     * How many records match {@code q} at most, from the cost estimates of its iterators: no counting
     * pass (exact for a single term, an upper bound for a conjunction).
     */
    public static long estimated(IndexSearcher s, Query q) throws IOException {
        Weight weight = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        long estimate = 0;
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            estimate += scorer == null ? 0 : scorer.iterator().cost();
        }
        return estimate;
    }

    /** Visits every live record matching {@code q}, segment by segment, in doc id order, without scoring. */
    public static void forEachMatch(IndexSearcher s, Query q, SegmentVisitor visitor) throws IOException {
        Weight weight = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            DocVisitor docs = visitor.open(leaf);
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    docs.visit(doc);
                }
            }
        }
    }
}
