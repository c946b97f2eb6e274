package org.trawl.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
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

/** Turns trawl's records into Lucene documents and back. */
public final class RecordMapper {

    /** Unique key of a record across kinds, for updates and deletes. */
    public static final String UID = "uid";
    /** On path records: the article the file holds (not {@link Schema#DOC}, which deletes with the article). */
    public static final String PATH_DOC = "path_doc";
    static final String SOURCE_TEXT = "source_text";
    static final String TARGET_TEXT = "target_text";
    static final String SOURCE_VIA = "source_via";
    static final String TARGET_VIA = "target_via";

    private RecordMapper() {
    }

    public static Term uid(String kind, String id) {
        return new Term(UID, kind + ":" + id);
    }

    /** A new record of a kind, with the unique key (kind:id) that {@link #uid} finds it by. */
    private static Document keyed(String kind, String id) {
        Document d = new Document();
        d.add(new StringField(Schema.KIND, kind, Field.Store.NO));
        d.add(new StringField(UID, kind + ":" + id, Field.Store.NO));
        return d;
    }

    private static int intField(Document d, String field) {
        return d.getField(field).numericValue().intValue();
    }

    private static long longField(Document d, String field) {
        return d.getField(field).numericValue().longValue();
    }

    private static double doubleField(Document d, String field) {
        return d.getField(field).numericValue().doubleValue();
    }

    // ---- articles ----

    /** The records of one article: the article, then its mentions and relations. */
    static List<Document> block(Extraction extraction, long[] sketch) {
        String id = extraction.document().id();
        List<Document> block = new ArrayList<>(1 + extraction.mentions().size() + extraction.relations().size());
        block.add(article(extraction.document(), extraction.mentions(), sketch, null));
        for (EntityMention m : extraction.mentions()) {
            block.add(mention(id, m));
        }
        for (Relation r : extraction.relations()) {
            block.add(relation(id, r));
        }
        return block;
    }

    /**
     * The record of an article: its text and metadata, the entities it names, its MinHash sketch and band
     * terms (when the text is long enough to have one), and the original it nearly repeats (or null).
     */
    static Document article(SourceDocument doc, List<EntityMention> mentions, long[] sketch, String nearDuplicateOf) {
        Document d = keyed(Schema.KIND_DOC, doc.id());
        d.add(new StringField(Schema.ID, doc.id(), Field.Store.YES));
        d.add(new StringField(Schema.DOC, doc.id(), Field.Store.NO));
        d.add(new Field(Schema.TITLE, nullToEmpty(doc.title()), Schema.TEXT_WITH_OFFSETS));
        d.add(new Field(Schema.TEXT, doc.text(), Schema.TEXT_WITH_OFFSETS));
        if (doc.source() != null) {
            d.add(new StringField(Schema.SOURCE, doc.source(), Field.Store.YES));
            d.add(new SortedSetDocValuesField(Schema.SOURCE, new BytesRef(doc.source())));
        }
        if (doc.container() != null) {
            d.add(new StringField(Schema.CONTAINER, doc.container(), Field.Store.YES));
        }
        if (doc.author() != null) {
            d.add(new TextField(Schema.AUTHOR, doc.author(), Field.Store.YES));
        }
        if (doc.published() != null) {
            long day = doc.published().toEpochDay();
            d.add(new LongPoint(Schema.PUBLISHED, day));
            d.add(new StoredField(Schema.PUBLISHED, day));
            d.add(new NumericDocValuesField(Schema.PUBLISHED, day));
            int year = doc.published().getYear();
            d.add(new IntPoint(Schema.YEAR, year));
            d.add(new NumericDocValuesField(Schema.YEAR, year));
        }
        d.add(new StringField(Schema.CONTENT_TYPE, nullToEmpty(doc.contentType()), Field.Store.YES));
        d.add(new StringField(Schema.LANGUAGE, nullToEmpty(doc.language()), Field.Store.YES));
        d.add(new StoredField(Schema.CHARS, doc.text().length()));
        d.add(new StoredField(Schema.INGESTED, Instant.now().toEpochMilli()));
        if (sketch != null) {
            d.add(new StoredField(Schema.MINHASH, MinHash.toBytes(sketch)));
            for (String band : MinHash.bands(sketch)) {
                d.add(new StringField(Schema.MINHASH, band, Field.Store.NO));
            }
        }
        if (nearDuplicateOf != null) {
            d.add(new StringField(Schema.NEAR_DUPLICATE_OF, nearDuplicateOf, Field.Store.YES));
        }
        Set<String> entities = new LinkedHashSet<>();
        Set<EntityType> types = new LinkedHashSet<>();
        for (EntityMention m : mentions) {
            entities.add(m.entityId());
            types.add(m.type());
        }
        for (String e : entities) {
            d.add(new StringField(Schema.ENTITY, e, Field.Store.NO));
            d.add(new SortedSetDocValuesField(Schema.ENTITY, new BytesRef(e)));
        }
        for (EntityType t : types) {
            d.add(new StringField(Schema.ENTITY_TYPE, t.name(), Field.Store.NO));
        }
        return d;
    }

