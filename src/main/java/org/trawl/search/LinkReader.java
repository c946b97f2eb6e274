package org.trawl.search;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.IOSupplier;
import org.trawl.index.Matches;
import org.trawl.index.RecordMapper;
import org.trawl.index.Schema;
import org.trawl.model.Relation;
import org.trawl.model.RelationType;
import org.trawl.store.RelationLink;

/**
 * Reads relation records as {@link RelationLink}s from their doc values, segment by segment: what networks
 * and entity profiles walk, millions of records at a time, without reading a stored field per record.
 */
final class LinkReader {

    private LinkReader() {
    }

    /**
     * What {@link #links} calls for each relation record: the link, the record's global doc id, and its
     * evidence sentence on demand (only during the call).
     */
    @FunctionalInterface
    interface LinkVisitor {
        void visit(RelationLink link, int globalDoc, IOSupplier<String> sentence) throws IOException;
    }

    /** Visits the relation records the query matches, as links read from doc values, in doc id order. */
    static void links(IndexSearcher s, Query q, LinkVisitor visitor) throws IOException {
        StoredFields stored = s.storedFields();
        Matches.forEachMatch(s, q, leaf -> {
            LeafLinks links = new LeafLinks(leaf);
            return doc -> {
                int global = leaf.docBase + doc;
                visitor.visit(links.read(doc, () -> stored.document(global)), global, () -> links.sentence(doc));
            };
        });
    }

    /**
     * The doc values of the relation records of one segment. Each term is decoded once per segment: a
     * network reads millions of links naming far fewer entities and articles.
     */
    private static final class LeafLinks {
        private static final Set<String> SENTENCE_ONLY = Set.of(Schema.SENTENCE);
        private final DecodedTerms type;
        private final DecodedTerms source;
        private final DecodedTerms target;
        private final NumericDocValues count;
        private final DecodedTerms article;
        private final SortedNumericDocValues years;
        /**
         * The segment's stored fields for reading in doc order: Lucene's sequential (merge) reader, which
         * decompresses each block of records once, where a lookup per record decompresses its block again
         * each time (an export reads millions of sentences).
         */
        private final StoredFields inOrder;

        LeafLinks(LeafReaderContext leaf) throws IOException {
            type = DecodedTerms.of(leaf.reader().getSortedDocValues(Schema.RELATION_TYPE));
            source = DecodedTerms.of(leaf.reader().getSortedDocValues(Schema.SOURCE_ENTITY));
            target = DecodedTerms.of(leaf.reader().getSortedDocValues(Schema.TARGET_ENTITY));
            count = leaf.reader().getNumericDocValues(Schema.COUNT);
            article = DecodedTerms.of(leaf.reader().getSortedDocValues(Schema.RELATION_DOC));
            years = leaf.reader().getSortedNumericDocValues(Schema.RELATION_YEARS);
            inOrder = leaf.reader() instanceof CodecReader codec ? codec.getFieldsReader().getMergeInstance()
                    : leaf.reader().storedFields();
        }

        /** The evidence sentence of a record; records must be asked for in increasing doc order. */
        String sentence(int doc) throws IOException {
            return inOrder.document(doc, SENTENCE_ONLY).get(Schema.SENTENCE);
        }

        /** The link from doc values; from the stored record in an index written before they existed. */
        RelationLink read(int doc, IOSupplier<Document> stored) throws IOException {
            String articleId = article == null ? null : article.at(doc);
            if (articleId == null) {
                Document d = stored.get();
                Relation r = RecordMapper.relationRecord(d);
                return new RelationLink(d.get(Schema.DOC), r.type(), r.source().entityId(),
                        r.target().entityId(), r.count(), r.years());
            }
            List<Integer> ys = List.of();
            if (years != null && years.advanceExact(doc)) {
                Integer[] values = new Integer[years.docValueCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = (int) years.nextValue();
                }
                ys = List.of(values);
            }
            return new RelationLink(articleId, RelationType.valueOf(required(type, doc)), required(source, doc),
                    required(target, doc), count.advanceExact(doc) ? (int) count.longValue() : 1, ys);
        }

        private static String required(DecodedTerms terms, int doc) throws IOException {
            String value = terms == null ? null : terms.at(doc);
            if (value == null) {
                throw new IllegalStateException("relation record " + doc + " lacks a doc value");
            }
            return value;
        }
    }
}
