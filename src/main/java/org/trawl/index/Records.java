package org.trawl.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.trawl.model.Entity;
import org.trawl.model.EntityMention;
import org.trawl.model.Relation;
import org.trawl.store.DocumentRecord;
import org.trawl.store.PathRecord;

/**
 * Single records read back from the index by their id, and the records that belong to one article (its
 * mentions, the files holding it, its near-duplicates), each against the searcher it is given.
 */
public final class Records {

    private Records() {
    }

    /** The stored fields of the record of this kind and id. */
    public static Optional<Document> byUid(IndexSearcher s, String kind, String id) throws IOException {
        TopDocs top = s.search(Matches.term(RecordMapper.UID, kind + ":" + id), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(s.storedFields().document(top.scoreDocs[0].doc));
    }

    public static boolean exists(IndexSearcher s, String kind, String id) throws IOException {
        return s.count(Matches.term(RecordMapper.UID, kind + ":" + id)) > 0;
    }

    /** The records of one kind. */
    public static int count(IndexSearcher s, String kind) throws IOException {
        return s.count(Matches.kind(kind));
    }

    public static Optional<Entity> entity(IndexSearcher s, String id) throws IOException {
        return byUid(s, Schema.KIND_ENTITY, id).map(RecordMapper::entityRecord);
    }

    /**
     * The live records of a kind with these ids, by global doc id in increasing order: each id's key sought
     * once per segment, in term order, with no query per id (networks and commits ask for thousands).
     */
    public static TreeMap<Integer, String> byUids(IndexSearcher s, String kind, Collection<String> ids)
            throws IOException {
        List<String> sorted = ids.stream().distinct().sorted().toList(); // in term order, so each seek moves forward
        TreeMap<Integer, String> found = new TreeMap<>();
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(RecordMapper.UID);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum postings = null;
            for (String id : sorted) {
                if (!te.seekExact(RecordMapper.uid(kind, id).bytes())) {
                    continue;
                }
                postings = te.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        found.put(leaf.docBase + doc, id);
                    }
                }
            }
        }
        return found;
    }

    /** Article id → publication year (0 when it is not known) of these articles (those the index has), from doc values. */
    public static Map<String, Integer> articleYears(IndexSearcher s, Collection<String> ids) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        NumericDocValues years = null;
        for (Map.Entry<Integer, String> e : byUids(s, Schema.KIND_DOC, ids).entrySet()) { // doc values in doc order
            int doc = e.getKey();
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                years = leaf.reader().getNumericDocValues(Schema.YEAR);
            }
            out.put(e.getValue(), years != null && years.advanceExact(doc - leaf.docBase) ? (int) years.longValue() : 0);
        }
        return out;
    }

    /** The relations of an article, as stored. */
    static List<Relation> relations(IndexSearcher s, String articleId) throws IOException {
        List<Relation> out = new ArrayList<>();
        Matches.forEach(s, Matches.all(Matches.kind(Schema.KIND_RELATION), Matches.term(Schema.DOC, articleId)),
                d -> out.add(RecordMapper.relationRecord(d)));
        return out;
    }

    public static Optional<PathRecord> path(IndexSearcher s, String path) throws IOException {
        return byUid(s, Schema.KIND_PATH, path).map(RecordMapper::pathRecord);
    }

    public static Optional<DocumentRecord> document(IndexSearcher s, String documentId, boolean withText)
            throws IOException {
        Optional<Document> d = byUid(s, Schema.KIND_DOC, documentId);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RecordMapper.articleRecord(d.get(), pathsOf(s, documentId), withText));
    }

    /** An article record's stored fields as a {@link DocumentRecord}, without its text. */
    public static DocumentRecord document(IndexSearcher s, Document d) throws IOException {
        return RecordMapper.articleRecord(d, pathsOf(s, d.get(Schema.ID)), false);
    }

    /** The article's mentions, in text order. */
    public static List<EntityMention> mentions(IndexSearcher s, String documentId) throws IOException {
        List<EntityMention> out = new ArrayList<>();
        Matches.forEach(s, Matches.all(Matches.kind(Schema.KIND_MENTION), Matches.term(Schema.DOC, documentId)),
                d -> out.add(RecordMapper.mentionRecord(d)));
        out.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end));
        return out;
    }

    /** The files holding this article, sorted. */
    static List<String> pathsOf(IndexSearcher s, String documentId) throws IOException {
        List<String> paths = new ArrayList<>();
        Matches.forEach(s, Matches.all(Matches.kind(Schema.KIND_PATH), Matches.term(RecordMapper.PATH_DOC, documentId)),
                d -> paths.add(d.get(Schema.PATH)));
        paths.sort(null);
        return paths;
    }

    /** How many files hold this article. */
    static int pathsHolding(IndexSearcher s, String documentId) throws IOException {
        return s.count(Matches.all(Matches.kind(Schema.KIND_PATH), Matches.term(RecordMapper.PATH_DOC, documentId)));
    }

    /** The articles stored as near-duplicates of this one. */
    static List<String> nearDuplicatesOf(IndexSearcher s, String documentId) throws IOException {
        List<String> ids = new ArrayList<>();
        StoredFields stored = s.storedFields();
        Set<String> idOnly = Set.of(Schema.ID);
        Matches.forEachMatch(s, Matches.all(Matches.kind(Schema.KIND_DOC),
                        Matches.term(Schema.NEAR_DUPLICATE_OF, documentId)),
                leaf -> doc -> ids.add(stored.document(leaf.docBase + doc, idOnly).get(Schema.ID)));
        return ids;
    }

    /** The entities the article's mentions name. */
    static Set<String> mentionEntities(IndexSearcher s, String documentId) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        Matches.forEach(s, Matches.all(Matches.kind(Schema.KIND_MENTION), Matches.term(Schema.DOC, documentId)),
                d -> ids.add(d.get(Schema.ENTITY)));
        return ids;
    }
}
