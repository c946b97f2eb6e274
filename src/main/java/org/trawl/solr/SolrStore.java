package org.trawl.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.trawl.index.CorrectionApplier;
import org.trawl.index.EntityBook;
import org.trawl.index.MinHash;
import org.trawl.index.NearDuplicates;
import org.trawl.index.Schema;
import org.trawl.model.Entity;
import org.trawl.model.EntityMention;
import org.trawl.model.Extraction;
import org.trawl.resolve.Correction;
import org.trawl.store.FailureRecord;
import org.trawl.store.PathRecord;
import org.trawl.store.StoreCorrector;
import org.trawl.store.StoreWriter;
import org.trawl.store.WorkerShare;

/**
 * A SolrCloud collection opened for writing: an ingest's {@link StoreWriter} and the corrections'
 * {@link StoreCorrector}. An article goes to the cluster in one update with its mentions and relations
 * (routed to its shard by their keys); entity records are rewritten at commit from the {@link EntityBook},
 * their counts summed by the cluster; near-duplicates are found by MinHash band terms; corrections are
 * recorded in the cluster before they are applied. The store's write lock is a lease record in the
 * collection ({@link SolrWriteLock}). Write methods are safe to call from several threads.
 *
 * <p>Unlike the embedded index, what was sent but not committed when a writer is closed (or killed) is not
 * rolled back (SolrCloud cannot): it becomes visible at the next commit. Ingest commits every few seconds
 * and at the end, so this only concerns articles in flight, which the next run reads again.
 */
final class SolrStore extends SolrReader implements StoreWriter, StoreCorrector {

    /** Entities recounted per request at a commit. */
    private static final int COUNT_BATCH = 500;
    /** Attempts at rewriting a batch of entities that other writers keep changing. */
    private static final int MAX_ATTEMPTS = 20;
    private static final String VERSION = "_version_";

    private final SolrWriteLock lock;
    private final ReadWriteLock commitLock = new ReentrantReadWriteLock();
    private final Set<String> pendingDocuments = ConcurrentHashMap.newKeySet();
    private final Set<String> released = ConcurrentHashMap.newKeySet();
    /**
     * Entities as last committed, looked up for the {@link EntityBook} a whole article at a time (one request
     * instead of one per entity), until the next commit rewrites them.
     */
    private final Map<String, Optional<Entity>> committedEntities = new ConcurrentHashMap<>();
    private final EntityBook entities = new EntityBook(this::committedEntity);
    private final NearDuplicates nearDuplicates = new NearDuplicates(this::committedOriginals);
    private final CorrectionApplier correctionApplier = new CorrectionApplier(entities);

    /** True when other writers (ingest workers) may write the store at the same time as this one. */
    private final boolean sharedWithOtherWriters;

    /** This writer's name (its lock's), which its journal notes carry. */
    private final String writer;
    /** The notes of the articles sent since the last commit, deleted by the commit that covers them. */
    private final Set<String> journal = ConcurrentHashMap.newKeySet();

    SolrStore(SolrConnection solr, Function<String, Query> parser, WorkerShare share) {
        super(solr, parser);
        this.writer = share.writerName();
        this.lock = SolrWriteLock.take(solr, writer);
        this.sharedWithOtherWriters = share.workers() > 1;
        recoverJournal();
    }

    /**
     * Takes over what a writer of this name that was killed left uncommitted: its articles show at the next
     * commit (SolrCloud cannot roll them back), so their entities are counted at that commit too.
     */
    private void recoverJournal() {
        SolrQuery q = records(SolrRecords.KIND_PENDING).addFilterQuery(SolrRecords.term(SolrRecords.WRITER, writer))
                .setFields(SolrRecords.UID, Schema.DOC);
        solr.softCommit(); // what a killed writer sent is seen from here on, its notes too
        solr.forEach(q, d -> {
            journal.add(SolrRecords.string(d, SolrRecords.UID));
            String article = SolrRecords.string(d, Schema.DOC);
            List<EntityMention> mentions = mentions(article);
            lookUpEntities(mentions);
            mentions.forEach(entities::seen);
            return true;
        });
    }

    @Override
    public boolean containsDocument(String documentId) {
        return pendingDocuments.contains(documentId) || super.containsDocument(documentId);
    }

