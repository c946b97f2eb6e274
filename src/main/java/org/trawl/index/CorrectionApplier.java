package org.trawl.index;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.trawl.model.Extraction;
import org.trawl.model.SourceDocument;
import org.trawl.resolve.Correction;
import org.trawl.resolve.Corrections;
import org.trawl.names.NameKey;
import org.trawl.store.DocumentRecord;

/**
 * Applies one of the user's corrections to what a store already holds: each article that mentions an
 * entity it concerns is read back as ingest put it, corrected, and put again with its mentions relinked
 * and its relations following them; the entities it touches are redone at the next commit. The store is
 * reached through {@link StoredArticles}, so that every backend applies corrections the same way.
 */
public final class CorrectionApplier {

    /** What applying a correction reads from and writes to a store, as of everything written so far. */
    public interface StoredArticles {
        /** The ids of entities that have a name with this {@link NameKey}. */
        Set<String> entitiesWithNameKey(String key) throws IOException;

        /** The articles that mention any of these entities. */
        Set<String> articlesMentioning(Set<String> entityIds) throws IOException;

        /** An article as stored, with its mentions and relations: what ingest put. */
        Optional<Extraction> extraction(String articleId) throws IOException;

        /** Replaces an article's records (the article, its mentions, its relations), as read, with these. */
        void replace(Extraction before, Extraction after) throws IOException;
    }

    private final EntityBook entities;

    public CorrectionApplier(EntityBook entities) {
        this.entities = entities;
    }

    /**
     * Applies the correction to the articles the store holds (the caller holds the store's commit lock).
     *
     * @return the number of articles rewritten
     */
    public int apply(StoredArticles store, Correction c) throws IOException {
        Set<String> concerned = new LinkedHashSet<>(c.concerns());
        if (c instanceof Correction.Alias a) {
            concerned.addAll(store.entitiesWithNameKey(NameKey.of(a.alias())));
        }
        Corrections one = Corrections.none().with(c);
        // entities that may lose names have their names collected again from their mentions, all of which
        // are in the concerned articles; an entity merged into another only gains names
        if (!(c instanceof Correction.Merge)) {
            concerned.forEach(entities::forgetNames);
        }
        int rewritten = 0;
        for (String articleId : store.articlesMentioning(concerned)) {
            Extraction before = store.extraction(articleId).orElse(null);
            if (before == null) {
                continue;
            }
            Extraction after = one.apply(before);
            if (!after.equals(before)) {
                store.replace(before, after);
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

    /**
     * The embedded index's articles, read through a searcher that sees everything written so far; the
     * edges of the relations of each article replaced go to {@code edges} to be summed again.
     */
    static StoredArticles lucene(IndexWriter writer, IndexSearcher s, EdgeBook edges) {
        return new StoredArticles() {
            @Override
            public Set<String> entitiesWithNameKey(String key) throws IOException {
                Set<String> out = new LinkedHashSet<>();
                Matches.forEach(s, Matches.all(Matches.kind(Schema.KIND_ENTITY), Matches.term(Schema.NAME_KEY, key)),
                        d -> out.add(d.get(Schema.ID)));
                return out;
            }

            @Override
            public Set<String> articlesMentioning(Set<String> entityIds) throws IOException {
                Set<String> out = new LinkedHashSet<>();
                for (String id : entityIds) {
                    Matches.forEach(s, Matches.all(Matches.kind(Schema.KIND_DOC), Matches.term(Schema.ENTITY, id)),
                            d -> out.add(d.get(Schema.ID)));
                }
                return out;
            }

            @Override
            public Optional<Extraction> extraction(String articleId) throws IOException {
                Optional<Document> stored = Records.byUid(s, Schema.KIND_DOC, articleId);
                if (stored.isEmpty()) {
                    return Optional.empty();
                }
                DocumentRecord rec = RecordMapper.articleRecord(stored.get(), List.of(), true);
                return Optional.of(new Extraction(source(rec), Records.mentions(s, articleId),
                        Records.relations(s, articleId)));
            }

            @Override
            public void replace(Extraction before, Extraction after) throws IOException {
                before.relations().forEach(edges::resum);
                after.relations().forEach(edges::resum);
                writer.deleteDocuments(new Term(Schema.DOC, after.document().id()));
                writer.addDocuments(RecordMapper.block(after, MinHash.signature(after.document().text())));
            }
        };
    }

    /** The document an article record (read with its text) was made from. */
    public static SourceDocument source(DocumentRecord rec) {
        return new SourceDocument(rec.id(), rec.file(), rec.source(), rec.container(),
                rec.title(), rec.author(), rec.published(), rec.contentType(), rec.language(), rec.text());
    }
}