    public static DocumentRecord articleRecord(Document d, List<String> paths, boolean withText) {
        IndexableField published = d.getField(Schema.PUBLISHED);
        IndexableField chars = d.getField(Schema.CHARS);
        return new DocumentRecord(
                d.get(Schema.ID),
                d.get(Schema.TITLE),
                paths,
                d.get(Schema.SOURCE),
                d.get(Schema.AUTHOR),
                published == null ? null : LocalDate.ofEpochDay(published.numericValue().longValue()),
                emptyToNull(d.get(Schema.CONTENT_TYPE)),
                emptyToNull(d.get(Schema.LANGUAGE)),
                chars == null ? 0 : chars.numericValue().intValue(),
                withText ? d.get(Schema.TEXT) : null,
                d.get(Schema.CONTAINER),
                d.get(Schema.NEAR_DUPLICATE_OF));
    }

    // ---- mentions ----

    static Document mention(String documentId, EntityMention m) {
        Document d = new Document();
        d.add(new StringField(Schema.KIND, Schema.KIND_MENTION, Field.Store.NO));
        d.add(new StringField(Schema.DOC, documentId, Field.Store.YES));
        d.add(new StringField(Schema.ENTITY, m.entityId(), Field.Store.YES));
        d.add(new SortedSetDocValuesField(Schema.ENTITY, new BytesRef(m.entityId())));
        d.add(new StringField(Schema.TYPE, m.type().name(), Field.Store.YES));
        d.add(new StoredField(Schema.START, m.start()));
        d.add(new NumericDocValuesField(Schema.START, m.start()));
        d.add(new StoredField(Schema.END, m.end()));
        d.add(new StoredField(Schema.MENTION_TEXT, m.text()));
        d.add(new StoredField(Schema.CANONICAL, m.canonical()));
        d.add(new StoredField(Schema.SCORE, m.mention().score()));
        d.add(new StoredField(Schema.ORIGIN, m.mention().origin()));
        return d;
    }

    public static EntityMention mentionRecord(Document d) {
        int start = intField(d, Schema.START);
        int end = intField(d, Schema.END);
        Mention m = new Mention(start, end, EntityType.valueOf(d.get(Schema.TYPE)), d.get(Schema.MENTION_TEXT),
                doubleField(d, Schema.SCORE), d.get(Schema.ORIGIN));
        return new EntityMention(m, d.get(Schema.ENTITY), d.get(Schema.CANONICAL));
    }

    // ---- relations ----

    static Document relation(String documentId, Relation r) {
        Document d = new Document();
        d.add(new StringField(Schema.KIND, Schema.KIND_RELATION, Field.Store.NO));
        d.add(new StringField(Schema.DOC, documentId, Field.Store.YES));
        d.add(new SortedDocValuesField(Schema.RELATION_DOC, new BytesRef(documentId)));
        d.add(new StringField(Schema.RELATION_TYPE, r.type().name(), Field.Store.YES));
        d.add(new SortedDocValuesField(Schema.RELATION_TYPE, new BytesRef(r.type().name())));
        d.add(new StringField(Schema.SOURCE_ENTITY, r.source().entityId(), Field.Store.YES));
        d.add(new SortedDocValuesField(Schema.SOURCE_ENTITY, new BytesRef(r.source().entityId())));
        d.add(new StringField(Schema.TARGET_ENTITY, r.target().entityId(), Field.Store.YES));
        d.add(new SortedDocValuesField(Schema.TARGET_ENTITY, new BytesRef(r.target().entityId())));
        // every record that has an entity field carries it the same way (Lucene requires one schema per field)
        for (String e : new LinkedHashSet<>(List.of(r.source().entityId(), r.target().entityId()))) {
            d.add(new StringField(Schema.ENTITY, e, Field.Store.NO));
            d.add(new SortedSetDocValuesField(Schema.ENTITY, new BytesRef(e)));
        }
        d.add(new StoredField(Schema.SOURCE_SPAN, r.source().start() + ":" + r.source().end()));
        d.add(new StoredField(SOURCE_TEXT, r.source().text()));
        d.add(new StoredField(Schema.TARGET_SPAN, r.target().start() + ":" + r.target().end()));
        d.add(new StoredField(TARGET_TEXT, r.target().text()));
        if (r.source().referring()) {
            d.add(new StoredField(SOURCE_VIA, r.source().via()));
        }
        if (r.target().referring()) {
            d.add(new StoredField(TARGET_VIA, r.target().via()));
        }
        d.add(new Field(Schema.SENTENCE, r.sentence(), TextField.TYPE_STORED));
        d.add(new StoredField(Schema.SENTENCE_START, r.sentenceStart()));
        d.add(new StoredField(Schema.SCORE, r.score()));
        d.add(new StoredField(Schema.COUNT, r.count()));
        d.add(new NumericDocValuesField(Schema.COUNT, r.count()));
        for (int y : r.years()) {
            d.add(new IntPoint(Schema.YEARS, y));
            d.add(new StoredField(Schema.YEARS, y));
            d.add(new SortedNumericDocValuesField(Schema.RELATION_YEARS, y));
        }
        return d;
    }

