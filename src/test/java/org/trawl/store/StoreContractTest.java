package org.trawl.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trawl.store.Articles.article;
import static org.trawl.store.Articles.file;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trawl.model.Entity;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.RelationType;
import org.trawl.resolve.Correction;

/**
 * What every store backend must do, written against the store interfaces alone ({@link StoreWriter},
 * {@link StoreReader}, {@link StoreCorrector}): put, replace, duplicates and near-duplicates, corrections,
 * failures, search, facets, profiles, network links and stats. A backend runs the suite by subclassing it
 * and opening its stores (see {@code LuceneStoreContractTest}); the search and facet tests live in
 * {@link StoreSearchContractTest}, which extends this one.
 */
public abstract class StoreContractTest implements StoreSearchContract {

    static final Articles.Named CHOUDARY = new Articles.Named("p-choudary", EntityType.PERSON, "Anjem Choudary");
    static final Articles.Named IZZADEEN = new Articles.Named("p-izzadeen", EntityType.PERSON, "Abu Izzadeen");
    static final Articles.Named MUHAJIROUN = new Articles.Named("g-muhajiroun", EntityType.GROUP, "al-Muhajiroun");
    static final Articles.Named QAEDA = new Articles.Named("g-qaeda", EntityType.GROUP, "al-Qaeda");
    static final Articles.Named BASE = new Articles.Named("g-base", EntityType.GROUP, "The Base");
    static final Articles.Named LONDON = new Articles.Named("l-london", EntityType.PLACE, "London");

    /**
     * A writer of the store under test: on the first call of a test a new, empty store (committed, so that
     * readers can open it); later calls, once the writer before is closed, open the same store again.
     */
    @Override
    public abstract StoreWriter openWriter();

    /** A reader of the store under test, as of its last commit. */
    @Override
    public abstract StoreReader openReader();

    /** A corrector of the store under test (no writer may be open). */
    public abstract StoreCorrector openCorrector();

    /**
     * True when a reader keeps seeing the commit it opened at until it is {@link StoreReader#refresh()
     * refreshed} (the embedded index, where a reader holds a point-in-time view). A cluster's reader sees
     * every commit at once, and only tells on refresh whether one happened: a backend says so here, and the
     * one assertion about it is skipped for it, not weakened.
     */
    protected boolean readersStayAtTheirCommit() {
        return true;
    }

    /** Two articles: Choudary leads al-Muhajiroun in London (d1); Izzadeen and Choudary in London (d2). */
    @Override
    public void putTwoArticles(StoreWriter w) {
        w.put(article("d1", "Anjem Choudary led al-Muhajiroun in London. Choudary spoke often.")
                .names(CHOUDARY, "Anjem Choudary").names(CHOUDARY, "Choudary").names(MUHAJIROUN, "al-Muhajiroun")
                .names(LONDON, "London").relation(RelationType.LEADS, "Anjem Choudary", "al-Muhajiroun", 2014)
                .relation(RelationType.CO_OCCURS, "al-Muhajiroun", "London").published(LocalDate.of(2014, 3, 1))
                .build(), file("d1.txt", "d1"));
        w.put(article("d2", "Abu Izzadeen met Anjem Choudary in London. Izzadeen joined al-Muhajiroun.")
                .names(IZZADEEN, "Abu Izzadeen").names(IZZADEEN, "Izzadeen").names(CHOUDARY, "Anjem Choudary")
                .names(LONDON, "London").names(MUHAJIROUN, "al-Muhajiroun")
                .relation(RelationType.CO_OCCURS, "Abu Izzadeen", "Anjem Choudary", 2016)
                .relation(RelationType.MEMBER_OF, "Izzadeen", "al-Muhajiroun", 2016)
                .source("wire").published(LocalDate.of(2016, 7, 9)).build(), file("d2.txt", "d2"));
    }

