package org.trawl.solr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.trawl.index.MinHash;
import org.trawl.index.Schema;
import org.trawl.model.Entity;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.Extraction;
import org.trawl.model.Mention;
import org.trawl.model.Relation;
import org.trawl.model.RelationArgument;
import org.trawl.model.RelationType;
import org.trawl.model.SourceDocument;
import org.trawl.store.DocumentRecord;
import org.trawl.store.FailureRecord;
import org.trawl.store.PathRecord;

/**
 * Turns trawl's records into Solr documents of the collection's schema (the configset's schema.xml: the
 * embedded index's field names) and back. Every record has a unique {@code uid}; an article's own record,
 * its mentions and its relations are keyed {@code ARTICLE!...}, so that compositeId routing keeps them on
 * the article's shard, and carry the article's id in {@code doc}, so that one delete removes them together.
 */
final class SolrRecords {

    static final String UID = "uid";
    static final String PATH_DOC = "path_doc";
    static final String SKETCH = "minhash_sketch";
    static final String FIRST = "first";
    static final String SOURCE_TEXT = "source_text";
    static final String TARGET_TEXT = "target_text";
    static final String SOURCE_VIA = "source_via";
    static final String TARGET_VIA = "target_via";
    static final String ENTRY = "entry";
    static final String SEQ = "seq";
    static final String LEASE = "lease";
    static final String HOLDER = "holder";
    static final String KIND_CORRECTION = "correction";
    static final String KIND_LOCK = "lock";
    static final String KIND_STATE = "state";
    static final String KIND_PENDING = "pending";
    static final String WRITER = "writer";

    private SolrRecords() {
    }

    /** The key of a record of a kind that is not routed with an article ('!' would be read as a route). */
    static String uid(String kind, String id) {
        return kind + ":" + id.replace("%", "%25").replace("!", "%21");
    }

    static String articleUid(String articleId) {
        return articleId + "!doc";
    }

    /** A query for the records whose field holds exactly this value. */
    static String term(String field, String value) {
        return "{!term f=" + field + "}" + value;
    }

    /** A query for the records whose field holds any of these values (none: a query matching nothing). */
    static String terms(String field, Collection<String> values) {
        if (values.isEmpty()) {
            return "-*:*";
        }
        if (values.stream().noneMatch(v -> v.contains(","))) {
            return "{!terms f=" + field + "}" + String.join(",", values);
        }
        StringBuilder b = new StringBuilder("(");
        for (String v : values) {
            b.append(b.length() == 1 ? "" : " OR ").append(quoted(field, v));
        }
        return b.append(')').toString();
    }

    /** A clause, in the standard query syntax, for the records whose field holds exactly this value. */
    static String quoted(String field, String value) {
        return field + ":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    static String kind(String kind) {
        return Schema.KIND + ":" + kind;
    }

    // ---- articles ----

    /** The records of one article: the article, then its mentions and relations. */
    static List<SolrInputDocument> block(Extraction extraction, long[] sketch) {
        String id = extraction.document().id();
        List<SolrInputDocument> block = new ArrayList<>();
        block.add(article(extraction.document(), extraction.mentions(), sketch, null));
        Set<String> named = new HashSet<>();
        int n = 0;
        for (EntityMention m : extraction.mentions()) {
            block.add(mention(id, n++, m, named.add(m.entityId())));
        }
        n = 0;
        for (Relation r : extraction.relations()) {
            block.add(relation(id, n++, r));
        }
        return block;
    }

