package org.trawl.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.trawl.store.PathRecord;

/**
 * Finds the article an incoming one nearly repeats, among the articles committed (by their MinHash band
 * terms) and those put since the last commit (kept here until it). Finding and registering are one step,
 * so two copies of a story ingested at the same moment by two threads still end up as one original and
 * one near-duplicate. Only originals are candidates: a copy of a copy points at the first article. The
 * committed articles are looked up through the function it is given, so every backend finds copies alike.
 */
public final class NearDuplicates {

    /** An original put since the last commit. */
    private record Pending(String id, long[] signature) {
    }

    private final Map<String, List<Pending>> pendingByBand = new HashMap<>();
    /** The committed originals having one of these band terms: id → sketch. */
    private final Function<List<String>, Map<String, long[]>> committed;

    NearDuplicates(Searchers searchers) {
        this(bands -> committedCandidates(searchers, bands));
    }

    /** Looks committed articles up through {@code committed}: band terms → the originals with one, id → sketch. */
    public NearDuplicates(Function<List<String>, Map<String, long[]>> committed) {
        this.committed = committed;
    }

    /**
     * {@link #claim(String, long[], String)} for an article with its sketch (null when the text is too short to
     * have one: then never a copy) and the path record the same file had before, if any.
     */
    public String claim(String id, long[] signature, Optional<PathRecord> before) {
        return signature == null ? null : claim(id, signature, before.map(PathRecord::documentId)
                .orElse(null));
    }

    /**
     * The id of the article this one nearly repeats, or null; in that case this article becomes a
     * candidate for later ones. {@code replaced} (the article the same file held before, or null) is not
     * a candidate: an edited file is a new version, not a copy.
     */
    public synchronized String claim(String id, long[] signature, String replaced) {
        List<String> bands = MinHash.bands(signature);
        String best = null;
        double bestSimilarity = 0;
        Map<String, long[]> candidates = new HashMap<>(committed.apply(bands));
        for (String band : bands) {
            for (Pending p : pendingByBand.getOrDefault(band, List.of())) {
                candidates.put(p.id(), p.signature());
            }
        }
        for (Map.Entry<String, long[]> c : candidates.entrySet()) {
            double s = MinHash.similarity(signature, c.getValue());
            if (s >= MinHash.NEAR_DUPLICATE && s > bestSimilarity && !c.getKey().equals(id)
                    && !c.getKey().equals(replaced)) {
                best = c.getKey();
                bestSimilarity = s;
            }
        }
        if (best == null) {
            Pending mine = new Pending(id, signature);
            for (String band : bands) {
                pendingByBand.computeIfAbsent(band, b -> new ArrayList<>()).add(mine);
            }
        }
        return best;
    }

    /** After a commit the searcher sees everything put before it. */
    public synchronized void committed() {
        pendingByBand.clear();
    }

    private static Map<String, long[]> committedCandidates(Searchers searchers, List<String> bands) {
        return searchers.with(s -> {
            List<BytesRef> terms = bands.stream().map(BytesRef::new).toList();
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermInSetQuery(Schema.MINHASH, terms), Occur.FILTER)
                    .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_DOC)), Occur.FILTER)
                    .build();
            Map<String, long[]> out = new HashMap<>();
            for (ScoreDoc sd : s.search(q, 100).scoreDocs) {
                read(s, sd.doc, out);
            }
            return out;
        });
    }

    private static void read(IndexSearcher s, int doc, Map<String, long[]> out) throws IOException {
        Document d = s.storedFields().document(doc, Set.of(Schema.ID, Schema.MINHASH, Schema.NEAR_DUPLICATE_OF));
        IndexableField sketch = d.getField(Schema.MINHASH);
        if (sketch == null || d.get(Schema.NEAR_DUPLICATE_OF) != null) {
            return;
        }
        BytesRef b = sketch.binaryValue();
        long[] signature = MinHash.fromBytes(b.bytes, b.offset, b.length);
        if (signature != null) {
            out.put(d.get(Schema.ID), signature);
        }
    }
}
