package org.trawl.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.trawl.model.Entity;
import org.trawl.model.EntityMention;
import org.trawl.model.Relation;
import org.trawl.model.RelationArgument;
import org.trawl.model.RelationType;

/** Consistency checks of a whole index, shared by the tests that change or read it under load. */
public final class IndexChecks {

    private IndexChecks() {
    }

    /**
     * Checks a store's references and counts: every mention names an entity that exists, every entity's
     * mention count is the number of its mentions and its article count the number of articles they are
     * in, every relation's arguments are mentions of its article.
     * Returns the entities by id.
     */
    public static Map<String, Entity> assertConsistent(StoreReader store) {
        Map<String, Entity> entities = new HashMap<>();
        for (Entity e : store.entities(null, 1_000_000)) {
            entities.put(e.id(), e);
        }
        Map<String, Integer> counted = new HashMap<>();
        Map<String, Set<String>> articles = new HashMap<>();
        Map<String, List<EntityMention>> mentionsByDoc = new HashMap<>();
        for (var hit : store.search(SearchRequest.of("", 10_000)).hits()) {
            String doc = hit.document().id();
            List<EntityMention> ms = store.mentions(doc);
            mentionsByDoc.put(doc, ms);
            for (EntityMention m : ms) {
                assertTrue(entities.containsKey(m.entityId()), "mention " + m.text() + " -> missing entity");
                counted.merge(m.entityId(), 1, Integer::sum);
                articles.computeIfAbsent(m.entityId(), k -> new HashSet<>()).add(doc);
            }
        }
        for (Entity e : entities.values()) {
            assertEquals(counted.getOrDefault(e.id(), 0), e.mentions(), "mention count of " + e.canonical());
            assertEquals(articles.getOrDefault(e.id(), Set.of()).size(), e.documents(),
                    "article count of " + e.canonical());
            assertTrue(e.mentions() > 0, "entity without mentions: " + e.canonical());
        }
        for (StoredRelation sr : store.relations(RelationFilter.all())) {
            Relation r = sr.relation();
            assertTrue(r.type() == RelationType.SAME_AS || !r.source().entityId().equals(r.target().entityId()),
                    "relation of an entity with itself: " + r);
            for (RelationArgument arg : List.of(r.source(), r.target())) {
                // a name is a mention of its entity; a pronoun or description stands for an entity named in the article
                assertTrue(mentionsByDoc.getOrDefault(sr.documentId(), List.of()).stream().anyMatch(m ->
                        (arg.referring() || m.start() == arg.start() && m.end() == arg.end())
                                && m.entityId().equals(arg.entityId())),
                        "relation argument without its mention: " + arg + " in " + r.sentence());
            }
        }
        if (store.keepsEdgeSummaries()) {
            assertEdgeSummariesMatchRelations(store, entities.keySet());
        }
        return entities;
    }

    /**
     * Checks that the store's edge summaries are its relations summed per edge: the same edges, each with
     * the weight, articles and years of its relations, and evidence sentences that are theirs.
     */
    public static void assertEdgeSummariesMatchRelations(StoreReader store, Set<String> entityIds) {
        Map<String, EdgeSummary> summaries = new HashMap<>();
        store.forEachEdge(Set.of(), entityIds, false, EdgeSummary.EVIDENCE_KEPT, e -> assertNull(
                summaries.put(e.type() + " " + e.sourceId() + " " + e.targetId(), e), "two summaries of one edge: " + e));
        Map<String, Integer> years = store.articleYears("");
        Map<String, int[]> weights = new HashMap<>();
        Map<String, Set<String>> articles = new HashMap<>();
        Map<String, Set<Integer>> stated = new HashMap<>();
        Map<String, Set<String>> sentences = new HashMap<>();
        store.forEachLink(Set.of(), null, false, (link, sentence) -> {
            if (link.sourceId().equals(link.targetId())) {
                return;
            }
            boolean swap = !EdgeSummary.inOrder(link.type(), link.sourceId(), link.targetId());
            String key = link.type() + " " + (swap ? link.targetId() + " " + link.sourceId()
                    : link.sourceId() + " " + link.targetId());
            weights.computeIfAbsent(key, k -> new int[2])[0] += Math.max(1, link.count());
            weights.get(key)[1]++;
            articles.computeIfAbsent(key, k -> new HashSet<>()).add(link.documentId());
            int year = years.getOrDefault(link.documentId(), 0);
            stated.computeIfAbsent(key, k -> new HashSet<>()).addAll(!link.years().isEmpty() || year == 0
                    ? link.years() : List.of(year));
            sentences.computeIfAbsent(key, k -> new HashSet<>()).add(sentence.get().strip().replaceAll("\\s+", " "));
        });
        assertEquals(new TreeSet<>(weights.keySet()), new TreeSet<>(summaries.keySet()), "the edges summarised");
        summaries.forEach((key, e) -> {
            assertEquals(weights.get(key)[0], e.weight(), "weight of " + key);
            assertEquals(articles.get(key).size(), e.articles(), "articles of " + key);
            Set<Integer> ys = stated.get(key);
            assertEquals(ys.isEmpty() ? null : Collections.min(ys), e.firstYear(), "first year of " + key);
            assertEquals(ys.isEmpty() ? null : Collections.max(ys), e.lastYear(), "last year of " + key);
            assertEquals(Math.min(EdgeSummary.EVIDENCE_KEPT, weights.get(key)[1]), e.evidence().size(), "evidence of " + key);
            assertTrue(sentences.get(key).containsAll(e.evidence()), "evidence of " + key + " not among its sentences");
        });
    }
}