    /**
     * A writer's note that it sent this article and has not committed it yet, routed with the article (so it
     * lands with it): a writer that takes over a killed one's lock recounts the entities of the articles it
     * left noted.
     */
    static SolrInputDocument pending(String articleId, String writer) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(UID, pendingUid(articleId, writer));
        d.setField(Schema.KIND, KIND_PENDING);
        d.setField(Schema.DOC, articleId);
        d.setField(WRITER, writer);
        return d;
    }

    static String pendingUid(String articleId, String writer) {
        return articleId + "!pending-" + writer;
    }

    static SolrInputDocument article(SourceDocument doc, List<EntityMention> mentions, long[] sketch,
                                     String nearDuplicateOf) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(UID, articleUid(doc.id()));
        d.setField(Schema.KIND, Schema.KIND_DOC);
        d.setField(Schema.ID, doc.id());
        d.setField(Schema.DOC, doc.id());
        d.setField(Schema.TITLE, doc.title() == null ? "" : doc.title());
        d.setField(Schema.TEXT, doc.text());
        setIfPresent(d, Schema.SOURCE, doc.source());
        setIfPresent(d, Schema.CONTAINER, doc.container());
        setIfPresent(d, Schema.AUTHOR, doc.author());
        if (doc.published() != null) {
            d.setField(Schema.PUBLISHED, doc.published().toEpochDay());
            d.setField(Schema.YEAR, doc.published().getYear());
        }
        d.setField(Schema.CONTENT_TYPE, doc.contentType() == null ? "" : doc.contentType());
        d.setField(Schema.LANGUAGE, doc.language() == null ? "" : doc.language());
        d.setField(Schema.CHARS, doc.text().length());
        d.setField(Schema.INGESTED, Instant.now().toEpochMilli());
        if (sketch != null) {
            d.setField(SKETCH, Base64.getEncoder().encodeToString(MinHash.toBytes(sketch)));
            d.setField(Schema.MINHASH, MinHash.bands(sketch));
        }
        setIfPresent(d, Schema.NEAR_DUPLICATE_OF, nearDuplicateOf);
        Set<String> entities = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        for (EntityMention m : mentions) {
            entities.add(m.entityId());
            types.add(m.type().name());
        }
        if (!entities.isEmpty()) {
            d.setField(Schema.ENTITY, new ArrayList<>(entities));
            d.setField(Schema.ENTITY_TYPE, new ArrayList<>(types));
        }
        return d;
    }

    static DocumentRecord articleRecord(SolrDocument d, List<String> paths, boolean withText) {
        Number published = (Number) d.getFirstValue(Schema.PUBLISHED);
        Number chars = (Number) d.getFirstValue(Schema.CHARS);
        return new DocumentRecord(string(d, Schema.ID), string(d, Schema.TITLE), paths, string(d, Schema.SOURCE),
                string(d, Schema.AUTHOR), published == null ? null : LocalDate.ofEpochDay(published.longValue()),
                emptyToNull(string(d, Schema.CONTENT_TYPE)), emptyToNull(string(d, Schema.LANGUAGE)),
                chars == null ? 0 : chars.intValue(), withText ? string(d, Schema.TEXT) : null,
                string(d, Schema.CONTAINER), string(d, Schema.NEAR_DUPLICATE_OF));
    }

    /** The MinHash sketch of an article record, or null. */
    static long[] sketch(SolrDocument d) {
        String s = string(d, SKETCH);
        if (s == null) {
            return null;
        }
        byte[] b = Base64.getDecoder().decode(s);
        return MinHash.fromBytes(b, 0, b.length);
    }

    // ---- mentions ----

    static SolrInputDocument mention(String documentId, int n, EntityMention m, boolean firstOfEntity) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(UID, documentId + "!m" + n);
        d.setField(Schema.KIND, Schema.KIND_MENTION);
        d.setField(Schema.DOC, documentId);
        d.setField(Schema.ENTITY, m.entityId());
        d.setField(Schema.TYPE, m.type().name());
        d.setField(Schema.START, m.start());
        d.setField(Schema.END, m.end());
        d.setField(Schema.MENTION_TEXT, m.text());
        d.setField(Schema.CANONICAL, m.canonical());
        d.setField(Schema.SCORE, m.mention().score());
        d.setField(Schema.ORIGIN, m.mention().origin());
        d.setField(FIRST, firstOfEntity ? 1 : 0);
        return d;
    }

    static EntityMention mentionRecord(SolrDocument d) {
        Mention m = new Mention(integer(d, Schema.START), integer(d, Schema.END),
                EntityType.valueOf(string(d, Schema.TYPE)),
                string(d, Schema.MENTION_TEXT), ((Number) d.getFirstValue(Schema.SCORE)).doubleValue(),
                string(d, Schema.ORIGIN));
        return new EntityMention(m, string(d, Schema.ENTITY), string(d, Schema.CANONICAL));
    }

    // ---- relations ----

    static SolrInputDocument relation(String documentId, int n, Relation r) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(UID, documentId + "!r" + n);
        d.setField(Schema.KIND, Schema.KIND_RELATION);
        d.setField(Schema.DOC, documentId);
        d.setField(Schema.RELATION_TYPE, r.type().name());
        d.setField(Schema.SOURCE_ENTITY, r.source().entityId());
        d.setField(Schema.TARGET_ENTITY, r.target().entityId());
        d.setField(Schema.ENTITY, new ArrayList<>(new LinkedHashSet<>(List.of(r.source().entityId(),
                r.target().entityId()))));
        d.setField(Schema.SOURCE_SPAN, r.source().start() + ":" + r.source().end());
        d.setField(SOURCE_TEXT, r.source().text());
        d.setField(Schema.TARGET_SPAN, r.target().start() + ":" + r.target().end());
        d.setField(TARGET_TEXT, r.target().text());
        setIfPresent(d, SOURCE_VIA, r.source().referring() ? r.source().via() : null);
        setIfPresent(d, TARGET_VIA, r.target().referring() ? r.target().via() : null);
        d.setField(Schema.SENTENCE, r.sentence());
        d.setField(Schema.SENTENCE_START, r.sentenceStart());
        d.setField(Schema.SCORE, r.score());
        d.setField(Schema.COUNT, r.count());
        if (!r.years().isEmpty()) {
            d.setField(Schema.YEARS, new ArrayList<>(r.years()));
        }
        return d;
    }

    static Relation relationRecord(SolrDocument d) {
        return new Relation(RelationType.valueOf(string(d, Schema.RELATION_TYPE)),
                argument(string(d, Schema.SOURCE_SPAN), string(d, SOURCE_TEXT), string(d, Schema.SOURCE_ENTITY),
                        string(d, SOURCE_VIA)),
                argument(string(d, Schema.TARGET_SPAN), string(d, TARGET_TEXT), string(d, Schema.TARGET_ENTITY),
                        string(d, TARGET_VIA)),
                string(d, Schema.SENTENCE), integer(d, Schema.SENTENCE_START),
                ((Number) d.getFirstValue(Schema.SCORE)).doubleValue(), years(d), integer(d, Schema.COUNT));
    }

    static List<Integer> years(SolrDocument d) {
        Collection<Object> values = d.getFieldValues(Schema.YEARS);
        List<Integer> years = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> years.add(((Number) v).intValue()));
        }
        return years;
    }

    private static RelationArgument argument(String span, String text, String entity, String via) {
        int colon = span.indexOf(':');
        return new RelationArgument(Integer.parseInt(span.substring(0, colon)),
                Integer.parseInt(span.substring(colon + 1)), text, entity, via);
    }

    // ---- entities ----

    static SolrInputDocument entity(Entity e, Set<String> keys) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(UID, uid(Schema.KIND_ENTITY, e.id()));
        d.setField(Schema.KIND, Schema.KIND_ENTITY);
        d.setField(Schema.ID, e.id());
        d.setField(Schema.TYPE, e.type().name());
        d.setField(Schema.CANONICAL, e.canonical());
        d.setField(Schema.NAME, new ArrayList<>(e.names()));
        d.setField(Schema.NAME_KEY, new ArrayList<>(keys));
        d.setField(Schema.MENTIONS, e.mentions());
        d.setField(Schema.DOCUMENTS, e.documents());
        return d;
    }

    static Entity entityRecord(SolrDocument d) {
        List<String> names = new ArrayList<>();
        Collection<Object> values = d.getFieldValues(Schema.NAME);
        if (values != null) {
            values.forEach(v -> names.add((String) v));
        }
        return new Entity(string(d, Schema.ID), EntityType.valueOf(string(d, Schema.TYPE)), string(d, Schema.CANONICAL),
                names, integer(d, Schema.MENTIONS), integer(d, Schema.DOCUMENTS));
    }

    // ---- paths and failures ----

    static SolrInputDocument path(PathRecord p) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(UID, uid(Schema.KIND_PATH, p.path()));
        d.setField(Schema.KIND, Schema.KIND_PATH);
        d.setField(Schema.PATH, p.path());
        d.setField(PATH_DOC, p.documentId());
        d.setField(Schema.SIZE, p.size());
        d.setField(Schema.MODIFIED, p.modified());
        return d;
    }

    static PathRecord pathRecord(SolrDocument d) {
        return new PathRecord(string(d, Schema.PATH), string(d, PATH_DOC), number(d, Schema.SIZE),
                number(d, Schema.MODIFIED));
    }

    static SolrInputDocument failure(FailureRecord f) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(UID, uid(Schema.KIND_FAILURE, f.path()));
        d.setField(Schema.KIND, Schema.KIND_FAILURE);
        d.setField(Schema.PATH, f.path());
        d.setField(Schema.STAGE, f.stage());
        d.setField(Schema.REASON, f.reason());
        d.setField(Schema.SIZE, f.size());
        d.setField(Schema.MODIFIED, f.modified());
        d.setField(Schema.TIME, f.time().toEpochMilli());
        return d;
    }

    static FailureRecord failureRecord(SolrDocument d) {
        return new FailureRecord(string(d, Schema.PATH), string(d, Schema.STAGE), string(d, Schema.REASON),
                number(d, Schema.SIZE), number(d, Schema.MODIFIED), Instant.ofEpochMilli(number(d, Schema.TIME)));
    }

    // ---- values ----

    static String string(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v == null ? null : v.toString();
    }

    static int integer(SolrDocument d, String field) {
        return ((Number) d.getFirstValue(field)).intValue();
    }

    static long number(SolrDocument d, String field) {
        return ((Number) d.getFirstValue(field)).longValue();
    }

    private static void setIfPresent(SolrInputDocument d, String field, String value) {
        if (value != null) {
            d.setField(field, value);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
