package org.trawl.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.trawl.model.Extraction;
import org.trawl.model.Relation;
import org.trawl.model.RelationType;
import org.trawl.store.EdgeSummary;

/**
 * The edges changed since the last commit: what the articles added bring to each (summed per edge), and
 * which edges lost or may have lost evidence (an article removed or corrected) and are summed again from
 * their relation records. Edge summaries are rewritten at commit from this book, as entity records are
 * from the {@link EntityBook}, so concurrent ingest threads never race on one summary. Thread-safe.
 */
final class EdgeBook {

    /** An edge: its relation type and its ends, in the order its summary keeps them. */
    record Key(RelationType type, String source, String target) {

        static Key of(RelationType type, String a, String b) {
            return EdgeSummary.inOrder(type, a, b) ? new Key(type, a, b) : new Key(type, b, a);
        }

        /** The key's text in the summary's unique key. */
        String id() {
            return type.name() + ' ' + source + ' ' + target;
        }
    }

    /** What is known of an edge, or what some articles add to it. */
    static final class Tally {
        int weight;
        int articles;
        Integer first;
        Integer last;
        final List<String> evidence = new ArrayList<>(2);
        /** While an edge is summed from its records: the article of the last one, so that each counts once. */
        String lastArticle;

        /** One relation record's part: its weight and years (its article's year when it states none), its sentence. */
        void add(Relation r, Integer articleYear) {
            weight += Math.max(1, r.count());
            EdgeSummary.evidenceYears(r.years(), articleYear).forEach(this::year);
            if (evidence.size() < EdgeSummary.EVIDENCE_KEPT && r.sentence() != null) {
                evidence.add(EdgeSummary.evidenceText(r.sentence()));
            }
        }

        /** Another tally's evidence after this one's: articles ingested later. */
        synchronized void add(Tally other) {
            weight += other.weight;
            articles += other.articles;
            if (other.first != null) {
                year(other.first);
                year(other.last);
            }
            for (String s : other.evidence) {
                if (evidence.size() < EdgeSummary.EVIDENCE_KEPT) {
                    evidence.add(s);
                }
            }
        }

        void year(int y) {
            first = first == null ? y : Math.min(first, y);
            last = last == null ? y : Math.max(last, y);
        }

        EdgeSummary toSummary(Key key) {
            return new EdgeSummary(key.type(), key.source(), key.target(), weight, articles, first, last, evidence);
        }

        static Tally of(EdgeSummary s) {
            Tally t = new Tally();
            t.weight = s.weight();
            t.articles = s.articles();
            t.first = s.firstYear();
            t.last = s.lastYear();
            t.evidence.addAll(s.evidence());
            return t;
        }
    }

    /** What a commit rewrites: the tallies added to edges, and the edges to sum again. */
    record Changes(Map<Key, Tally> added, Set<Key> resummed) {
    }

    private ConcurrentHashMap<Key, Tally> added = new ConcurrentHashMap<>();
    private Set<Key> resummed = ConcurrentHashMap.newKeySet();

    /** An article added: its relations' parts of their edges (a relation of an entity with itself is no edge). */
    void added(Extraction extraction) {
        Integer year = extraction.document().published() == null ? null : extraction.document().published().getYear();
        Map<Key, Tally> own = new HashMap<>();
        for (Relation r : extraction.relations()) {
            Key key = key(r);
            if (key != null) {
                own.computeIfAbsent(key, k -> {
                    Tally t = new Tally();
                    t.articles = 1;
                    return t;
                }).add(r, year);
            }
        }
        own.forEach((key, t) -> added.merge(key, t, (a, b) -> {
            a.add(b);
            return a;
        }));
    }

    /** A relation removed or rewritten: its edge is summed again from the records left. */
    void resum(Relation r) {
        Key key = key(r);
        if (key != null) {
            resummed.add(key);
        }
    }

    boolean hasChanges() {
        return !added.isEmpty() || !resummed.isEmpty();
    }

    /** The changes so far, leaving the book empty; called while no article is being added. */
    Changes drain() {
        Changes c = new Changes(added, resummed);
        added = new ConcurrentHashMap<>();
        resummed = ConcurrentHashMap.newKeySet();
        return c;
    }

    static Key key(Relation r) {
        String a = r.source().entityId();
        String b = r.target().entityId();
        return a == null || b == null || a.equals(b) ? null : Key.of(r.type(), a, b);
    }
}