    @Test
    void anArticlePutIsSeenAtItsCommitWithItsMentionsEntitiesAndRelations() throws Exception {
        try (StoreWriter w = openWriter()) {
            putTwoArticles(w);
            assertTrue(w.containsDocument("d1"), "a writer knows what it put before the commit");
            try (StoreReader r = openReader()) {
                assertEquals(0, r.search(SearchRequest.of("Choudary", 10)).total(), "nothing uncommitted is seen");
                w.commit();
                if (readersStayAtTheirCommit()) {
                    assertEquals(0, r.search(SearchRequest.of("Choudary", 10)).total(), "a reader stays at its commit");
                }
                assertTrue(r.refresh(), "a refresh tells that a commit happened");
                assertEquals(2, r.search(SearchRequest.of("Choudary", 10)).total());
            }
            DocumentRecord d1 = w.document("d1", true).orElseThrow();
            assertEquals(List.of("/data/d1.txt"), d1.paths());
            assertEquals("Anjem Choudary led al-Muhajiroun in London. Choudary spoke often.", d1.text());
            assertNull(w.document("d1", false).orElseThrow().text());
            assertEquals(LocalDate.of(2014, 3, 1), d1.published());
            assertEquals(List.of("Anjem Choudary", "al-Muhajiroun", "London", "Choudary"),
                    w.mentions("d1").stream().map(EntityMention::text).toList(), "mentions in text order");
            Entity choudary = w.entity(CHOUDARY.id()).orElseThrow();
            assertEquals(3, choudary.mentions());
            assertEquals(2, choudary.documents());
            assertEquals(List.of("Anjem Choudary", "Choudary"), choudary.names());
            assertEquals("d1", w.path("/data/d1.txt").orElseThrow().documentId());
            List<StoredRelation> leads = w.relations(new RelationFilter(Set.of(RelationType.LEADS), Set.of(), null, 0));
            assertEquals(1, leads.size());
            assertEquals("Anjem Choudary", leads.get(0).sourceName());
            assertEquals("al-Muhajiroun", leads.get(0).targetName());
            assertEquals("d1", leads.get(0).documentId());
            assertEquals(List.of(2014), leads.get(0).relation().years());
            assertEquals(2, w.relations(new RelationFilter(Set.of(), Set.of(IZZADEEN.id()), null, 0)).size());
            assertEquals(2, w.relations(new RelationFilter(Set.of(), Set.of(), "d2", 0)).size());
            assertEquals(1, w.relations(new RelationFilter(Set.of(), Set.of(), null, 1)).size(), "a limit");
        }
    }

    @Test
    void aChangedFileReplacesItsArticleAndEverythingExtractedFromIt() throws Exception {
        try (StoreWriter w = openWriter()) {
            putTwoArticles(w);
            w.commit();
            w.put(article("d1b", "Abu Izzadeen spoke in London.").names(IZZADEEN, "Abu Izzadeen")
                    .names(LONDON, "London").build(), file("d1.txt", "d1b"));
            w.release("d1");
            w.commit();
            assertFalse(w.containsDocument("d1"));
            assertTrue(w.mentions("d1").isEmpty());
            assertTrue(w.relations(new RelationFilter(Set.of(RelationType.LEADS), Set.of(), null, 0)).isEmpty(),
                    "the old article's relations go with it");
            assertEquals("d1b", w.path("/data/d1.txt").orElseThrow().documentId());
            assertEquals(1, w.entity(CHOUDARY.id()).orElseThrow().mentions(), "counts are redone at the commit");
            assertEquals(3, w.entity(IZZADEEN.id()).orElseThrow().mentions());
            assertEquals(2, w.stats(0).documents());
        }
        try (StoreWriter w = openWriter()) {
            w.put(article("d3", "Nobody else.").build(), file("d3.txt", "d3"));
            w.put(article("d4", "Abu Izzadeen again.").names(IZZADEEN, "Abu Izzadeen").build(), file("d1.txt", "d4"));
            w.release("d1b");
            w.release("d2");
            w.putPath(file("d2-copy.txt", "d2"));
            w.commit();
            assertTrue(w.entity(LONDON.id()).isPresent(), "d2 is still held by its first file and the copy");
            assertTrue(w.containsDocument("d2"));
            assertFalse(w.containsDocument("d1b"));
        }
    }

