package org.trawl.search;

import java.io.IOException;
import org.apache.lucene.index.SortedDocValues;

/** The terms of a sorted doc values field of one segment, each decoded on its first use. */
final class DecodedTerms {
    private final SortedDocValues values;
    private final String[] terms;

    private DecodedTerms(SortedDocValues values) {
        this.values = values;
        this.terms = new String[values.getValueCount()];
    }

    static DecodedTerms of(SortedDocValues values) {
        return values == null ? null : new DecodedTerms(values);
    }

    /** The document's term, or null when it has none; documents must be visited in increasing order. */
    String at(int doc) throws IOException {
        if (!values.advanceExact(doc)) {
            return null;
        }
        int ord = values.ordValue();
        if (terms[ord] == null) {
            terms[ord] = values.lookupOrd(ord).utf8ToString();
        }
        return terms[ord];
    }
}
