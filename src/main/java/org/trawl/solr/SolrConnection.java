package org.trawl.solr;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.trawl.cluster.ClusterException;
import org.trawl.store.StoreLocation;

/**
 * One SolrCloud collection reached over HTTP with solrj's cluster-aware client (updates go to each shard's
 * leader, routed by the record's key), and every failure turned into one line naming the store: a cluster
 * that cannot be reached or a collection it does not hold is a {@link ClusterException}. Thread-safe.
 */
final class SolrConnection implements Closeable {

    /** What Solr answers when an optimistic-concurrency condition ({@code _version_}) does not hold. */
    static final int CONFLICT = 409;
    /** Records fetched per request when a query's matches are walked. */
    static final int PAGE = 1_000;

    private final StoreLocation.Solr location;
    private final CloudSolrClient client;

    private SolrConnection(StoreLocation.Solr location, CloudSolrClient client) {
        this.location = location;
        this.client = client;
    }

    /**
     * Connects to the collection through these node URLs and checks that it is there.
     *
     * @throws ClusterException when no node answers or the collection is missing
     */
    static SolrConnection open(StoreLocation.Solr location, List<String> nodeUrls) {
        HttpJdkSolrClient.Builder http = new HttpJdkSolrClient.Builder()
                .withConnectionTimeout(5, TimeUnit.SECONDS)
                .withIdleTimeout(120, TimeUnit.SECONDS);
        CloudSolrClient client;
        try {
            client = new CloudSolrClient.Builder(nodeUrls).withHttpClientBuilder(http)
                    .withDefaultCollection(location.collection()).build();
        } catch (RuntimeException e) {
            throw new ClusterException("cannot reach the Solr store " + location + ": " + reason(e));
        }
        SolrConnection c = new SolrConnection(location, client);
        try {
            // once, not repeated: a cluster that is not there is said at once
            c.once(() -> client.query(new SolrQuery("*:*").setRows(0), SolrRequest.METHOD.POST));
            return c;
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** The base URLs of a direct location ({@code http://host:port/solr}, comma-separated). */
    static List<String> nodeUrls(StoreLocation.Solr location) {
        return new ArrayList<>(Arrays.stream(location.connect().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
    }

    StoreLocation.Solr location() {
        return location;
    }

    QueryResponse query(SolrParams params) {
        return call(() -> client.query(params, SolrRequest.METHOD.POST));
    }

    /**
     * Visits every record the query matches, a page at a time (cursorMark, sorted by the query's sort and
     * then the key), until the visitor answers false.
     */
    void forEach(SolrQuery query, Predicate<SolrDocument> visitor) {
        SolrQuery q = copy(query);
        q.setRows(PAGE);
        q.addSort(SolrRecords.UID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(q);
            for (SolrDocument d : r.getResults()) {
                if (!visitor.test(d)) {
                    return;
                }
            }
            String next = r.getNextCursorMark();
            if (next == null || next.equals(cursor) || r.getResults().size() < PAGE) {
                return;
            }
            cursor = next;
        }
    }

    /** A copy of a query with its sort (which {@link SolrQuery#getCopy()} leaves out). */
    private static SolrQuery copy(SolrQuery query) {
        SolrQuery q = query.getCopy();
        q.setSorts(new ArrayList<>(query.getSorts()));
        return q;
    }

    /** The number of records the query matches. */
    long count(SolrQuery query) {
        SolrQuery q = copy(query);
        q.setRows(0);
        return query(q).getResults().getNumFound();
    }

    /** The first record the query matches, if any. */
    Optional<SolrDocument> first(SolrQuery query) {
        SolrQuery q = copy(query);
        q.setRows(1);
        SolrDocumentList r = query(q).getResults();
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    /** A record by its key as last written, committed or not (Solr's real-time get). */
    Optional<SolrDocument> get(String uid) {
        return Optional.ofNullable(call(() -> client.getById(uid)));
    }

    /** Records by their keys as last written, committed or not, by key (Solr's real-time get; no ',' in a key). */
    Map<String, SolrDocument> get(Collection<String> uids) {
        Map<String, SolrDocument> out = new HashMap<>();
        if (!uids.isEmpty()) {
            // posted: hundreds of keys make too long a URL
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("ids", String.join(",", uids));
            QueryRequest get = new QueryRequest(p, SolrRequest.METHOD.POST);
            get.setPath("/get");
            call(() -> get.process(client)).getResults()
                    .forEach(d -> out.put(SolrRecords.string(d, SolrRecords.UID), d));
        }
        return out;
    }

    void add(Collection<SolrInputDocument> docs) {
        if (!docs.isEmpty()) {
            call(() -> client.add(docs));
        }
    }

    /**
     * Adds a record on a condition of its {@code _version_} field (-1: it must not exist yet; a version: it
     * must still be that one).
     *
     * @return false when the condition did not hold
     */
    boolean addIf(SolrInputDocument doc) {
        return addIf(List.of(doc));
    }

    /** As {@link #addIf(SolrInputDocument)} for several records (false when one condition did not hold). */
    boolean addIf(Collection<SolrInputDocument> docs) {
        if (docs.isEmpty()) {
            return true;
        }
        try {
            call(() -> client.add(docs));
            return true;
        } catch (Conflict e) {
            return false;
        }
    }

    /** A conditional write whose condition did not hold. */
    private static final class Conflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Conflict() {
            super(null, null, false, false);
        }
    }

    void deleteById(List<String> uids) {
        if (!uids.isEmpty()) {
            call(() -> client.deleteById(uids));
        }
    }

    void deleteByQuery(String query) {
        call(() -> client.deleteByQuery(query));
    }

    /** A hard commit that opens a new searcher: the changes are durable and seen by every query. */
    void commit() {
        call(() -> client.commit(true, true, false));
    }

    /** A soft commit: the changes are seen by queries (not yet durable), for the reads a commit needs. */
    void softCommit() {
        call(() -> client.commit(true, true, true));
    }

    /** A Solr call that may fail. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws SolrServerException, IOException;
    }

    /**
     * Runs a call, again after a pause when it failed on the way (a connection closed under it, a node that
     * went away, a server error): every call trawl makes is safe to repeat (records are written by key,
     * deletes and commits repeat harmlessly, a conditional write that took effect fails its repeat as a
     * conflict). A refusal (4xx) is not repeated.
     */
    private <T> T call(Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (SolrServerException | IOException | RuntimeException e) {
                if (e instanceof SolrException s && s.code() == CONFLICT) {
                    throw new Conflict();
                }
                if (attempt >= RETRY_PAUSES_MS.length + 1 || !transientFailure(e)) {
                    throw failed(e);
                }
                pause(RETRY_PAUSES_MS[attempt - 1]);
            }
        }
    }

    private void once(Call<?> call) {
        try {
            call.run();
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw failed(e);
        }
    }

    /**
     * Pauses before each repeat of a failed call (then it fails for good): about 45 s in all, longer than
     * the cluster takes to notice a node that died (its ZooKeeper session timeout, 15 s for a local cluster
     * and 30 s by default) and to elect new leaders for the shards it led.
     */
    private static final long[] RETRY_PAUSES_MS = {200, 1_000, 3_000, 6_000, 10_000, 10_000, 15_000};

    private static boolean transientFailure(Exception e) {
        if (e instanceof ClusterException) {
            return false;
        }
        if (e instanceof SolrException s) {
            return s.code() >= 500 || s.code() <= 0;
        }
        return e instanceof SolrServerException || e instanceof IOException;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterException("interrupted while waiting for the cluster");
        }
    }

    private ClusterException failed(Exception e) {
        if (e instanceof ClusterException c) {
            return c;
        }
        String why = reason(e);
        if (why.contains("Collection not found") || why.contains("Could not find collection")) {
            return new ClusterException("the Solr store " + location + " is missing: the cluster has no collection '"
                    + location.collection() + "' (create it with 'trawl cluster init --store " + location + "')");
        }
        if (e instanceof SolrException s && s.code() >= 400 && s.code() < 500) {
            return new ClusterException("the Solr store " + location + " refused a request: " + why);
        }
        return new ClusterException("cannot reach the Solr store " + location + ": " + why);
    }

    /** The innermost message of a failure, on one line. */
    static String reason(Throwable e) {
        Throwable t = e;
        String message = null;
        for (int depth = 0; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            if (t instanceof java.net.ConnectException) {
                message = "connection refused (" + Optional.ofNullable(t.getMessage()).orElse("no node answers") + ")";
                break;
            }
        }
        String line = message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (RuntimeException e) {
            // closing an HTTP client: nothing left to keep
        }
    }
}
