package org.trawl.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.common.SolrInputDocument;
import org.trawl.index.CorrectionLog;
import org.trawl.index.Schema;
import org.trawl.resolve.Correction;
import org.trawl.resolve.Corrections;
import org.trawl.store.CorrectionHistory;

/**
 * The user's corrections kept in the cluster, beside the articles: one record per correction ({@code kind}
 * correction) holding its entry (the same JSON line as the embedded index's {@code corrections.jsonl}) and
 * a sequence number that orders them. Every ingest worker, on any machine, reads and applies the same list.
 * A correction is committed on its own before it is applied to the articles.
 */
final class SolrCorrectionLog implements CorrectionHistory {

    private static final AtomicLong LAST = new AtomicLong();

    private final SolrConnection solr;

    SolrCorrectionLog(SolrConnection solr) {
        this.solr = solr;
    }

    @Override
    public Corrections read() {
        return CorrectionLog.parse(entries(), place());
    }

    @Override
    public List<String> entries() {
        List<String> out = new ArrayList<>();
        SolrQuery q = SolrReader.records(SolrRecords.KIND_CORRECTION).setFields(SolrRecords.ENTRY)
                .setSort(SolrRecords.SEQ, SolrQuery.ORDER.asc);
        solr.forEach(q, d -> {
            out.add(SolrRecords.string(d, SolrRecords.ENTRY));
            return true;
        });
        return out;
    }

    @Override
    public String place() {
        return solr.location() + " (its correction records)";
    }

    /** Records a correction, after every one recorded before, and commits it. */
    void append(Correction c) {
        long seq = LAST.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis() * 1000));
        SolrInputDocument d = new SolrInputDocument();
        d.setField(SolrRecords.UID, SolrRecords.uid(SolrRecords.KIND_CORRECTION, Long.toString(seq)));
        d.setField(Schema.KIND, SolrRecords.KIND_CORRECTION);
        d.setField(SolrRecords.SEQ, seq);
        d.setField(SolrRecords.ENTRY, CorrectionLog.entry(c));
        solr.add(List.of(d));
        solr.commit();
    }
}