    @Test
    void theSameContentUnderTwoPathsIsOneArticleUntilNoFileHoldsIt() throws Exception {
        try (StoreWriter w = openWriter()) {
            putTwoArticles(w);
            w.putPath(file("again/d1.txt", "d1"));
            w.commit();
            assertEquals(List.of("/data/again/d1.txt", "/data/d1.txt"), w.document("d1", false).orElseThrow().paths());
            assertEquals(2, w.stats(0).documents());
            assertEquals(3, w.stats(0).paths());
            assertEquals(3, w.entity(CHOUDARY.id()).orElseThrow().mentions(), "a duplicate is not counted again");
            w.put(article("other", "Something else.").build(), file("d1.txt", "other"));
            w.release("d1");
            w.commit();
            assertTrue(w.containsDocument("d1"), "the other file still holds it");
        }
    }

    @Test
    void aNearCopyIsStoredAndSearchableButItsNamesAreNotCountedAgain() throws Exception {
        String text = Articles.story("Anjem Choudary addressed al-Muhajiroun.", 300, 7);
        String copy = text.replace("Anjem Choudary addressed", "Anjem Choudary then addressed");
        try (StoreWriter w = openWriter()) {
            assertNull(w.put(article("orig", text).names(CHOUDARY, "Anjem Choudary").names(MUHAJIROUN, "al-Muhajiroun")
                    .relation(RelationType.LEADS, "Anjem Choudary", "al-Muhajiroun").build(), file("orig.txt", "orig")));
            assertEquals("orig", w.put(article("copy", copy).names(CHOUDARY, "Anjem Choudary")
                    .names(MUHAJIROUN, "al-Muhajiroun").relation(RelationType.LEADS, "Anjem Choudary", "al-Muhajiroun")
                    .build(), file("copy.txt", "copy")), "found among the articles put since the last commit");
            w.commit();
            assertEquals("orig", w.put(article("copy2", copy + " More.").names(CHOUDARY, "Anjem Choudary").build(),
                    file("copy2.txt", "copy2")), "and among those committed");
            w.commit();
            assertEquals(3, w.search(SearchRequest.of("Choudary", 10)).total(), "copies are searchable");
            assertEquals("orig", w.document("copy", false).orElseThrow().nearDuplicateOf());
            assertNull(w.document("orig", false).orElseThrow().nearDuplicateOf());
            assertTrue(w.mentions("copy").isEmpty());
            assertEquals(1, w.entity(CHOUDARY.id()).orElseThrow().mentions());
            assertEquals(1, w.relations(RelationFilter.all()).size());

            w.put(article("orig-edited", "A short note now.").build(), file("orig.txt", "orig-edited"));
            w.release("orig");
            w.commit();
            assertFalse(w.containsDocument("copy"), "the copies of a removed original are forgotten");
            assertTrue(w.path("/data/copy.txt").isEmpty(), "with their files, so the next ingest reads them again");
        }
    }

    @Test
    void failuresAreRecordedReplacedAndClearedByTheFileBeingRead() throws Exception {
        try (StoreWriter w = openWriter()) {
            Instant t = Instant.parse("2024-01-02T03:04:05Z");
            w.recordFailure(new FailureRecord("/data/z.pdf", "parse", "corrupt", 3, 4, t));
            w.recordFailure(new FailureRecord("/data/a.pdf", "read", "unreadable", 1, 2, t));
            w.recordFailure(new FailureRecord("/data/z.pdf", "parse", "encrypted", 5, 6, t));
            w.commit();
            assertEquals(List.of(new FailureRecord("/data/a.pdf", "read", "unreadable", 1, 2, t),
                    new FailureRecord("/data/z.pdf", "parse", "encrypted", 5, 6, t)), w.failures());
            assertEquals(2, w.stats(0).failures());
            w.putPath(new PathRecord("/data/z.pdf", "x", 7, 8));
            w.clearFailure("/data/a.pdf");
            w.commit();
            assertTrue(w.failures().isEmpty());
        }
        try (StoreReader r = openReader()) {
            assertTrue(r.failures().isEmpty());
        }
    }