    public static Relation relationRecord(Document d) {
        List<Integer> years = new ArrayList<>();
        for (IndexableField f : d.getFields(Schema.YEARS)) {
            if (f.numericValue() != null) {
                years.add(f.numericValue().intValue());
            }
        }
        return new Relation(
                RelationType.valueOf(d.get(Schema.RELATION_TYPE)),
                argument(d.get(Schema.SOURCE_SPAN), d.get(SOURCE_TEXT), d.get(Schema.SOURCE_ENTITY), d.get(SOURCE_VIA)),
                argument(d.get(Schema.TARGET_SPAN), d.get(TARGET_TEXT), d.get(Schema.TARGET_ENTITY), d.get(TARGET_VIA)),
                d.get(Schema.SENTENCE),
                intField(d, Schema.SENTENCE_START),
                doubleField(d, Schema.SCORE),
                years,
                intField(d, Schema.COUNT));
    }

    private static RelationArgument argument(String span, String text, String entity, String via) {
        int colon = span.indexOf(':');
        return new RelationArgument(Integer.parseInt(span.substring(0, colon)),
                Integer.parseInt(span.substring(colon + 1)), text, entity, via);
    }

    // ---- entities ----

    static Document entity(Entity e, Set<String> keys) {
        Document d = keyed(Schema.KIND_ENTITY, e.id());
        d.add(new StringField(Schema.ID, e.id(), Field.Store.YES));
        d.add(new StringField(Schema.TYPE, e.type().name(), Field.Store.YES));
        d.add(new StoredField(Schema.CANONICAL, e.canonical()));
        for (String name : e.names()) {
            d.add(new TextField(Schema.NAME, name, Field.Store.YES));
        }
        for (String key : keys) {
            d.add(new StringField(Schema.NAME_KEY, key, Field.Store.NO));
        }
        d.add(new StoredField(Schema.MENTIONS, e.mentions()));
        d.add(new NumericDocValuesField(Schema.MENTIONS, e.mentions()));
        d.add(new StoredField(Schema.DOCUMENTS, e.documents()));
        return d;
    }

    public static Entity entityRecord(Document d) {
        return new Entity(d.get(Schema.ID), EntityType.valueOf(d.get(Schema.TYPE)), d.get(Schema.CANONICAL),
                List.of(d.getValues(Schema.NAME)),
                intField(d, Schema.MENTIONS),
                intField(d, Schema.DOCUMENTS));
    }

    // ---- paths and failures ----

    static Document path(PathRecord p) {
        Document d = keyed(Schema.KIND_PATH, p.path());
        d.add(new StringField(Schema.PATH, p.path(), Field.Store.YES));
        d.add(new StringField(PATH_DOC, p.documentId(), Field.Store.YES));
        d.add(new StoredField(Schema.SIZE, p.size()));
        d.add(new StoredField(Schema.MODIFIED, p.modified()));
        return d;
    }

    public static PathRecord pathRecord(Document d) {
        return new PathRecord(d.get(Schema.PATH), d.get(PATH_DOC),
                longField(d, Schema.SIZE),
                longField(d, Schema.MODIFIED));
    }

    static Document failure(FailureRecord f) {
        Document d = keyed(Schema.KIND_FAILURE, f.path());
        d.add(new StringField(Schema.PATH, f.path(), Field.Store.YES));
        d.add(new StringField(Schema.STAGE, f.stage(), Field.Store.YES));
        d.add(new StoredField(Schema.REASON, f.reason()));
        d.add(new StoredField(Schema.SIZE, f.size()));
        d.add(new StoredField(Schema.MODIFIED, f.modified()));
        d.add(new StoredField(Schema.TIME, f.time().toEpochMilli()));
        return d;
    }

    public static FailureRecord failureRecord(Document d) {
        return new FailureRecord(d.get(Schema.PATH), d.get(Schema.STAGE), d.get(Schema.REASON),
                longField(d, Schema.SIZE),
                longField(d, Schema.MODIFIED),
                Instant.ofEpochMilli(longField(d, Schema.TIME)));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