    @Override
    public String put(Extraction extraction, PathRecord path) {
        String id = extraction.document().id();
        long[] sketch = MinHash.signature(extraction.document().text());
        return underCommitLock(() -> {
            String original = nearDuplicates.claim(id, sketch, path(path.path()));
            List<SolrInputDocument> docs = new ArrayList<>(original == null ? SolrRecords.block(extraction, sketch)
                    : List.of(SolrRecords.article(extraction.document(), List.of(), sketch, original)));
            docs.add(SolrRecords.pending(id, writer));
            // the article (with its note) first, then its file: a file record is never there without its article
            solr.add(docs);
            journal.add(SolrRecords.pendingUid(id, writer));
            solr.add(List.of(SolrRecords.path(path)));
            solr.deleteById(List.of(SolrRecords.uid(Schema.KIND_FAILURE, path.path())));
            pendingDocuments.add(id);
            if (original == null) {
                lookUpEntities(extraction.mentions());
                for (EntityMention m : extraction.mentions()) {
                    entities.seen(m);
                }
            }
            return original;
        });
    }

    private Optional<Entity> committedEntity(String id) {
        return committedEntities.computeIfAbsent(id, this::entity);
    }

    /** Looks up, in one request, the committed records of the entities these mentions name that are not known yet. */
    private void lookUpEntities(List<EntityMention> mentions) {
        Set<String> unknown = new LinkedHashSet<>();
        for (EntityMention m : mentions) {
            if (!committedEntities.containsKey(m.entityId())) {
                unknown.add(m.entityId());
            }
        }
        if (!unknown.isEmpty()) {
            Map<String, Entity> found = entities(unknown);
            unknown.forEach(id -> committedEntities.putIfAbsent(id, Optional.ofNullable(found.get(id))));
        }
    }

    @Override
    public void putPath(PathRecord path) {
        underCommitLock(() -> {
            solr.add(List.of(SolrRecords.path(path)));
            solr.deleteById(List.of(SolrRecords.uid(Schema.KIND_FAILURE, path.path())));
            return null;
        });
    }

    @Override
    public void release(String documentId) {
        released.add(documentId);
    }

    @Override
    public void recordFailure(FailureRecord failure) {
        underCommitLock(() -> {
            solr.add(List.of(SolrRecords.failure(failure)));
            return null;
        });
    }

    @Override
    public void clearFailure(String path) {
        underCommitLock(() -> {
            solr.deleteById(List.of(SolrRecords.uid(Schema.KIND_FAILURE, path)));
            return null;
        });
    }

    private <T> T underCommitLock(Supplier<T> change) {
        commitLock.readLock().lock();
        try {
            return change.get();
        } finally {
            commitLock.readLock().unlock();
        }
    }

    @Override
    public void commit() {
        commitLock.writeLock().lock();
        try {
            if (!released.isEmpty() || entities.hasChanges()) {
                solr.softCommit(); // the reads below see what was sent since the last commit
            }
            if (!released.isEmpty()) {
                for (String id : released) {
                    removeIfNoFileHolds(id);
                }
                released.clear();
                solr.softCommit();
            }
            if (entities.hasChanges()) {
                rewriteEntities(entities.drain());
            }
            committedEntities.clear();
            solr.deleteById(List.copyOf(journal));
            journal.clear();
            solr.add(List.of(commitMark()));
            lock.renew();
            solr.commit();
            nearDuplicates.committed();
            pendingDocuments.clear();
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    /** The record that tells readers a commit happened ({@link #refresh()}). */
    private static SolrInputDocument commitMark() {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(SolrRecords.UID, SolrRecords.uid(SolrRecords.KIND_STATE, "commit"));
        d.setField(Schema.KIND, SolrRecords.KIND_STATE);
        d.setField(SolrRecords.SEQ, System.nanoTime() ^ System.currentTimeMillis() << 20);
        return d;
    }

    private void removeIfNoFileHolds(String id) {
        if (solr.count(records(Schema.KIND_PATH).addFilterQuery(SolrRecords.term(SolrRecords.PATH_DOC, id))) > 0) {
            return;
        }
        SolrQuery mentioned = records(Schema.KIND_MENTION).addFilterQuery(SolrRecords.term(Schema.DOC, id)).setRows(0);
        mentioned.set("json.facet", "{e:{type:terms,field:" + Schema.ENTITY + ",limit:-1}}");
        JsonFacets.of(solr.query(mentioned)).counts("e").keySet().forEach(entities::touched);
        solr.deleteByQuery(SolrRecords.term(Schema.DOC, id));
        pendingDocuments.remove(id);
        // its near-duplicates were stored without names and relations: forget them and their files, so the
        // next ingest reads those files again as articles of their own
        List<String> copies = new ArrayList<>();
        solr.forEach(records(Schema.KIND_DOC).addFilterQuery(SolrRecords.term(Schema.NEAR_DUPLICATE_OF, id))
                .setFields(Schema.ID), d -> {
                    copies.add(SolrRecords.string(d, Schema.ID));
                    return true;
                });
        if (!copies.isEmpty()) {
            solr.deleteByQuery(SolrRecords.terms(Schema.DOC, copies));
            solr.deleteByQuery(SolrRecords.terms(SolrRecords.PATH_DOC, copies));
        }
    }

    /**
     * Rewrites the entity records of these drafts with their mention and article counts, as the cluster sums
     * them. Other writers (ingest workers) may rewrite the same entities at the same time: each record is
     * read (with its version) before the counts are taken and written only if it is still that version, else
     * read, counted and written again; and a worker keeps the names others gave the entity.
     */
    private void rewriteEntities(List<EntityBook.Draft> drafts) {
        for (int from = 0; from < drafts.size(); from += COUNT_BATCH) {
            List<EntityBook.Draft> batch = drafts.subList(from, Math.min(drafts.size(), from + COUNT_BATCH));
            for (int attempt = 1; !rewriteEntityBatch(batch); attempt++) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new org.trawl.cluster.ClusterException("the entities of " + solr.location()
                            + " kept changing under this writer (" + MAX_ATTEMPTS + " attempts); run ingest again");
                }
            }
        }
    }

