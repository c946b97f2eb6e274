package org.trawl.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.trawl.index.Matches;
import org.trawl.index.RecordMapper;
import org.trawl.index.Records;
import org.trawl.index.Schema;
import org.trawl.model.Entity;
import org.trawl.model.Relation;
import org.trawl.model.RelationArgument;
import org.trawl.model.RelationType;
import org.trawl.store.RelationFilter;
import org.trawl.store.RelationLink;
import org.trawl.store.StoredRelation;

/** The relations of the index: as stored, with the names of their ends, or as links for networks. */
final class RelationQueries {

    private RelationQueries() {
    }

    /** Streams the relations the filter selects, in index order, each with the canonical names of its ends. */
    static void forEachRelation(IndexSearcher s, RelationFilter filter, Consumer<StoredRelation> consumer)
            throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(Matches.kind(Schema.KIND_RELATION), Occur.FILTER);
        if (!filter.types().isEmpty()) {
            BooleanQuery.Builder types = new BooleanQuery.Builder();
            filter.types().forEach(t -> types.add(Matches.term(Schema.RELATION_TYPE, t.name()), Occur.SHOULD));
            q.add(types.build(), Occur.FILTER);
        }
        if (!filter.entityIds().isEmpty()) {
            BooleanQuery.Builder ids = new BooleanQuery.Builder();
            filter.entityIds().forEach(id -> ids.add(Matches.term(Schema.ENTITY, id), Occur.SHOULD));
            q.add(ids.build(), Occur.FILTER);
        }
        if (filter.documentId() != null) {
            q.add(Matches.term(Schema.DOC, filter.documentId()), Occur.FILTER);
        }
        Map<String, String> names = new HashMap<>();
        int[] emitted = {0};
        Matches.forEach(s, q.build(), d -> {
            if (filter.limit() > 0 && emitted[0] >= filter.limit()) {
                return;
            }
            Relation r = RecordMapper.relationRecord(d);
            consumer.accept(new StoredRelation(d.get(Schema.DOC), r, name(s, names, r.source()),
                    name(s, names, r.target())));
            emitted[0]++;
        });
    }

    /** Streams links of these types (all when empty), with an end among {@code ends} unless it is null. */
    static void forEachLink(IndexSearcher s, Set<RelationType> types, Set<String> ends, boolean bothEnds,
                            BiConsumer<RelationLink, Supplier<String>> consumer) throws IOException {
        if (ends != null && ends.isEmpty()) {
            return;
        }
        Query q = byTypeAndEnds(Schema.KIND_RELATION, Schema.SOURCE_ENTITY, Schema.TARGET_ENTITY, types, ends, bothEnds);
        LinkReader.links(s, q, (link, global, sentence) -> consumer.accept(link, () -> {
            try {
                return sentence.get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /**
     * The records of a kind (relations or edge summaries) of these types (all when empty), with an end
     * among {@code ends} (both when {@code bothEnds}) unless it is null, their ends in these two fields.
     */
    static Query byTypeAndEnds(String kind, String sourceField, String targetField, Set<RelationType> types,
                               Set<String> ends, boolean bothEnds) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(Matches.kind(kind), Occur.FILTER);
        // every type is no filter: a clause for it would walk every record of the kind
        if (!types.isEmpty() && !types.containsAll(EnumSet.allOf(RelationType.class))) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            types.forEach(t -> any.add(Matches.term(Schema.RELATION_TYPE, t.name()), Occur.SHOULD));
            q.add(any.build(), Occur.FILTER);
        }
        if (ends != null) {
            List<BytesRef> ids = ends.stream().map(BytesRef::new).toList();
            Occur each = bothEnds ? Occur.FILTER : Occur.SHOULD;
            q.add(new BooleanQuery.Builder()
                    .add(new TermInSetQuery(sourceField, ids), each)
                    .add(new TermInSetQuery(targetField, ids), each).build(), Occur.FILTER);
        }
        return q.build();
    }

    /** The canonical name of an argument's entity (its text when the entity is gone), looked up once. */
    private static String name(IndexSearcher s, Map<String, String> cache, RelationArgument arg) {
        return cache.computeIfAbsent(arg.entityId(), id -> {
            try {
                Entity e = Records.entity(s, id).orElse(null);
                return e == null ? arg.text() : e.canonical();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
