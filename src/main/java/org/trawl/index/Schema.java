package org.trawl.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The layout of trawl's Lucene index. One index holds several kinds of record, told apart by
 * {@link #KIND}: articles, their mentions and relations, the entities, the files seen, and the failures.
 * Keeping them in one index makes an article and everything extracted from it commit together.
 */
public final class Schema {

    private Schema() {
    }

    /** Sub-folder of the index folder that holds the Lucene files. */
    public static final String LUCENE_DIR = "lucene";

    public static final String KIND = "kind";

    public static final String KIND_DOC = "doc";
    public static final String KIND_MENTION = "mention";
    public static final String KIND_RELATION = "relation";
    public static final String KIND_ENTITY = "entity";
    public static final String KIND_PATH = "path";
    public static final String KIND_FAILURE = "failure";
    /** The summary of one edge of the whole network, over all its relation records ({@code EdgeRecords}). */
    public static final String KIND_EDGE = "edge";

    // shared
    public static final String ID = "id";
    public static final String DOC = "doc";
    public static final String ENTITY = "entity";
    public static final String TYPE = "type";

    // documents
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String PATH = "path";
    public static final String SOURCE = "source";
    public static final String AUTHOR = "author";
    public static final String PUBLISHED = "published";
    public static final String YEAR = "year";
    public static final String CONTENT_TYPE = "content_type";
    public static final String LANGUAGE = "language";
    public static final String INGESTED = "ingested";
    public static final String CHARS = "chars";
    public static final String ENTITY_TYPE = "entity_type";
    public static final String CONTAINER = "container";
    public static final String NEAR_DUPLICATE_OF = "near_duplicate_of";
    public static final String MINHASH = "minhash";

    // mentions
    public static final String START = "start";
    public static final String END = "end";
    public static final String MENTION_TEXT = "mention_text";
    public static final String CANONICAL = "canonical";
    public static final String SCORE = "score";
    public static final String ORIGIN = "origin";

    // relations
    public static final String RELATION_TYPE = "relation_type";
    public static final String SOURCE_ENTITY = "source_entity";
    public static final String TARGET_ENTITY = "target_entity";
    public static final String SOURCE_SPAN = "source_span";
    public static final String TARGET_SPAN = "target_span";
    public static final String SENTENCE = "sentence";
    public static final String SENTENCE_START = "sentence_start";
    public static final String YEARS = "years";
    public static final String COUNT = "count";
    /** Doc values of a relation record: its article and its years, read by network building without stored fields. */
    public static final String RELATION_DOC = "relation_doc";
    public static final String RELATION_YEARS = "relation_years";

    // edge summaries (the type in the field of relations; the ends in fields of their own, so that finding
    // the summaries of an entity never walks its relation records)
    public static final String EDGE_SOURCE = "edge_source";
    public static final String EDGE_TARGET = "edge_target";
    public static final String EDGE_WEIGHT = "edge_weight";
    public static final String EDGE_ARTICLES = "edge_articles";
    public static final String FIRST_YEAR = "first_year";
    public static final String LAST_YEAR = "last_year";
    public static final String EVIDENCE = "evidence";
    /** Doc values of an edge summary: its first evidence sentence, what a network view shows of each edge. */
    public static final String FIRST_EVIDENCE = "first_evidence";
    /** Commit data of an index that has kept a summary of every edge since it was created. */
    public static final String EDGE_SUMMARIES_KEPT = "edge_summaries";

    // entities
    public static final String NAME = "name";
    public static final String NAME_KEY = "name_key";
    public static final String MENTIONS = "mentions";
    public static final String DOCUMENTS = "documents";

    // paths and failures
    public static final String SIZE = "size";
    public static final String MODIFIED = "modified";
    public static final String STAGE = "stage";
    public static final String REASON = "reason";
    public static final String TIME = "time";

    /** Full text with offsets in the postings, so hits are highlighted without re-analysing the text. */
    public static final FieldType TEXT_WITH_OFFSETS;

    static {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        TEXT_WITH_OFFSETS = t;
    }

    /**
     * Word analysis for title, text and names: Unicode word boundaries, lower case, and accents folded so
     * that {@code Cavusoglu} finds {@code Çavuşoğlu}. No stemming and no stop words: names must match as
     * written. A possessive ({@code Choudary's}, {@code Choudary’s}) is indexed and searched as the name
     * itself, so that it never hides the name from search.
     */
    public static Analyzer textAnalyzer() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer("standard")
                    .addTokenFilter("englishPossessive")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analyzer of the whole index: words for text fields, whole values for the rest. */
    public static Analyzer indexAnalyzer() {
        Analyzer words = textAnalyzer();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
                Map.of(TITLE, words, TEXT, words, NAME, words, SENTENCE, words, AUTHOR, words));
    }
}