    @Test
    void correctionsRelinkStoredMentionsAndAreKeptForLaterIngests() throws Exception {
        try (StoreWriter w = openWriter()) {
            putTwoArticles(w);
            w.put(article("d3", "The Base and al-Qaeda claimed it.").names(BASE, "The Base").names(QAEDA, "al-Qaeda")
                    .build(), file("d3.txt", "d3"));
            w.commit();
        }
        try (StoreCorrector c = openCorrector()) {
            assertEquals(1, c.correct(new Correction.Merge(CHOUDARY.id(), "Anjem Choudary", EntityType.PERSON,
                    IZZADEEN.id(), "Abu Izzadeen")), "the articles naming the merged entity are rewritten");
            assertEquals(1, c.correct(new Correction.Alias(QAEDA.id(), "al-Qaeda", EntityType.GROUP, "The Base")));
            c.correct(new Correction.Rename(MUHAJIROUN.id(), "al-Muhajiroun", "Al-Muhajiroun"));
            c.commit();
            assertTrue(c.entity(IZZADEEN.id()).isEmpty());
            Entity choudary = c.entity(CHOUDARY.id()).orElseThrow();
            assertEquals(5, choudary.mentions());
            assertTrue(choudary.names().contains("Izzadeen"), choudary.names().toString());
            assertTrue(c.mentions("d2").stream().allMatch(m -> !m.entityId().equals(IZZADEEN.id())));
            assertTrue(c.relations(RelationFilter.all()).stream().noneMatch(r ->
                    r.relation().source().entityId().equals(IZZADEEN.id())), "relations follow their mentions");
            assertTrue(c.entity(BASE.id()).isEmpty());
            assertEquals(2, c.entity(QAEDA.id()).orElseThrow().mentions());
            assertEquals("Al-Muhajiroun", c.entity(MUHAJIROUN.id()).orElseThrow().canonical(), "renamed, same id");
        }
        try (StoreCorrector c = openCorrector()) {
            c.correct(new Correction.Split(CHOUDARY.id(), "Anjem Choudary", List.of("Izzadeen", "Abu Izzadeen")));
            c.commit();
            assertFalse(c.entity(CHOUDARY.id()).orElseThrow().names().contains("Izzadeen"));
            assertEquals(3, c.entity(CHOUDARY.id()).orElseThrow().mentions());
            assertFalse(c.findEntities("Abu Izzadeen", EntityType.PERSON, 1).get(0).id().equals(CHOUDARY.id()));
        }
        try (StoreReader r = openReader()) {
            List<Correction> made = r.corrections().read().list();
            assertEquals(4, made.size());
            assertTrue(made.get(0) instanceof Correction.Merge && made.get(3) instanceof Correction.Split, made.toString());
            assertEquals(4, r.corrections().entries().size());
            assertTrue(r.corrections().entries().get(1).contains("\"alias\":\"The Base\""), r.corrections().entries().get(1));
        }
        try (StoreWriter w = openWriter()) {
            assertEquals(4, w.corrections().read().list().size(), "what the next ingest applies");
        }
    }

