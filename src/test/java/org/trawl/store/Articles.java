package org.trawl.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.Extraction;
import org.trawl.model.Mention;
import org.trawl.model.Relation;
import org.trawl.model.RelationArgument;
import org.trawl.model.RelationType;
import org.trawl.model.SourceDocument;

/**
 * Articles as ingest would put them into a store, written by hand for the store tests: a text, the
 * entities it names (each occurrence of a name is a mention), and relations between the first mentions
 * of two names.
 */
final class Articles {

    /** An entity of the test articles: its id, type and canonical name. */
    record Named(String id, EntityType type, String canonical) {
    }

    private final String id;
    private final String text;
    private String source = "news";
    private LocalDate published;
    private final List<EntityMention> mentions = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();

    private Articles(String id, String text) {
        this.id = id;
        this.text = text;
    }

    /** An article with this id (its content hash in a real store) and text. */
    static Articles article(String id, String text) {
        return new Articles(id, text);
    }

    /** The file an article is read from in these tests. */
    static PathRecord file(String name, String documentId) {
        return new PathRecord("/data/" + name, documentId, 100, 1);
    }

    Articles source(String value) {
        source = value;
        return this;
    }

    Articles published(LocalDate date) {
        published = date;
        return this;
    }

    /** Every occurrence of {@code name} in the text, but inside a longer name already given, names {@code entity}. */
    Articles names(Named entity, String name) {
        int at = text.indexOf(name);
        if (at < 0) {
            throw new IllegalArgumentException("'" + name + "' is not in the text of " + id);
        }
        for (; at >= 0; at = text.indexOf(name, at + name.length())) {
            Mention m = new Mention(at, at + name.length(), entity.type(), name, 0.8, "test");
            if (mentions.stream().noneMatch(other -> other.mention().overlaps(m))) {
                mentions.add(new EntityMention(m, entity.id(), entity.canonical()));
            }
        }
        return this;
    }

    /** A relation between the first mentions of these names, with the sentence they are in. */
    Articles relation(RelationType type, String source, String target, int... years) {
        EntityMention s = first(source);
        EntityMention t = first(target);
        int start = Math.max(0, text.lastIndexOf(". ", Math.min(s.start(), t.start())) + 1);
        int end = text.indexOf('.', Math.max(s.end(), t.end()));
        String sentence = text.substring(start, end < 0 ? text.length() : end + 1).strip();
        List<Integer> ys = new ArrayList<>();
        for (int y : years) {
            ys.add(y);
        }
        relations.add(new Relation(type, RelationArgument.of(s), RelationArgument.of(t), sentence,
                text.indexOf(sentence), 0.7, ys, 1));
        return this;
    }

    private EntityMention first(String name) {
        return mentions.stream().filter(m -> m.text().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no mention '" + name + "' in " + id));
    }

    Extraction build() {
        List<EntityMention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt(EntityMention::start));
        SourceDocument doc = new SourceDocument(id, "/data/" + id + ".txt", source, null, "Title of " + id, null,
                published, "text/plain", "eng", text);
        return new Extraction(doc, ordered, relations);
    }

    /** A text of {@code words} words (long enough to be compared for near-duplicates), opening with {@code lead}. */
    static String story(String lead, int words, int seed) {
        StringBuilder b = new StringBuilder(lead);
        java.util.Random random = new java.util.Random(seed);
        String[] vocabulary = {"officials", "said", "the", "group", "met", "in", "secret", "after", "talks", "on",
            "border", "security", "were", "delayed", "again", "by", "heavy", "rain", "and", "protests", "near",
            "capital", "where", "police", "arrested", "several", "men", "late", "night", "during", "raids"};
        for (int i = 0; i < words; i++) {
            b.append(i % 12 == 11 ? ". " : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return b.append('.').toString();
    }
}
