package org.trawl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.Extraction;
import org.trawl.model.Mention;
import org.trawl.model.Relation;
import org.trawl.model.RelationArgument;
import org.trawl.model.RelationType;
import org.trawl.model.SourceDocument;
import org.trawl.store.FailureRecord;
import org.trawl.store.IndexBusyException;
import org.trawl.store.IndexMissingException;
import org.trawl.store.IndexStats;
import org.trawl.store.PathRecord;
import org.trawl.store.QuerySyntaxException;
import org.trawl.store.RelationFilter;
import org.trawl.store.SearchRequest;
import org.trawl.store.SearchResults;
import org.trawl.store.Snippet;
import org.trawl.store.StoreReader;

class LuceneStoreTest {

    @TempDir
    Path dir;

    static EntityMention mention(String text, String name, EntityType type, String id) {
        int s = text.indexOf(name);
        return new EntityMention(new Mention(s, s + name.length(), type, name, 0.9, "test"), id, name);
    }

    static Extraction article(String id, String text, List<EntityMention> mentions) {
        SourceDocument doc = new SourceDocument(id, "/data/" + id + ".txt", "data", null, "Title " + id, null, null,
                "text/plain", "eng", text);
        List<Relation> rels = mentions.size() < 2 ? List.of() : List.of(new Relation(RelationType.CO_OCCURS,
                RelationArgument.of(mentions.get(0)), RelationArgument.of(mentions.get(1)), text, 0, 1.0, List.of(),
                1));
        return new Extraction(doc, mentions, rels);
    }

    @Test
    void storesSearchesAndCountsAfterCommit() throws Exception {
        String text = "Anjem Choudary led al-Muhajiroun in London.";
        Extraction x = article("d1", text, List.of(mention(text, "Anjem Choudary", EntityType.PERSON, "p1"),
                mention(text, "al-Muhajiroun", EntityType.GROUP, "g1")));
        try (LuceneStore store = LuceneStore.openForWriting(dir)) {
            store.put(x, new PathRecord("/data/d1.txt", "d1", 10, 1));
            assertTrue(store.containsDocument("d1"));
            try (StoreReader reader = LuceneStore.openForReading(dir)) {
                assertEquals(0, reader.search(SearchRequest.of("Choudary", 10)).total(), "uncommitted is invisible");
            }
            store.commit();
            SearchResults r = store.search(SearchRequest.of("choudary", 10));
            assertEquals(1, r.total());
            Snippet s = r.hits().get(0).snippets().get(0);
            assertTrue(s.render("[", "]").contains("[Choudary]"), s.text());
            assertEquals(List.of("/data/d1.txt"), r.hits().get(0).document().paths());
            assertEquals(1, store.entity("p1").orElseThrow().mentions());
            assertEquals(1, store.findEntities("anjem choudary's", null, 5).size());
            assertEquals(2, store.mentions("d1").size());
            assertEquals(1, store.relations(RelationFilter.all()).size());
            IndexStats stats = store.stats(5);
            assertEquals(1, stats.documents());
            assertEquals(2, stats.entities());
            assertEquals(2, stats.mentions());
            assertEquals(1, stats.relations());
        }
    }

    @Test
    void releasedArticleIsRemovedWithEverythingExtractedFromIt() throws Exception {
        String t1 = "Anjem Choudary spoke.";
        String t2 = "Khalid Zerkani spoke.";
        try (LuceneStore store = LuceneStore.openForWriting(dir)) {
            store.put(article("old", t1, List.of(mention(t1, "Anjem Choudary", EntityType.PERSON, "p1"))),
                    new PathRecord("/f.txt", "old", 1, 1));
            store.commit();
            store.put(article("new", t2, List.of(mention(t2, "Khalid Zerkani", EntityType.PERSON, "p2"))),
                    new PathRecord("/f.txt", "new", 2, 2));
            store.release("old");
            store.commit();
            assertFalse(store.containsDocument("old"));
            assertTrue(store.mentions("old").isEmpty());
            assertTrue(store.entity("p1").isEmpty(), "an entity with no mentions left is removed");
            assertEquals(1, store.stats(0).documents());
            assertEquals("new", store.path("/f.txt").orElseThrow().documentId());
        }
    }

    @Test
    void articleHeldByAnotherFileIsKept() throws Exception {
        String t = "Anjem Choudary spoke.";
        try (LuceneStore store = LuceneStore.openForWriting(dir)) {
            store.put(article("d", t, List.of()), new PathRecord("/a.txt", "d", 1, 1));
            store.putPath(new PathRecord("/b.txt", "d", 1, 1));
            store.release("d");
            store.commit();
            assertTrue(store.containsDocument("d"));
            assertEquals(List.of("/a.txt", "/b.txt"), store.document("d", false).orElseThrow().paths());
        }
    }

    @Test
    void secondWriterIsRefusedAndMissingIndexIsExplained() throws Exception {
        try (LuceneStore writer = LuceneStore.openForWriting(dir)) {
            assertTrue(writer.stats(0).documents() >= 0);
            IndexBusyException e = assertThrows(IndexBusyException.class, () -> LuceneStore.openForWriting(dir));
            assertTrue(e.getMessage().contains("another trawl process"));
        }
        assertThrows(IndexMissingException.class, () -> LuceneStore.openForReading(dir.resolve("none")));
    }

    @Test
    void malformedQueryGetsAOneLineExplanation() throws Exception {
        try (LuceneStore store = LuceneStore.openForWriting(dir)) {
            store.commit();
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                    () -> store.search(SearchRequest.of("\"unclosed AND (", 10)));
            assertFalse(e.getMessage().contains("\n"));
            assertTrue(e.getMessage().startsWith("cannot parse query"));
        }
    }

    @Test
    void failuresAreRecordedAndCleared() throws Exception {
        try (LuceneStore store = LuceneStore.openForWriting(dir)) {
            store.recordFailure(new FailureRecord("/bad.pdf", "parse", "corrupt", 3, 4, java.time.Instant.now()));
            store.commit();
            assertEquals(1, store.failures().size());
            store.putPath(new PathRecord("/bad.pdf", "x", 5, 6));
            store.commit();
            assertTrue(store.failures().isEmpty());
        }
    }

    @Test
    void possessivesCurlyOrStraightDoNotHideANameFromSearch() throws Exception {
        try (LuceneStore store = LuceneStore.openForWriting(dir)) {
            store.put(article("curly", "Choudary\u2019s supporters marched.", List.of()), new PathRecord("/data/c", "curly", 1, 1));
            store.put(article("straight", "Zerkani's network grew.", List.of()), new PathRecord("/data/s", "straight", 1, 1));
            store.commit();
            assertEquals(1, store.search(SearchRequest.of("Choudary", 10)).total());
            assertEquals(1, store.search(SearchRequest.of("Choudary's", 10)).total());
            assertEquals(1, store.search(SearchRequest.of("Zerkani", 10)).total());
            assertEquals(1, store.search(SearchRequest.of("Zerkani\u2019s", 10)).total());
        }
    }
}