    @Test
    void entitiesAreFoundByAnyOfTheirNamesAndListedMostMentionedFirst() throws Exception {
        try (StoreWriter w = openWriter()) {
            putTwoArticles(w);
            w.commit();
        }
        try (StoreReader r = openReader()) {
            assertEquals(CHOUDARY.id(), r.findEntities("anjem choudary's", null, 5).get(0).id());
            assertEquals(CHOUDARY.id(), r.findEntities("Choudary", EntityType.PERSON, 5).get(0).id());
            assertTrue(r.findEntities("Choudary", EntityType.PLACE, 5).isEmpty());
            assertEquals(IZZADEEN.id(), r.lookup("Abu Izzadeen", null).orElseThrow().id());
            assertEquals(LONDON.id(), r.lookup(LONDON.id(), null).orElseThrow().id(), "an id looks up its entity");
            assertTrue(r.lookup("Nobody Atall", null).isEmpty());
            assertEquals(4, r.entityCount());
            List<Entity> all = r.entities(null, 0);
            assertEquals(Set.of(CHOUDARY.id(), MUHAJIROUN.id(), IZZADEEN.id(), LONDON.id()),
                    Set.copyOf(all.stream().map(Entity::id).toList()), "0 lists them all");
            assertEquals(CHOUDARY.id(), all.get(0).id(), "most mentioned first: " + all);
            for (int i = 1; i < all.size(); i++) {
                assertTrue(all.get(i - 1).mentions() >= all.get(i).mentions(), "most mentioned first: " + all);
            }
            assertEquals(List.of(CHOUDARY.id()), r.entities(EntityType.PERSON, 1).stream().map(Entity::id).toList());
            assertEquals(List.of(LONDON.id()), r.entities(EntityType.PLACE, 5).stream().map(Entity::id).toList());
        }
    }

    @Test
    void aProfileSumsAnEntitysRelationsPerOtherEntityWithEvidence() throws Exception {
        Articles.Named sharia4uk = new Articles.Named("g-s4uk", EntityType.GROUP, "Sharia4UK");
        try (StoreWriter w = openWriter()) {
            putTwoArticles(w);
            w.put(article("d5", "Anjem Choudary led Sharia4UK. Anjem Choudary led Sharia4UK again.")
                    .names(CHOUDARY, "Anjem Choudary").names(sharia4uk, "Sharia4UK")
                    .relation(RelationType.LEADS, "Anjem Choudary", "Sharia4UK").build(), file("d5.txt", "d5"));
            w.put(article("d6", "Anjem Choudary led Sharia4UK.").names(CHOUDARY, "Anjem Choudary")
                    .names(sharia4uk, "Sharia4UK").relation(RelationType.LEADS, "Anjem Choudary", "Sharia4UK")
                    .build(), file("d6.txt", "d6"));
            w.commit();
            EntityProfile p = w.profile(MUHAJIROUN.id(), 10);
            assertEquals(MUHAJIROUN.id(), p.entity().id());
            List<String> typed = p.relations().stream().map(l -> l.type() + (l.outgoing() ? ">" : "<")
                    + l.other().canonical() + "x" + l.count()).toList();
            assertEquals(List.of("MEMBER_OF<Abu Izzadeenx1", "LEADS<Anjem Choudaryx1"), typed, "by type, then weight");
            EntityProfile.Link leads = p.relations().get(1);
            assertEquals("d1", leads.document());
            assertTrue(leads.evidence().contains("led al-Muhajiroun"), leads.evidence());
            assertEquals(List.of("London"), p.cooccurring().stream().map(l -> l.other().canonical()).toList());
            assertEquals(2, p.score().scored(), "scored from its mentions");
            EntityProfile choudaryProfile = w.profile(CHOUDARY.id(), 10);
            List<String> choudary = choudaryProfile.relations().stream()
                    .map(l -> l.other().canonical() + "x" + l.count()).toList();
            assertEquals(List.of("Sharia4UKx2", "al-Muhajirounx1"), choudary, "summed over articles, heaviest first");
            assertEquals(List.of("d5", "d1"), choudaryProfile.relations().stream().map(EntityProfile.Link::document)
                    .toList(), "each link's evidence from its first article");
            assertEquals(List.of("Sharia4UK"), w.profile(CHOUDARY.id(), 1).relations().stream()
                    .map(l -> l.other().canonical()).toList(), "at most limit per type");
            assertThrows(IllegalArgumentException.class, () -> w.profile("no-such-entity", 10));
        }
    }

