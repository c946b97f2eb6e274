package org.trawl.solr;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.trawl.index.CorrectionApplier;
import org.trawl.index.MinHash;
import org.trawl.index.Schema;
import org.trawl.model.Extraction;
import org.trawl.model.Relation;

/**
 * A Solr store's articles as the user's corrections read and rewrite them ({@link CorrectionApplier}): the
 * entities with a name, the articles naming entities, an article as ingest put it (its mentions, and its
 * relations in the order put), and an article's records replaced by corrected ones.
 */
final class SolrStoredArticles implements CorrectionApplier.StoredArticles {

    private final SolrReader store;

    SolrStoredArticles(SolrReader store) {
        this.store = store;
    }


    @Override
    public Set<String> entitiesWithNameKey(String key) {
        Set<String> out = new LinkedHashSet<>();
        SolrQuery q = SolrReader.records(Schema.KIND_ENTITY).addFilterQuery(SolrRecords.term(Schema.NAME_KEY, key))
                .setFields(Schema.ID);
        store.solr.forEach(q, d -> {
            out.add(SolrRecords.string(d, Schema.ID));
            return true;
        });
        return out;
    }

    @Override
    public Set<String> articlesMentioning(Set<String> entityIds) {
        Set<String> out = new LinkedHashSet<>();
        if (!entityIds.isEmpty()) {
            SolrQuery q = SolrReader.records(Schema.KIND_DOC)
                    .addFilterQuery(SolrRecords.terms(Schema.ENTITY, entityIds)).setFields(Schema.ID);
            store.solr.forEach(q, d -> {
                out.add(SolrRecords.string(d, Schema.ID));
                return true;
            });
        }
        return out;
    }

    @Override
    public Optional<Extraction> extraction(String articleId) {
        SolrQuery q = SolrReader.records(Schema.KIND_DOC).addFilterQuery(SolrRecords.term(SolrRecords.UID,
                SolrRecords.articleUid(articleId)));
        return store.solr.first(q).map(d -> {
            Map<String, Relation> byUid = new HashMap<>();
            SolrQuery relations = SolrReader.records(Schema.KIND_RELATION)
                    .addFilterQuery(SolrRecords.term(Schema.DOC, articleId));
            store.solr.forEach(relations, r -> {
                byUid.put(SolrRecords.string(r, SolrRecords.UID), SolrRecords.relationRecord(r));
                return true;
            });
            // in the order ingest put them (their keys number them)
            List<Relation> ordered = byUid.keySet().stream()
                    .sorted(Comparator.comparingInt(SolrStoredArticles::recordNumber))
                    .map(byUid::get).toList();
            return new Extraction(CorrectionApplier.source(SolrRecords.articleRecord(d, List.of(), true)),
                    store.mentions(articleId), ordered);
        });
    }

    @Override
    public void replace(Extraction before, Extraction after) {
        store.solr.deleteByQuery(SolrRecords.term(Schema.DOC, after.document().id()));
        store.solr.add(SolrRecords.block(after, MinHash.signature(after.document().text())));
    }

    /** The number in a mention or relation key ({@code ARTICLE!r12} → 12). */
    static int recordNumber(String uid) {
        int i = uid.length();
        while (i > 0 && Character.isDigit(uid.charAt(i - 1))) {
            i--;
        }
        return i == uid.length() ? 0 : Integer.parseInt(uid.substring(i));
    }
}
