package org.trawl.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.trawl.index.Matches;
import org.trawl.index.RecordMapper;
import org.trawl.index.Schema;
import org.trawl.model.Entity;
import org.trawl.model.EntityType;
import org.trawl.names.NameKey;

/** Entities by name (exact name keys first, then all the name's words) and by how often they are mentioned. */
final class EntityQueries {

    private EntityQueries() {
    }

    /** Entities with this name or one of its variants, most mentioned first. */
    static List<Entity> find(IndexSearcher s, String name, EntityType type, int limit) throws IOException {
        BooleanQuery.Builder keys = new BooleanQuery.Builder();
        Set<String> variants = new LinkedHashSet<>(List.of(NameKey.of(name), NameKey.plain(name)));
        variants.remove("");
        if (variants.isEmpty()) {
            return List.of();
        }
        for (String key : variants) {
            keys.add(Matches.term(Schema.NAME_KEY, key), Occur.SHOULD);
        }
        List<Entity> exact = mostMentioned(s, withType(Matches.all(Matches.kind(Schema.KIND_ENTITY), keys.build()), type),
                limit);
        if (!exact.isEmpty()) {
            return exact;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String w : NameKey.plain(name).split(" ")) {
            words.add(Matches.term(Schema.NAME, w), Occur.MUST);
        }
        return mostMentioned(s, withType(Matches.all(Matches.kind(Schema.KIND_ENTITY), words.build()), type), limit);
    }

    /** All entities of this type (every type when null), most mentioned first; all of them when limit ≤ 0. */
    static List<Entity> mostMentioned(IndexSearcher s, EntityType type, int limit) throws IOException {
        return mostMentioned(s, withType(Matches.kind(Schema.KIND_ENTITY), type), limit);
    }

    private static List<Entity> mostMentioned(IndexSearcher s, Query q, int limit) throws IOException {
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
        return type == null ? q : Matches.all(q, Matches.term(Schema.TYPE, type.name()));
    }
}
