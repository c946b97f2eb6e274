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
 * writer takes it over (at once on the same machine, where a holder's process that is gone is seen to be); so
 * a second writer is refused while the first lives, on any machine.
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
        this.holder = ProcessHandle.current().pid() + "@" + hostName() + "#"
                + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
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
            String holder = SolrRecords.string(held.get(), SolrRecords.HOLDER);
            if (lock.holder.equals(holder)) {
                return lock; // a repeat of our own write that had taken effect
            }
            boolean over = until < System.currentTimeMillis() || lock.deadOnThisMachine(holder);
            if (over && version instanceof Number v && solr.addIf(lock.record(v.longValue()))) {
                return lock;
            }
            throw new IndexBusyException("the store " + solr.location() + " is being written by another trawl process ("
                    + holder + ", lease until "
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

    /** True when the holder (pid@host#token) was a process of this machine that is gone (killed): its lease is over. */
    private boolean deadOnThisMachine(String other) {
        String host = holder.substring(holder.indexOf('@'), holder.indexOf('#'));
        if (other == null || other.indexOf('@') < 0 || other.indexOf('#') < other.indexOf('@')
                || !other.substring(other.indexOf('@'), other.indexOf('#')).equals(host)) {
            return false;
        }
        try {
            long pid = Long.parseLong(other.substring(0, other.indexOf('@')));
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
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