    /** One attempt at rewriting these entities; false when another writer changed one of them meanwhile. */
    private boolean rewriteEntityBatch(List<EntityBook.Draft> batch) {
        List<String> uids = batch.stream().map(d -> SolrRecords.uid(Schema.KIND_ENTITY, d.id())).toList();
        Map<String, SolrDocument> current = solr.get(uids);
        SolrQuery q = records(Schema.KIND_MENTION).addFilterQuery(SolrRecords.terms(Schema.ENTITY,
                batch.stream().map(EntityBook.Draft::id).toList())).setRows(0);
        q.set("json.facet", "{e:{type:terms,field:" + Schema.ENTITY + ",limit:-1,facet:{articles:\"sum("
                + SolrRecords.FIRST + ")\"}}}");
        Map<String, int[]> counts = new HashMap<>();
        for (JsonFacets.Bucket b : JsonFacets.of(solr.query(q)).buckets("e")) {
            counts.put(b.value(), new int[] {(int) b.facets().count(), (int) Math.round(b.facets().stat("articles"))});
        }
        List<SolrInputDocument> updated = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (EntityBook.Draft draft : batch) {
            String uid = SolrRecords.uid(Schema.KIND_ENTITY, draft.id());
            SolrDocument stored = current.get(uid);
            int[] c = counts.getOrDefault(draft.id(), new int[2]);
            if (c[0] == 0) {
                gone.add(uid);
                continue;
            }
            Entity e = draft.toEntity(c[0], c[1]);
            Set<String> keys = draft.keys();
            if (sharedWithOtherWriters && stored != null) {
                Entity others = SolrRecords.entityRecord(stored);
                Set<String> names = new LinkedHashSet<>(e.names());
                names.addAll(others.names());
                e = new Entity(e.id(), e.type(), e.canonical(), List.copyOf(names), e.mentions(), e.documents());
                Set<String> merged = new LinkedHashSet<>(keys);
                java.util.Collection<Object> storedKeys = stored.getFieldValues(Schema.NAME_KEY);
                if (storedKeys != null) {
                    storedKeys.forEach(k -> merged.add(k.toString()));
                }
                keys = merged;
            }
            SolrInputDocument d = SolrRecords.entity(e, keys);
            Object version = stored == null ? null : stored.getFirstValue(VERSION);
            d.setField(VERSION, version instanceof Number v ? v.longValue() : -1L);
            updated.add(d);
        }
        if (!solr.addIf(updated)) {
            return false;
        }
        solr.deleteById(gone);
        return true;
    }

    /** The committed originals (not near-duplicates) having one of these MinHash band terms: id → sketch. */
    private Map<String, long[]> committedOriginals(List<String> bands) {
        SolrQuery q = records(Schema.KIND_DOC).addFilterQuery(SolrRecords.terms(Schema.MINHASH, bands))
                .addFilterQuery("-" + Schema.NEAR_DUPLICATE_OF + ":*")
                .setFields(Schema.ID, SolrRecords.SKETCH).setRows(100);
        Map<String, long[]> out = new HashMap<>();
        solr.query(q).getResults().forEach(d -> {
            long[] sketch = SolrRecords.sketch(d);
            if (sketch != null) {
                out.put(SolrRecords.string(d, Schema.ID), sketch);
            }
        });
        return out;
    }

    @Override
    public int correct(Correction correction) {
        commitLock.writeLock().lock();
        try {
            new SolrCorrectionLog(solr).append(correction);
            solr.softCommit();
            return correctionApplier.apply(new SolrStoredArticles(this), correction);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } finally {
            super.close();
        }
    }
}
