package org.trawl.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.trawl.index.Matches;
import org.trawl.index.Records;
import org.trawl.index.Schema;
import org.trawl.model.Entity;
import org.trawl.model.EntityType;
import org.trawl.store.SearchFacets;
import org.trawl.store.SearchRequest;

/**
 * Counts the facets of a search ({@link SearchFacets}) from doc values. Entity ids are counted on global
 * ordinals (built once per index reader and cached), so a search matching every article of a large index
 * costs one pass over its doc values; beyond {@link #EXACT_UP_TO} matches, an even sample is counted and
 * scaled.
 */
final class FacetCounter {

    static final int EXACT_UP_TO = 10_000;
    /** Entities looked up to fill the per-type lists: the most frequent ones overall. */
    private static final int CANDIDATES_PER_SLOT = 12;

    private static final Map<IndexReader.CacheKey, ReaderCache> CACHES = new ConcurrentHashMap<>();

    private final IndexSearcher searcher;

    FacetCounter(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    SearchFacets count(SearchRequest request, int perFacet) throws IOException {
        Query query = ArticleSearch.matching(ArticleSearch.parse(request.query()), request);
        IndexReader reader = searcher.getIndexReader();
        // the sampling step comes from the matches' estimated number (an upper bound), not a counting pass
        int step = (int) Math.max(1, (Matches.estimated(searcher, query) + EXACT_UP_TO - 1) / EXACT_UP_TO);
        ReaderCache cache = cacheOf(reader);
        Tally tally = new Tally(step, cache.ordinals());
        Matches.forEachMatch(searcher, query, tally::open);
        Map<EntityType, Long> byType = new EnumMap<>(EntityType.class);
        for (int t = 0; t < Tally.TYPES.length; t++) {
            byType.put(Tally.TYPES[t], tally.typeCounts[t]);
        }
        List<SearchFacets.ValueCount> sourceList = new ArrayList<>();
        tally.sources.forEach((k, v) -> sourceList.add(new SearchFacets.ValueCount(k, v)));
        sourceList.sort(Comparator.comparingLong(SearchFacets.ValueCount::count).reversed()
                .thenComparing(SearchFacets.ValueCount::value));
        List<SearchFacets.ValueCount> yearList = new ArrayList<>();
        tally.years.entrySet().stream().sorted(Map.Entry.<Long, Long>comparingByKey().reversed())
                .forEach(e -> yearList.add(new SearchFacets.ValueCount(String.valueOf(e.getKey()), e.getValue())));
        return new SearchFacets(tally.total, step > 1, byType, topEntities(cache, tally.entityCounts, perFacet),
                sourceList.subList(0, Math.min(perFacet, sourceList.size())), yearList);
    }

    /**
     * The counts of one facet pass: types for every match, entities, sources and years for every
     * {@code step}-th match (each counting {@code step}).
     */
    private static final class Tally {
        private static final EntityType[] TYPES = EntityType.values();

        final int step;
        final OrdinalMap ordinals;
        final long[] typeCounts = new long[TYPES.length];
        final long[] entityCounts;
        final Map<String, Long> sources = new HashMap<>();
        final Map<Long, Long> years = new HashMap<>();
        long total;

        Tally(int step, OrdinalMap ordinals) {
            this.step = step;
            this.ordinals = ordinals;
            this.entityCounts = new long[(int) ordinals.getValueCount()];
        }

        Matches.DocVisitor open(LeafReaderContext leaf) throws IOException {
            PostingsEnum[] typed = new PostingsEnum[TYPES.length];
            for (int t = 0; t < TYPES.length; t++) {
                typed[t] = postings(leaf, Schema.ENTITY_TYPE, TYPES[t].name());
            }
            SortedSetDocValues entities = DocValues.getSortedSet(leaf.reader(), Schema.ENTITY);
            LongValues global = ordinals.getGlobalOrds(leaf.ord);
            SortedSetDocValues source = DocValues.getSortedSet(leaf.reader(), Schema.SOURCE);
            NumericDocValues year = DocValues.getNumeric(leaf.reader(), Schema.YEAR);
            return doc -> {
                for (int t = 0; t < typed.length; t++) {
                    if (typed[t] != null && (typed[t].docID() >= doc || typed[t].advance(doc) != DocIdSetIterator.NO_MORE_DOCS)
                            && typed[t].docID() == doc) {
                        typeCounts[t]++;
                    }
                }
                if (total++ % step != 0) {
                    return;
                }
                if (entities.advanceExact(doc)) {
                    for (int i = 0; i < entities.docValueCount(); i++) {
                        entityCounts[(int) global.get(entities.nextOrd())] += step;
                    }
                }
                if (source.advanceExact(doc)) {
                    for (int i = 0; i < source.docValueCount(); i++) {
                        sources.merge(source.lookupOrd(source.nextOrd()).utf8ToString(), (long) step, Long::sum);
                    }
                }
                if (year.advanceExact(doc)) {
                    years.merge(year.longValue(), (long) step, Long::sum);
                }
            };
        }
    }

    /**
     * The most frequent entities, looked up (most frequent first, until every type has its share) and
     * split by type, {@code perType} of each at most.
     */
    private Map<EntityType, List<SearchFacets.EntityCount>> topEntities(ReaderCache cache,
                                                                         long[] counts, int perType) {
        int candidates = perType * EntityType.values().length * CANDIDATES_PER_SLOT;
        PriorityQueue<long[]> top = new PriorityQueue<>(Comparator.comparingLong((long[] a) -> a[1]));
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0 && (top.size() < candidates || counts[ord] > top.peek()[1])) {
                top.add(new long[] {ord, counts[ord]});
                if (top.size() > candidates) {
                    top.poll();
                }
            }
        }
        List<long[]> best = new ArrayList<>(top);
        best.sort(Comparator.comparingLong((long[] a) -> -a[1]).thenComparingLong(a -> a[0]));
        Map<EntityType, List<SearchFacets.EntityCount>> out = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            out.put(t, new ArrayList<>());
        }
        int missing = perType * out.size();
        for (int i = 0; i < best.size() && missing > 0; i++) {
            long[] b = best.get(i);
            Entity e = cache.entity(b[0], searcher);
            if (e != null && out.get(e.type()).size() < perType) {
                out.get(e.type()).add(new SearchFacets.EntityCount(e, b[1]));
                missing--;
            }
        }
        return out;
    }

    /**
     * What facet counting keeps per index reader (so until the next commit is seen): the global ordinals
     * of entity ids across segments, and the entities looked up so far by ordinal.
     */
    private record ReaderCache(OrdinalMap ordinals, Map<Long, Optional<Entity>> entities) {

        Entity entity(long globalOrd, IndexSearcher searcher) {
            IndexReader reader = searcher.getIndexReader();
            return entities.computeIfAbsent(globalOrd, g -> {
                try {
                    String id = DocValues.getSortedSet(reader.leaves().get(ordinals.getFirstSegmentNumber(g)).reader(),
                            Schema.ENTITY).lookupOrd(ordinals.getFirstSegmentOrd(g)).utf8ToString();
                    return Records.entity(searcher, id);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).orElse(null);
        }
    }

    private static ReaderCache cacheOf(IndexReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return new ReaderCache(buildOrdinals(reader, null), new ConcurrentHashMap<>());
        }
        ReaderCache cache = CACHES.get(helper.getKey());
        if (cache == null) {
            cache = new ReaderCache(buildOrdinals(reader, helper.getKey()), new ConcurrentHashMap<>());
            if (CACHES.putIfAbsent(helper.getKey(), cache) == null) {
                helper.addClosedListener(CACHES::remove);
            }
        }
        return cache;
    }

    private static PostingsEnum postings(LeafReaderContext leaf, String field, String value) throws IOException {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
            return null;
        }
        TermsEnum te = terms.iterator();
        return te.seekExact(new BytesRef(value)) ? te.postings(null, PostingsEnum.NONE) : null;
    }

    private static OrdinalMap buildOrdinals(IndexReader reader, IndexReader.CacheKey key) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = DocValues.getSortedSet(leaves.get(i).reader(), Schema.ENTITY);
        }
        return OrdinalMap.build(key, values, PackedInts.DEFAULT);
    }
}
