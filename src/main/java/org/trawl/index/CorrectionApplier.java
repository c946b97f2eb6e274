package org.trawl.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.trawl.model.Extraction;
import org.trawl.model.Relation;
import org.trawl.model.SourceDocument;
import org.trawl.resolve.Correction;
import org.trawl.resolve.Corrections;
import org.trawl.names.NameKey;
import org.trawl.store.DocumentRecord;

/**
 * Applies one of the user's corrections to what the index already holds: each article that mentions an
 * entity it concerns is read back as ingest put it, corrected, and put again with its mentions relinked
 * and its relations following them; the entities it touches are redone at the next commit.
 */
final class CorrectionApplier {

    private final IndexWriter writer;
    private final EntityBook entities;

    CorrectionApplier(IndexWriter writer, EntityBook entities) {
        this.writer = writer;
        this.entities = entities;
    }

    /**
     * Applies the correction against a searcher that sees everything written so far (the caller holds the
     * writer's commit lock).
     *
     * @return the number of articles rewritten
     */
    int apply(IndexSearcher s, Correction c) throws IOException {
        Set<String> concerned = new LinkedHashSet<>(c.concerns());
        if (c instanceof Correction.Alias a) {
            concerned.addAll(entitiesWithNameKey(s, NameKey.of(a.alias())));
        }
        Corrections one = Corrections.none().with(c);
        // entities that may lose names have their names collected again from their mentions, all of which
        // are in the concerned articles; an entity merged into another only gains names
        if (!(c instanceof Correction.Merge)) {
            concerned.forEach(entities::forgetNames);
        }
        int rewritten = 0;
        for (String articleId : articlesMentioning(s, concerned)) {
            Extraction before = extraction(s, articleId).orElse(null);
            if (before == null) {
                continue;
            }
            Extraction after = one.apply(before);
            if (!after.equals(before)) {
                writer.deleteDocuments(new Term(Schema.DOC, articleId));
                writer.addDocuments(RecordMapper.block(after, MinHash.signature(after.document().text())));
                before.mentions().forEach(m -> entities.touched(m.entityId()));
                rewritten++;
            }
            after.mentions().forEach(entities::seen);
        }
        if (c instanceof Correction.Rename r) {
            entities.rename(r.entityId(), r.newName());
        }
        return rewritten;
    }

    /** The articles that mention any of these entities. */
    private static Set<String> articlesMentioning(IndexSearcher s, Set<String> entityIds) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String id : entityIds) {
            Matches.forEach(s, Matches.all(Matches.kind(Schema.KIND_DOC), Matches.term(Schema.ENTITY, id)),
                    d -> out.add(d.get(Schema.ID)));
        }
        return out;
    }

    /** The ids of entities that have a name with this {@link NameKey}. */
    private static Set<String> entitiesWithNameKey(IndexSearcher s, String key) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        Matches.forEach(s, Matches.all(Matches.kind(Schema.KIND_ENTITY), Matches.term(Schema.NAME_KEY, key)),
                d -> out.add(d.get(Schema.ID)));
        return out;
    }

    /** An article as stored, with its mentions and relations: what ingest put, to be put again corrected. */
    private static Optional<Extraction> extraction(IndexSearcher s, String articleId) throws IOException {
        Optional<Document> stored = Records.byUid(s, Schema.KIND_DOC, articleId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        DocumentRecord rec = RecordMapper.articleRecord(stored.get(), List.of(), true);
        SourceDocument doc = new SourceDocument(rec.id(), rec.file(), rec.source(), rec.container(),
                rec.title(), rec.author(), rec.published(), rec.contentType(), rec.language(), rec.text());
        List<Relation> relations = new ArrayList<>();
        Matches.forEach(s, Matches.all(Matches.kind(Schema.KIND_RELATION), Matches.term(Schema.DOC, articleId)),
                d -> relations.add(RecordMapper.relationRecord(d)));
        return Optional.of(new Extraction(doc, Records.mentions(s, articleId), relations));
    }
}