    @Test
    void networkLinksAreStreamedByTypeAndEndWithTheirYearsAndEvidence() throws Exception {
        try (StoreWriter w = openWriter()) {
            putTwoArticles(w);
            w.commit();
            List<RelationLink> all = new ArrayList<>();
            w.forEachLink(Set.of(), null, false, (link, sentence) -> all.add(link));
            assertEquals(4, all.size());
            List<String> typed = new ArrayList<>();
            w.forEachLink(Set.of(RelationType.LEADS, RelationType.MEMBER_OF), null, false,
                    (link, sentence) -> typed.add(link.type() + " " + link.sourceId() + " " + link.documentId()
                            + " " + link.years() + " " + sentence.get()));
            assertEquals(Set.of("LEADS p-choudary d1 [2014] Anjem Choudary led al-Muhajiroun in London.",
                    "MEMBER_OF p-izzadeen d2 [2016] Izzadeen joined al-Muhajiroun."), Set.copyOf(typed));
            List<RelationLink> around = new ArrayList<>();
            w.forEachLink(Set.of(), Set.of(IZZADEEN.id()), false, (link, sentence) -> around.add(link));
            assertEquals(2, around.size());
            List<RelationLink> between = new ArrayList<>();
            w.forEachLink(Set.of(), Set.of(IZZADEEN.id(), CHOUDARY.id()), true, (link, sentence) -> between.add(link));
            assertEquals(1, between.size());
            assertEquals(RelationType.CO_OCCURS, between.get(0).type());
            w.forEachLink(Set.of(), Set.of(), false, (link, sentence) -> {
                throw new AssertionError("no ends, no links");
            });
            assertEquals(Map.of("d1", 2014, "d2", 2016), w.articleYears(List.of("d1", "d2", "gone")));
            assertEquals(Map.of("d2", 2016), w.articleYears("Izzadeen"));
            assertEquals(Set.of("d1", "d2"), w.articleYears("").keySet());
        }
    }

    @Test
    void statsCountEveryKindOfRecordByType() throws Exception {
        try (StoreWriter w = openWriter()) {
            putTwoArticles(w);
            w.recordFailure(new FailureRecord("/data/bad.pdf", "parse", "corrupt", 1, 1, Instant.EPOCH));
            w.commit();
        }
        try (StoreReader r = openReader()) {
            IndexStats s = r.stats(2);
            assertEquals(2, s.documents());
            assertEquals(9, s.mentions());
            assertEquals(4, s.entities());
            assertEquals(4, s.relations());
            assertEquals(2, s.typedRelations());
            assertEquals(2, s.cooccurrences());
            assertEquals(2, s.paths());
            assertEquals(1, s.failures());
            assertEquals(Map.of("PERSON", 2L, "GROUP", 1L, "PLACE", 1L), s.entitiesByType());
            assertEquals(Map.of("PERSON", 5L, "GROUP", 2L, "PLACE", 2L), s.mentionsByType());
            assertEquals(Map.of("LEADS", 1L, "MEMBER_OF", 1L, "CO_OCCURS", 2L), s.relationsByType());
            assertEquals(List.of(CHOUDARY.id()), s.topEntities().stream().limit(1).map(Entity::id).toList());
            assertEquals(2, s.topEntities().size());
            assertEquals(0, r.stats(0).topEntities().size());
        }
    }

    @Test
    @SuppressWarnings("try") // the writer is only held open, for its lock
    void onlyOneWriterAtATime() throws Exception {
        try (StoreWriter w = openWriter()) {
            assertThrows(IndexBusyException.class, this::openWriter);
            assertThrows(IndexBusyException.class, this::openCorrector);
            try (StoreReader r = openReader()) {
                assertEquals(0, r.stats(0).documents(), "readers are never refused");
            }
        }
    }
}
