package org.trawl.solr;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.trawl.index.Schema;
import org.trawl.store.IndexBusyException;

/**
 * The write lock of a Solr store, kept in the collection as a lease record: taken with Solr's optimistic
 * concurrency (the record must not exist, or must still be the expired one read), renewed at each commit,
 * and removed at close. A writer killed without closing holds it until its lease runs out, then the next
 * writer takes it over; so a second writer is refused while the first lives, on any machine.
 */
final class SolrWriteLock {

    /** How long a lease lasts without a renewal: far longer than an ingest's time between commits. */
    static final Duration LEASE = Duration.ofSeconds(60);
    private static final String VERSION = "_version_";

    private final SolrConnection solr;
    private final String uid;
    private final String holder;

    private SolrWriteLock(SolrConnection solr, String name) {
        this.solr = solr;
        this.uid = SolrRecords.uid(SolrRecords.KIND_LOCK, name);
        this.holder = ProcessHandle.current().pid() + "@" + hostName();
    }

    /**
     * Takes the lock of this name.
     *
     * @throws IndexBusyException when another writer holds it and its lease has not run out
     */
    static SolrWriteLock take(SolrConnection solr, String name) {
        SolrWriteLock lock = new SolrWriteLock(solr, name);
        if (solr.addIf(lock.record(-1L))) {
            return lock;
        }
        Optional<SolrDocument> held = solr.get(lock.uid);
        if (held.isPresent()) {
            long until = SolrRecords.number(held.get(), SolrRecords.LEASE);
            Object version = held.get().getFirstValue(VERSION);
            if (until < System.currentTimeMillis() && version instanceof Number v && solr.addIf(lock.record(v.longValue()))) {
                return lock;
            }
            throw new IndexBusyException("the store " + solr.location() + " is being written by another trawl process ("
                    + SolrRecords.string(held.get(), SolrRecords.HOLDER) + ", lease until "
                    + Instant.ofEpochMilli(until) + "); wait for it to finish");
        }
        if (solr.addIf(lock.record(-1L))) {
            return lock;
        }
        throw new IndexBusyException("the store " + solr.location() + " is being written by another trawl process;"
                + " wait for it to finish");
    }

    private SolrInputDocument record(long version) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(SolrRecords.UID, uid);
        d.setField(Schema.KIND, SolrRecords.KIND_LOCK);
        d.setField(SolrRecords.LEASE, System.currentTimeMillis() + LEASE.toMillis());
        d.setField(SolrRecords.HOLDER, holder);
        if (version != 0) {
            d.setField(VERSION, version);
        }
        return d;
    }

    /** Extends the lease (at a commit). */
    void renew() {
        solr.add(List.of(record(0)));
    }

    void release() {
        solr.deleteById(List.of(uid));
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
