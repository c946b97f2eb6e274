package org.trawl.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.trawl.index.Matches;
import org.trawl.index.Schema;

/**
 * The publication years (0 when unknown) of the articles a search matches: how networks filter by time
 * ({@code Records.articleYears} gives them by id).
 */
final class ArticleYears {

    private ArticleYears() {
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
