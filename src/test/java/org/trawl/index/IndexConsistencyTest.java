package org.trawl.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.Fixtures;
import org.trawl.config.TrawlConfig;
import org.trawl.ingest.ProgressListener;
import org.trawl.model.Entity;
import org.trawl.model.EntityType;
import org.trawl.names.NameKey;
import org.trawl.resolve.Correction;
import org.trawl.resolve.EntityIds;

/**
 * User corrections (merge, alias, rename, split) applied to an index, then re-ingesting, changing, adding
 * and deleting articles and rebuilding the index from scratch: after every step no mention points to a
 * missing entity, no relation to a missing mention, entity counts are right, and the corrections hold.
 */
class IndexConsistencyTest {

    @TempDir
    Path tmp;

    Path articles;
    Path index;
    TrawlConfig config;

    @BeforeEach
    void setUp() throws IOException {
        articles = Files.createDirectories(tmp.resolve("articles"));
        index = tmp.resolve("index");
        config = TrawlConfig.defaults().withIndexDir(index).withThreads(2).withCommitInterval(Duration.ofMillis(200));
        List<Path> corpus = Fixtures.corpus();
        Files.copy(corpus.get(0), articles.resolve("a.txt"));
        Files.copy(corpus.get(1), articles.resolve("b.txt"));
        Files.copy(corpus.get(4), articles.resolve("c.txt"));
    }

    void ingest() {
        Fixtures.ingest(config, articles, false, ProgressListener.silent());
    }

    void correct(Correction c) {
        try (LuceneStore store = LuceneStore.openForWriting(index)) {
            store.correct(c);
            store.commit();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void correctionsHoldAndTheIndexStaysConsistent() throws IOException {
        ingest();
        Map<String, Entity> before = assertConsistent();
        List<Entity> people = before.values().stream().filter(e -> e.type() == EntityType.PERSON)
                .sorted((x, y) -> y.mentions() - x.mentions()).toList();
        Entity a = people.get(0);
        Entity b = people.get(1);
        Entity place = before.values().stream().filter(e -> e.type() == EntityType.PLACE)
                .max((x, y) -> x.mentions() - y.mentions()).orElseThrow();
        Entity group = before.values().stream().filter(e -> e.type() == EntityType.GROUP)
                .max((x, y) -> x.mentions() - y.mentions()).orElseThrow();

        // merge b into a
        correct(new Correction.Merge(a.id(), a.canonical(), a.type(), b.id(), b.canonical()));
        Map<String, Entity> merged = assertConsistent();
        assertFalse(merged.containsKey(b.id()), "merged entity still there");
        assertEquals(a.mentions() + b.mentions(), merged.get(a.id()).mentions());
        assertTrue(merged.get(a.id()).names().contains(b.canonical()), merged.get(a.id()).names().toString());

        // the place's name is an alias of the group
        correct(new Correction.Alias(group.id(), group.canonical(), EntityType.GROUP, place.canonical()));
        Map<String, Entity> aliased = assertConsistent();
        assertTrue(aliased.get(group.id()).mentions() > group.mentions());
        assertTrue(aliased.get(group.id()).names().contains(place.canonical()));

        // rename a
        correct(new Correction.Rename(a.id(), a.canonical(), "Person Renamed By Test"));
        Map<String, Entity> renamed = assertConsistent();
        assertEquals("Person Renamed By Test", renamed.get(a.id()).canonical());
        try (LuceneStore store = LuceneStore.openForReading(index)) {
            assertEquals(a.id(), store.lookup("Person Renamed By Test", EntityType.PERSON).orElseThrow().id());
        }

        // re-ingest unchanged files, change one, add one, delete one
        ingest();
        assertCorrectionsHold(a, b, group, place);
        Files.writeString(articles.resolve("b.txt"), Files.readString(articles.resolve("b.txt"))
                + "\n\n" + b.canonical() + " was seen in " + place.canonical() + " again.\n");
        Files.writeString(articles.resolve("d.txt"), "A new article. " + b.canonical() + " met officials of "
                + group.canonical() + " in " + place.canonical() + ".\n");
        Files.delete(articles.resolve("c.txt"));
        ingest();
        assertCorrectionsHold(a, b, group, place);

        // split b's name off a again: b's mentions become their own entity
        correct(new Correction.Split(a.id(), "Person Renamed By Test", List.of(b.canonical())));
        Map<String, Entity> split = assertConsistent();
        String bId = EntityIds.of(EntityType.PERSON, NameKey.of(b.canonical()));
        assertTrue(split.containsKey(bId), "split-off entity missing");
        assertTrue(split.get(a.id()).mentions() > 0);

        // rebuild the index from scratch: the corrections, kept beside it, still apply
        deleteLuceneIndex();
        ingest();
        Map<String, Entity> rebuilt = assertConsistent();
        assertEquals("Person Renamed By Test", rebuilt.get(a.id()).canonical());
        assertTrue(rebuilt.containsKey(bId));
        assertTrue(rebuilt.get(group.id()).names().contains(place.canonical()));
    }

    private void assertCorrectionsHold(Entity a, Entity b, Entity group, Entity place) {
        Map<String, Entity> now = assertConsistent();
        assertFalse(now.containsKey(b.id()), "a merge was undone by re-ingesting");
        assertEquals("Person Renamed By Test", now.get(a.id()).canonical());
        assertTrue(now.get(group.id()).names().contains(place.canonical()), "an alias was undone by re-ingesting");
        assertNotEquals(0, now.get(a.id()).mentions());
    }

    private void deleteLuceneIndex() throws IOException {
        try (Stream<Path> files = Files.walk(index.resolve(LuceneStore.LUCENE_DIR))) {
            for (Path p : files.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
        assertTrue(Files.exists(CorrectionLog.file(index)));
    }

    /** Checks the index's references and counts; returns its entities by id. */
    private Map<String, Entity> assertConsistent() {
        try (LuceneStore store = LuceneStore.openForReading(index)) {
            return IndexChecks.assertConsistent(store);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
