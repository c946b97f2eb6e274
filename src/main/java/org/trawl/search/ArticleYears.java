package org.trawl.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.Bits;
import org.trawl.index.Matches;
import org.trawl.index.RecordMapper;
import org.trawl.index.Schema;

/** The publication years of articles (0 when unknown), by id or for a search: how networks filter by time. */
final class ArticleYears {

    private ArticleYears() {
    }

    /**
     * Article id → publication year of these articles, found by seeking their ids in each segment's terms
     * (no query and no stored field per article: networks ask for thousands at a time).
     */
    static Map<String, Integer> of(IndexSearcher s, Collection<String> ids) throws IOException {
        List<String> sorted = ids.stream().sorted().toList(); // in term order, so each seek moves forward
        Map<String, Integer> out = new HashMap<>();
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(RecordMapper.UID);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            Bits live = leaf.reader().getLiveDocs();
            TreeMap<Integer, String> found = new TreeMap<>();
            PostingsEnum postings = null;
            for (String id : sorted) {
                if (out.containsKey(id) || !te.seekExact(RecordMapper.uid(Schema.KIND_DOC, id).bytes())) {
                    continue;
                }
                postings = te.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        found.put(doc, id);
                    }
                }
            }
            NumericDocValues years = leaf.reader().getNumericDocValues(Schema.YEAR);
            for (Map.Entry<Integer, String> e : found.entrySet()) { // doc values are read in doc order
                out.put(e.getValue(), years != null && years.advanceExact(e.getKey()) ? (int) years.longValue() : 0);
            }
        }
        return out;
    }

    /** Article id → publication year of the articles matching {@code text}. */
    static Map<String, Integer> matching(IndexSearcher s, Query text) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        StoredFields stored = s.storedFields();
        Set<String> idOnly = Set.of(Schema.ID);
        Matches.forEachMatch(s, Matches.all(Matches.kind(Schema.KIND_DOC), text), leaf -> {
            NumericDocValues years = leaf.reader().getNumericDocValues(Schema.YEAR);
            return doc -> out.put(stored.document(leaf.docBase + doc, idOnly).get(Schema.ID),
                    years != null && years.advanceExact(doc) ? (int) years.longValue() : 0);
        });
        return out;
    }
}
