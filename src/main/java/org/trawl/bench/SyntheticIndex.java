package org.trawl.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.Extraction;
import org.trawl.model.Mention;
import org.trawl.model.Relation;
import org.trawl.model.RelationArgument;
import org.trawl.model.RelationType;
import org.trawl.model.SourceDocument;
import org.trawl.names.NameKey;
import org.trawl.resolve.EntityIds;
import org.trawl.search.Stores;
import org.trawl.store.PathRecord;
import org.trawl.store.StoreLocation;
import org.trawl.store.StoreWriter;

/**
 * Writes an index of generated articles directly, without running extraction: the generator knows the
 * names it wrote, so each article's mentions are where its cast's names are, and its relations are the
 * sentence co-mentions plus a typed relation where the sentence's wording gives one. For measuring the
 * index, search and network building at sizes (100,000 articles and more) that extraction would take
 * hours to produce; ingest speed is measured separately.
 */
public final class SyntheticIndex {

    /** What was written. */
    public record Result(int articles, long mentions, long relations, double seconds) {
    }

    /** Cue words of a generated sentence and the relation they state, from its first name of one type to its first of the other. */
    private record Cue(String words, RelationType type, EntityType first, EntityType second) {
    }

    private static final List<Cue> CUES = List.of(
            new Cue("member of", RelationType.MEMBER_OF, EntityType.PERSON, EntityType.GROUP),
            new Cue("to lead", RelationType.LEADS, EntityType.PERSON, EntityType.GROUP),
            new Cue("The leader of", RelationType.LEADS, EntityType.PERSON, EntityType.GROUP),
            new Cue("founded by", RelationType.FOUNDED, EntityType.PERSON, EntityType.GROUP),
            new Cue("alliance with", RelationType.ALLIED_WITH, EntityType.GROUP, EntityType.GROUP),
            new Cue("clashed with", RelationType.FIGHTS, EntityType.GROUP, EntityType.GROUP),
            new Cue(" met ", RelationType.COMMUNICATED_WITH, EntityType.PERSON, EntityType.PERSON),
            new Cue("associate of", RelationType.ASSOCIATE_OF, EntityType.PERSON, EntityType.PERSON),
            new Cue("fled to", RelationType.TRAVELED_TO, EntityType.PERSON, EntityType.PLACE),
            new Cue("controls", RelationType.CONTROLS, EntityType.GROUP, EntityType.PLACE),
            new Cue("arrested in", RelationType.LOCATED_IN, EntityType.PERSON, EntityType.PLACE));

    private SyntheticIndex() {
    }

    /** Writes {@code count} generated articles into the index at {@code indexDir}. */
    public static Result write(ArticleGenerator generator, Path indexDir, int count, long seed) throws IOException {
        return write(generator, StoreLocation.folder(indexDir), count, seed);
    }

    /** Writes {@code count} generated articles into the store at {@code location} (an index folder or a collection). */
    public static Result write(ArticleGenerator generator, StoreLocation location, int count, long seed)
            throws IOException {
        long t0 = System.nanoTime();
        Random random = new Random(seed);
        long mentions = 0;
        long relations = 0;
        try (StoreWriter store = Stores.openWriter(location)) {
            for (int i = 0; i < count; i++) {
                ArticleGenerator.Article a = generator.article(random);
                String id = String.format(Locale.ROOT, "synthetic-%d-%08d", seed, i);
                Extraction x = extraction(id, a);
                store.put(x, new PathRecord(id + ".txt", id, x.document().text().length(), 0));
                mentions += x.mentions().size();
                relations += x.relations().size();
                if (i % 5_000 == 4_999) {
                    store.commit();
                }
            }
            store.commit();
        }
        return new Result(count, mentions, relations, (System.nanoTime() - t0) / 1e9);
    }

    static Extraction extraction(String id, ArticleGenerator.Article a) {
        String text = a.text();
        SourceDocument doc = new SourceDocument(id, id + ".txt", "synthetic", null, a.title(), null, a.date(),
                "text/plain", "eng", text);
        List<EntityMention> mentions = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        int from = text.indexOf("\n\n", text.indexOf("Published")) + 2;
        while (from < text.length()) {
            int end = text.indexOf(". ", from);
            int paragraphEnd = text.indexOf("\n", from);
            end = end < 0 || paragraphEnd >= 0 && paragraphEnd < end ? (paragraphEnd < 0 ? text.length() : paragraphEnd)
                    : end + 1;
            sentence(text, from, end, a, mentions, relations);
            from = end;
            while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
        }
        return new Extraction(doc, mentions, relations);
    }

    private static void sentence(String text, int from, int to, ArticleGenerator.Article a,
                                 List<EntityMention> mentions, List<Relation> relations) {
        String s = text.substring(from, to);
        List<EntityMention> found = new ArrayList<>();
        find(s, from, a.people(), EntityType.PERSON, found);
        find(s, from, a.groups(), EntityType.GROUP, found);
        find(s, from, a.places(), EntityType.PLACE, found);
        found.sort((x, y) -> Integer.compare(x.start(), y.start()));
        mentions.addAll(found);
        Relation typed = null;
        for (Cue c : CUES) {
            if (s.contains(c.words())) {
                EntityMention first = firstOf(found, c.first(), null);
                EntityMention second = firstOf(found, c.second(), first);
                if (first != null && second != null) {
                    typed = relation(c.type(), first, second, s, from);
                    relations.add(typed);
                }
                break;
            }
        }
        for (int i = 0; i < found.size(); i++) {
            for (int j = i + 1; j < found.size(); j++) {
                EntityMention x = found.get(i);
                EntityMention y = found.get(j);
                boolean typedPair = typed != null && (typed.source().entityId().equals(x.entityId())
                        && typed.target().entityId().equals(y.entityId()) || typed.source().entityId().equals(y.entityId())
                        && typed.target().entityId().equals(x.entityId()));
                if (!x.entityId().equals(y.entityId()) && !typedPair) {
                    relations.add(relation(RelationType.CO_OCCURS, x, y, s, from));
                }
            }
        }
    }

    private static EntityMention firstOf(List<EntityMention> found, EntityType type, EntityMention not) {
        return found.stream().filter(m -> m.type() == type && m != not).findFirst().orElse(null);
    }

    private static void find(String s, int offset, List<String> names, EntityType type, List<EntityMention> out) {
        for (String name : names) {
            for (int at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + name.length())) {
                int start = offset + at;
                boolean inside = false;
                for (EntityMention m : out) {
                    inside |= start < m.end() && m.start() < start + name.length();
                }
                if (!inside) {
                    out.add(new EntityMention(new Mention(start, start + name.length(), type, name, 1.0, "synthetic"),
                            EntityIds.of(type, NameKey.of(name)), name));
                }
            }
        }
    }

    private static Relation relation(RelationType type, EntityMention a, EntityMention b, String sentence, int start) {
        return new Relation(type, RelationArgument.of(a), RelationArgument.of(b), sentence, start, 0.8, List.of(), 1);
    }
}
