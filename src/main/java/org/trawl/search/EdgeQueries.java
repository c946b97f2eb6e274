package org.trawl.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.trawl.index.EdgeRecords;
import org.trawl.index.Matches;
import org.trawl.index.Schema;
import org.trawl.model.RelationType;
import org.trawl.store.EdgeSummary;

/**
 * The edge summaries of the index ({@link EdgeRecords}), read from their doc values segment by segment,
 * with their evidence from stored fields only when asked for: what a network view of a few hundred
 * entities reads instead of every relation record among them.
 */
final class EdgeQueries {

    private static final Set<String> EVIDENCE_ONLY = Set.of(Schema.EVIDENCE);

    private EdgeQueries() {
    }

    /** Whether the index the searcher reads has kept edge summaries since it was created (its last commit says so). */
    static boolean kept(IndexSearcher s) throws IOException {
        return s.getIndexReader() instanceof DirectoryReader d && EdgeRecords.kept(d.getIndexCommit().getUserData().entrySet());
    }

    /** Streams the summaries of edges of these types (all when empty) with an end, or both, among {@code ends}. */
    static void forEachEdge(IndexSearcher s, Set<RelationType> types, Set<String> ends, boolean bothEnds,
                            int evidence, Consumer<EdgeSummary> consumer) throws IOException {
        if (ends.isEmpty()) {
            return;
        }
        Query q = RelationQueries.byTypeAndEnds(Schema.KIND_EDGE, Schema.EDGE_SOURCE, Schema.EDGE_TARGET, types, ends,
                bothEnds);
        Matches.forEachMatch(s, q, leaf -> {
            DecodedTerms type = DecodedTerms.of(leaf.reader().getSortedDocValues(Schema.RELATION_TYPE));
            DecodedTerms source = DecodedTerms.of(leaf.reader().getSortedDocValues(Schema.EDGE_SOURCE));
            DecodedTerms target = DecodedTerms.of(leaf.reader().getSortedDocValues(Schema.EDGE_TARGET));
            NumericDocValues weight = leaf.reader().getNumericDocValues(Schema.EDGE_WEIGHT);
            NumericDocValues articles = leaf.reader().getNumericDocValues(Schema.EDGE_ARTICLES);
            NumericDocValues first = leaf.reader().getNumericDocValues(Schema.FIRST_YEAR);
            NumericDocValues last = leaf.reader().getNumericDocValues(Schema.LAST_YEAR);
            // the first sentence from doc values (a small block to decompress), more from stored fields
            BinaryDocValues firstSentence = evidence == 1 ? leaf.reader().getBinaryDocValues(Schema.FIRST_EVIDENCE) : null;
            StoredFields stored = evidence <= 1 ? null : leaf.reader() instanceof CodecReader codec
                    ? codec.getFieldsReader().getMergeInstance() : leaf.reader().storedFields();
            return doc -> {
                List<String> sentences = new ArrayList<>(1);
                if (firstSentence != null && firstSentence.advanceExact(doc)) {
                    sentences.add(firstSentence.binaryValue().utf8ToString());
                } else if (stored != null) {
                    for (IndexableField f : stored.document(doc, EVIDENCE_ONLY).getFields(Schema.EVIDENCE)) {
                        if (sentences.size() < evidence) {
                            sentences.add(f.stringValue());
                        }
                    }
                }
                consumer.accept(new EdgeSummary(RelationType.valueOf(type.at(doc)), source.at(doc), target.at(doc),
                        value(weight, doc), value(articles, doc), year(first, doc), year(last, doc), sentences));
            };
        });
    }

    private static int value(NumericDocValues values, int doc) throws IOException {
        if (values == null || !values.advanceExact(doc)) {
            throw new IllegalStateException("edge summary " + doc + " lacks a doc value");
        }
        return (int) values.longValue();
    }

    private static Integer year(NumericDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? (int) values.longValue() : null;
    }
}
