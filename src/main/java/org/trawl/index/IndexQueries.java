package org.trawl.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOSupplier;
import org.trawl.model.Entity;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityScore;
import org.trawl.model.EntityType;
import org.trawl.model.Extraction;
import org.trawl.model.Relation;
import org.trawl.model.RelationArgument;
import org.trawl.model.RelationType;
import org.trawl.model.SourceDocument;
import org.trawl.names.NameKey;

/** The read side of {@link LuceneStore}: each method is one query (or a few) against a current searcher. */
final class IndexQueries {

    /** Runs a read with a current searcher. */
    @FunctionalInterface
    interface Searchers {
        <T> T with(LuceneStore.SearcherFunction<T> fn);
    }

    private final Searchers searchers;
    private final Path indexDir;

    IndexQueries(Searchers searchers, Path indexDir) {
        this.searchers = searchers;
        this.indexDir = indexDir;
    }

    static Query kind(String kind) {
        return LuceneStore.term(Schema.KIND, kind);
    }

    static Query all(Query... clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : clauses) {
            b.add(q, Occur.FILTER);
        }
        return b.build();
    }

    // ---- single records ----

    Optional<Document> byUid(IndexSearcher s, String kind, String id) throws IOException {
        TopDocs top = s.search(LuceneStore.term(RecordMapper.UID, kind + ":" + id), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(s.storedFields().document(top.scoreDocs[0].doc));
    }

    boolean exists(String kind, String id) {
        return searchers.with(s -> s.count(LuceneStore.term(RecordMapper.UID, kind + ":" + id)) > 0);
    }

    Optional<PathRecord> path(String path) {
        return searchers.with(s -> byUid(s, Schema.KIND_PATH, path).map(RecordMapper::pathRecord));
    }

    int pathsHolding(String documentId) {
        return searchers.with(s -> s.count(all(kind(Schema.KIND_PATH),
                LuceneStore.term(RecordMapper.PATH_DOC, documentId))));
    }

    /** The articles stored as near-duplicates of this one. */
    List<String> nearDuplicatesOf(String documentId) {
        return searchers.with(s -> {
            List<String> ids = new ArrayList<>();
            StoredFields stored = s.storedFields();
            Set<String> idOnly = Set.of(Schema.ID);
            forEachMatch(s, all(kind(Schema.KIND_DOC), LuceneStore.term(Schema.NEAR_DUPLICATE_OF, documentId)),
                    leaf -> doc -> ids.add(stored.document(leaf.docBase + doc, idOnly).get(Schema.ID)));
            return ids;
        });
    }

    List<String> pathsOf(IndexSearcher s, String documentId) throws IOException {
        List<String> paths = new ArrayList<>();
        forEach(s, all(kind(Schema.KIND_PATH), LuceneStore.term(RecordMapper.PATH_DOC, documentId)),
                d -> paths.add(d.get(Schema.PATH)));
        paths.sort(null);
        return paths;
    }

    Set<String> mentionEntities(String documentId) {
        return searchers.with(s -> {
            Set<String> ids = new LinkedHashSet<>();
            forEach(s, all(kind(Schema.KIND_MENTION), LuceneStore.term(Schema.DOC, documentId)),
                    d -> ids.add(d.get(Schema.ENTITY)));
            return ids;
        });
    }

    int count(String kind) {
        return searchers.with(s -> s.count(kind(kind)));
    }

    Optional<Entity> entityById(String id) {
        return searchers.with(s -> byUid(s, Schema.KIND_ENTITY, id).map(RecordMapper::entityRecord));
    }

    Optional<DocumentRecord> document(String documentId, boolean withText) {
        return searchers.with(s -> {
            Optional<Document> d = byUid(s, Schema.KIND_DOC, documentId);
            if (d.isEmpty()) {
                return Optional.<DocumentRecord>empty();
            }
            return Optional.of(RecordMapper.articleRecord(d.get(), pathsOf(s, documentId), withText));
        });
    }

    DocumentRecord documentRecord(IndexSearcher s, Document d) throws IOException {
        return RecordMapper.articleRecord(d, pathsOf(s, d.get(Schema.ID)), false);
    }

    List<EntityMention> mentions(String documentId) {
        return searchers.with(s -> mentions(s, documentId));
    }

    private List<EntityMention> mentions(IndexSearcher s, String documentId) throws IOException {
        List<EntityMention> out = new ArrayList<>();
        forEach(s, all(kind(Schema.KIND_MENTION), LuceneStore.term(Schema.DOC, documentId)),
                d -> out.add(RecordMapper.mentionRecord(d)));
        out.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end));
        return out;
    }

    // ---- entities ----

    List<Entity> findEntities(String name, EntityType type, int limit) {
        return searchers.with(s -> {
            BooleanQuery.Builder keys = new BooleanQuery.Builder();
            Set<String> variants = new LinkedHashSet<>(List.of(NameKey.of(name), NameKey.plain(name)));
            variants.remove("");
            if (variants.isEmpty()) {
                return List.<Entity>of();
            }
            for (String key : variants) {
                keys.add(LuceneStore.term(Schema.NAME_KEY, key), Occur.SHOULD);
            }
            List<Entity> exact = entities(s, withType(all(kind(Schema.KIND_ENTITY), keys.build()), type), limit);
            if (!exact.isEmpty()) {
                return exact;
            }
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            for (String w : NameKey.plain(name).split(" ")) {
                words.add(LuceneStore.term(Schema.NAME, w), Occur.MUST);
            }
            return entities(s, withType(all(kind(Schema.KIND_ENTITY), words.build()), type), limit);
        });
    }

    List<Entity> entities(EntityType type, int limit) {
        return searchers.with(s -> entities(s, withType(kind(Schema.KIND_ENTITY), type), limit));
    }

    private List<Entity> entities(IndexSearcher s, Query q, int limit) throws IOException {
        int n = limit <= 0 ? Math.max(1, s.count(q)) : limit;
        TopDocs top = s.search(q, n, new Sort(new SortField(Schema.MENTIONS, SortField.Type.INT, true)));
        List<Entity> out = new ArrayList<>(top.scoreDocs.length);
        StoredFields stored = s.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(RecordMapper.entityRecord(stored.document(sd.doc)));
        }
        return out;
    }

    private static Query withType(Query q, EntityType type) {
        return type == null ? q : all(q, LuceneStore.term(Schema.TYPE, type.name()));
    }

    /**
     * An entity with its relations, summed per type and other entity. Counting reads doc values only; the
     * other entities and the evidence sentences are read for the links shown (the {@code limit} heaviest of
     * each type, and of co-occurrences), so a hub with tens of thousands of neighbours answers quickly.
     */
    EntityProfile profile(String entityId, int limit) {
        return searchers.with(s -> {
            Entity entity = byUid(s, Schema.KIND_ENTITY, entityId).map(RecordMapper::entityRecord)
                    .orElseThrow(() -> new IllegalArgumentException("no entity " + entityId));
            record Key(RelationType type, boolean outgoing, String other) {
            }
            Map<Key, int[]> counts = new LinkedHashMap<>();
            Map<Key, Integer> firstRecord = new HashMap<>();
            Map<Key, String> firstArticle = new HashMap<>();
            StoredFields stored = s.storedFields();
            links(s, all(kind(Schema.KIND_RELATION), LuceneStore.term(Schema.ENTITY, entityId)), (r, global, sentence) -> {
                boolean outgoing = r.type().symmetric() || r.sourceId().equals(entityId);
                String other = r.sourceId().equals(entityId) ? r.targetId() : r.sourceId();
                if (other.equals(entityId)) {
                    return;
                }
                Key k = new Key(r.type(), outgoing, other);
                counts.computeIfAbsent(k, x -> new int[1])[0] += r.count();
                if (firstRecord.putIfAbsent(k, global) == null) {
                    firstArticle.put(k, r.documentId());
                }
            });
            Map<RelationType, List<Key>> byType = new LinkedHashMap<>();
            counts.keySet().forEach(k -> byType.computeIfAbsent(k.type(), t -> new ArrayList<>()).add(k));
            List<EntityProfile.Link> typed = new ArrayList<>();
            List<EntityProfile.Link> co = new ArrayList<>();
            for (List<Key> keys : byType.values()) {
                keys.sort(Comparator.comparingInt((Key k) -> -counts.get(k)[0]).thenComparing(Key::other));
                int shown = 0;
                for (Key k : keys) {
                    if (shown == limit) {
                        break;
                    }
                    Entity other = lookup(s, k.other());
                    if (other == null) {
                        continue;
                    }
                    String sentence = stored.document(firstRecord.get(k), Set.of(Schema.SENTENCE)).get(Schema.SENTENCE);
                    EntityProfile.Link link = new EntityProfile.Link(k.type(), k.outgoing(), other, counts.get(k)[0],
                            sentence, firstArticle.get(k));
                    (k.type() == RelationType.CO_OCCURS ? co : typed).add(link);
                    shown++;
                }
            }
            Comparator<EntityProfile.Link> byCount = Comparator.comparingInt(EntityProfile.Link::count).reversed()
                    .thenComparing(l -> l.other().canonical());
            typed.sort(Comparator.comparing(EntityProfile.Link::type).thenComparing(byCount));
            co.sort(byCount);
            return new EntityProfile(entity, typed, co, score(s, entityId));
        });
    }

    /** Mention records read for an entity's score at most: a hub's first ones are a fair sample. */
    static final int SCORED_MENTIONS = 20_000;

    /** The entity's score from the scores of its mention records (see {@link EntityScore}). */
    private static EntityScore score(IndexSearcher s, String entityId) throws IOException {
        EntityScore.Builder b = new EntityScore.Builder();
        StoredFields stored = s.storedFields();
        Set<String> fields = Set.of(Schema.SCORE);
        forEachMatch(s, all(kind(Schema.KIND_MENTION), LuceneStore.term(Schema.ENTITY, entityId)), leaf -> doc -> {
            if (b.count() < SCORED_MENTIONS) {
                IndexableField f = stored.document(leaf.docBase + doc, fields).getField(Schema.SCORE);
                if (f != null) {
                    b.add(f.numericValue().doubleValue());
                }
            }
        });
        return b.build();
    }

    private Entity lookup(IndexSearcher s, String id) {
        try {
            return byUid(s, Schema.KIND_ENTITY, id).map(RecordMapper::entityRecord).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- relations ----

    void forEachRelation(RelationFilter filter, Consumer<StoredRelation> consumer) {
        searchers.with(s -> {
            BooleanQuery.Builder q = new BooleanQuery.Builder().add(kind(Schema.KIND_RELATION), Occur.FILTER);
            if (!filter.types().isEmpty()) {
                BooleanQuery.Builder types = new BooleanQuery.Builder();
                filter.types().forEach(t -> types.add(LuceneStore.term(Schema.RELATION_TYPE, t.name()), Occur.SHOULD));
                q.add(types.build(), Occur.FILTER);
            }
            if (!filter.entityIds().isEmpty()) {
                BooleanQuery.Builder ids = new BooleanQuery.Builder();
                filter.entityIds().forEach(id -> ids.add(LuceneStore.term(Schema.ENTITY, id), Occur.SHOULD));
                q.add(ids.build(), Occur.FILTER);
            }
            if (filter.documentId() != null) {
                q.add(LuceneStore.term(Schema.DOC, filter.documentId()), Occur.FILTER);
            }
            Map<String, String> names = new HashMap<>();
            int[] emitted = {0};
            forEach(s, q.build(), d -> {
                if (filter.limit() > 0 && emitted[0] >= filter.limit()) {
                    return;
                }
                Relation r = RecordMapper.relationRecord(d);
                consumer.accept(new StoredRelation(d.get(Schema.DOC), r, name(s, names, r.source()),
                        name(s, names, r.target())));
                emitted[0]++;
            });
            return null;
        });
    }

    void forEachLink(Set<RelationType> types, Set<String> ends, boolean bothEnds,
                     BiConsumer<Store.RelationLink, Supplier<String>> consumer) {
        if (ends != null && ends.isEmpty()) {
            return;
        }
        searchers.with(s -> {
            BooleanQuery.Builder q = new BooleanQuery.Builder().add(kind(Schema.KIND_RELATION), Occur.FILTER);
            if (!types.isEmpty()) {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                types.forEach(t -> any.add(LuceneStore.term(Schema.RELATION_TYPE, t.name()), Occur.SHOULD));
                q.add(any.build(), Occur.FILTER);
            }
            if (ends != null) {
                List<BytesRef> ids = ends.stream().map(BytesRef::new).toList();
                Occur each = bothEnds ? Occur.FILTER : Occur.SHOULD;
                q.add(new BooleanQuery.Builder()
                        .add(new TermInSetQuery(Schema.SOURCE_ENTITY, ids), each)
                        .add(new TermInSetQuery(Schema.TARGET_ENTITY, ids), each).build(), Occur.FILTER);
            }
            links(s, q.build(), (link, global, sentence) -> consumer.accept(link, () -> {
                try {
                    return sentence.get();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            return null;
        });
    }

    /**
     * What {@link #links} calls for each relation record: the link, the record's global doc id, and its
     * evidence sentence on demand (only during the call).
     */
    @FunctionalInterface
    private interface LinkVisitor {
        void visit(Store.RelationLink link, int globalDoc, IOSupplier<String> sentence) throws IOException;
    }

    /** Visits the relation records the query matches, as links read from doc values, in doc id order. */
    private static void links(IndexSearcher s, Query q, LinkVisitor visitor) throws IOException {
        StoredFields stored = s.storedFields();
        forEachMatch(s, q, leaf -> {
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
        Store.RelationLink read(int doc, IOSupplier<Document> stored) throws IOException {
            String articleId = article == null ? null : article.at(doc);
            if (articleId == null) {
                Document d = stored.get();
                Relation r = RecordMapper.relationRecord(d);
                return new Store.RelationLink(d.get(Schema.DOC), r.type(), r.source().entityId(),
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
            return new Store.RelationLink(articleId, RelationType.valueOf(required(type, doc)), required(source, doc),
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

    /** The terms of a sorted doc values field of one segment, each decoded on its first use. */
    private static final class DecodedTerms {
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

    private String name(IndexSearcher s, Map<String, String> cache, RelationArgument arg) {
        return cache.computeIfAbsent(arg.entityId(), id -> {
            Entity e = lookup(s, id);
            return e == null ? arg.text() : e.canonical();
        });
    }

    /**
     * Article id → publication year (0 when unknown) of these articles, found by seeking their ids in each
     * segment's terms (no query and no stored field per article: networks ask for thousands at a time).
     */
    Map<String, Integer> articleYears(Collection<String> ids) {
        List<String> sorted = ids.stream().sorted().toList(); // in term order, so each seek moves forward
        return searchers.with(s -> {
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
        });
    }

    /** Article id → publication year (0 when unknown) of the articles matching {@code text}. */
    Map<String, Integer> articleYears(Query text) {
        return searchers.with(s -> {
            Map<String, Integer> out = new HashMap<>();
            StoredFields stored = s.storedFields();
            Set<String> idOnly = Set.of(Schema.ID);
            forEachMatch(s, all(kind(Schema.KIND_DOC), text), leaf -> {
                NumericDocValues years = leaf.reader().getNumericDocValues(Schema.YEAR);
                return doc -> out.put(stored.document(leaf.docBase + doc, idOnly).get(Schema.ID),
                        years != null && years.advanceExact(doc) ? (int) years.longValue() : 0);
            });
            return out;
        });
    }

    // ---- failures and statistics ----

    List<FailureRecord> failures() {
        return searchers.with(s -> {
            List<FailureRecord> out = new ArrayList<>();
            forEach(s, kind(Schema.KIND_FAILURE), d -> out.add(RecordMapper.failureRecord(d)));
            out.sort(Comparator.comparing(FailureRecord::path));
            return out;
        });
    }

    IndexStats stats(int topEntities) {
        return searchers.with(s -> {
            Map<String, Long> entitiesByType = new LinkedHashMap<>();
            Map<String, Long> mentionsByType = new LinkedHashMap<>();
            for (EntityType t : EntityType.values()) {
                entitiesByType.put(t.name(), (long) s.count(all(kind(Schema.KIND_ENTITY),
                        LuceneStore.term(Schema.TYPE, t.name()))));
                mentionsByType.put(t.name(), (long) s.count(all(kind(Schema.KIND_MENTION),
                        LuceneStore.term(Schema.TYPE, t.name()))));
            }
            Map<String, Long> relationsByType = new LinkedHashMap<>();
            for (RelationType t : RelationType.values()) {
                long n = s.count(all(kind(Schema.KIND_RELATION), LuceneStore.term(Schema.RELATION_TYPE, t.name())));
                if (n > 0) {
                    relationsByType.put(t.name(), n);
                }
            }
            return new IndexStats(
                    s.count(kind(Schema.KIND_DOC)),
                    s.count(kind(Schema.KIND_MENTION)),
                    s.count(kind(Schema.KIND_ENTITY)),
                    s.count(kind(Schema.KIND_RELATION)),
                    s.count(kind(Schema.KIND_PATH)),
                    s.count(kind(Schema.KIND_FAILURE)),
                    entitiesByType, mentionsByType, relationsByType,
                    entities(s, kind(Schema.KIND_ENTITY), Math.max(1, topEntities)).subList(0,
                            Math.min(topEntities, s.count(kind(Schema.KIND_ENTITY)))),
                    sizeOnDisk());
        });
    }

    private long sizeOnDisk() {
        return sizeOnDisk(indexDir, p -> { });
    }

    /**
     * The bytes of the regular files under {@code dir}. Files and folders that vanish during the walk (a
     * merge removing segment files while an ingest runs) count as nothing, never as an error. {@code onFile}
     * sees each file before it is counted (tests make things vanish there).
     */
    static long sizeOnDisk(Path dir, java.util.function.Consumer<Path> onFile) {
        long[] total = {0};
        try {
            Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                    onFile.accept(file);
                    if (attrs.isRegularFile()) {
                        total[0] += attrs.size();
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    return java.nio.file.FileVisitResult.CONTINUE; // merged away while we walked
                }

                @Override
                public java.nio.file.FileVisitResult postVisitDirectory(Path d, IOException e) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            return total[0];
        }
        return total[0];
    }

    // ---- corrections ----

    /** The articles that mention any of these entities. */
    Set<String> articlesMentioning(Set<String> entityIds) {
        return searchers.with(s -> {
            Set<String> out = new LinkedHashSet<>();
            for (String id : entityIds) {
                forEach(s, all(kind(Schema.KIND_DOC), LuceneStore.term(Schema.ENTITY, id)), d -> out.add(d.get(Schema.ID)));
            }
            return out;
        });
    }

    /** The ids of entities that have a name with this {@link NameKey}. */
    Set<String> entitiesWithNameKey(String key) {
        return searchers.with(s -> {
            Set<String> out = new LinkedHashSet<>();
            forEach(s, all(kind(Schema.KIND_ENTITY), LuceneStore.term(Schema.NAME_KEY, key)), d -> out.add(d.get(Schema.ID)));
            return out;
        });
    }

    /** An article as stored, with its mentions and relations: what ingest put, to be put again corrected. */
    Optional<Extraction> extraction(String articleId) {
        return searchers.with(s -> {
            Optional<Document> stored = byUid(s, Schema.KIND_DOC, articleId);
            if (stored.isEmpty()) {
                return Optional.<Extraction>empty();
            }
            DocumentRecord rec = RecordMapper.articleRecord(stored.get(), List.of(), true);
            SourceDocument doc = new SourceDocument(rec.id(), rec.file(), rec.source(), rec.container(),
                    rec.title(), rec.author(), rec.published(), rec.contentType(), rec.language(), rec.text());
            List<Relation> relations = new ArrayList<>();
            forEach(s, all(kind(Schema.KIND_RELATION), LuceneStore.term(Schema.DOC, articleId)),
                    d -> relations.add(RecordMapper.relationRecord(d)));
            return Optional.of(new Extraction(doc, mentions(s, articleId), relations));
        });
    }

    // ---- iteration ----

    /** Calls {@code consumer} with the stored fields of every live record matching {@code q}, in index order. */
    static void forEach(IndexSearcher s, Query q, Consumer<Document> consumer) throws IOException {
        StoredFields stored = s.storedFields();
        forEachMatch(s, q, leaf -> doc -> consumer.accept(stored.document(leaf.docBase + doc)));
    }

    /** What to do with each matching record of a segment, set up once per segment (its doc values). */
    @FunctionalInterface
    interface SegmentVisitor {
        DocVisitor open(LeafReaderContext leaf) throws IOException;
    }

    /** What to do with one matching record, by its doc id within the segment. */
    @FunctionalInterface
    interface DocVisitor {
        void visit(int doc) throws IOException;
    }

    /**
     * How many records match {@code q} at most, from the cost estimates of its iterators: no counting
     * pass (exact for a single term, an upper bound for a conjunction).
     */
    static long estimatedMatches(IndexSearcher s, Query q) throws IOException {
        Weight weight = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        long estimate = 0;
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            estimate += scorer == null ? 0 : scorer.iterator().cost();
        }
        return estimate;
    }

    /** Visits every live record matching {@code q}, segment by segment, in doc id order, without scoring. */
    static void forEachMatch(IndexSearcher s, Query q, SegmentVisitor visitor) throws IOException {
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
