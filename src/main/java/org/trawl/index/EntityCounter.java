package org.trawl.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts, for many entities at once, the live mention records and article records that carry each one:
 * what two count queries per entity give ({@code kind:mention AND entity:X}, {@code kind:doc AND
 * entity:X}), in one walk over each entity's postings per segment. A commit recounts every entity its
 * articles touched, a thousand or more, while the ingest workers wait; queries cost a weight, a scorer and
 * a term lookup per segment each. Which records are mentions and which articles is kept per segment as two
 * bit sets, for the segment's life (segments never change; deletions are read live). Thread-safe.
 */
final class EntityCounter {

    /** The mention and article records of an entity. */
    record Counts(int mentions, int articles) {
    }

    private record Kinds(FixedBitSet mentions, FixedBitSet articles) {
    }

    private final Map<IndexReader.CacheKey, Kinds> kinds = new ConcurrentHashMap<>();

    Map<String, Counts> count(IndexReader reader, Collection<String> entityIds) throws IOException {
        List<String> ids = List.copyOf(new TreeSet<>(entityIds));
        BytesRef[] idTerms = new BytesRef[ids.size()];
        Arrays.setAll(idTerms, i -> new BytesRef(ids.get(i)));
        int[][] tally = new int[ids.size()][2];
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            Terms terms = r.terms(Schema.ENTITY);
            if (terms == null) {
                continue;
            }
            Kinds k = kinds(r);
            Bits live = r.getLiveDocs();
            TermsEnum te = terms.iterator();
            PostingsEnum postings = null;
            for (int i = 0; i < idTerms.length; i++) {
                if (!te.seekExact(idTerms[i])) {
                    continue;
                }
                postings = te.postings(postings, PostingsEnum.NONE);
                int[] c = tally[i];
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    if (live == null || live.get(d)) {
                        c[0] += k.mentions().get(d) ? 1 : 0;
                        c[1] += k.articles().get(d) ? 1 : 0;
                    }
                }
            }
        }
        Map<String, Counts> out = new HashMap<>();
        for (int i = 0; i < idTerms.length; i++) {
            out.put(ids.get(i), new Counts(tally[i][0], tally[i][1]));
        }
        return out;
    }

    private Kinds kinds(LeafReader r) throws IOException {
        IndexReader.CacheHelper helper = r.getCoreCacheHelper();
        if (helper == null) {
            return read(r);
        }
        Kinds k = kinds.get(helper.getKey());
        if (k == null) {
            k = read(r);
            kinds.put(helper.getKey(), k);
            helper.addClosedListener(kinds::remove);
        }
        return k;
    }

    private static Kinds read(LeafReader r) throws IOException {
        return new Kinds(records(r, Schema.KIND_MENTION), records(r, Schema.KIND_DOC));
    }

    /** The records of one kind in a segment, deleted ones included. */
    private static FixedBitSet records(LeafReader r, String kind) throws IOException {
        FixedBitSet bits = new FixedBitSet(Math.max(1, r.maxDoc()));
        Terms terms = r.terms(Schema.KIND);
        if (terms != null) {
            TermsEnum te = terms.iterator();
            if (te.seekExact(new BytesRef(kind))) {
                bits.or(te.postings(null, PostingsEnum.NONE));
            }
        }
        return bits;
    }
}
