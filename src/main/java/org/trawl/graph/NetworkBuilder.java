package org.trawl.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.trawl.model.Entity;
import org.trawl.model.EntityType;
import org.trawl.model.RelationType;
import org.trawl.store.EdgeSummary;
import org.trawl.store.RelationLink;
import org.trawl.store.StoreReader;

/**
 * Builds a network from the relations in the index: one edge per relation type and pair of entities,
 * weighted by its evidence sentences, from all articles or those a search query matches; evidence that
 * states no year is dated by its article. Then keeps the wanted entity types and the edges heavy enough,
 * projects the person–group affiliations onto people or groups when asked, and, when seeds are given,
 * keeps only what lies within the given number of hops of them.
 */
public final class NetworkBuilder {

    /** The relations that tie a person to a group, which projections are made of. */
    private static final Set<RelationType> AFFILIATIONS = Set.of(RelationType.MEMBER_OF, RelationType.LEADS,
            RelationType.FOUNDED, RelationType.WORKS_FOR);

    private final StoreReader store;

    public NetworkBuilder(StoreReader store) {
        this.store = store;
    }

    public Network build(NetworkSpec spec) {
        Map<EdgeKey, Draft> drafts = new LinkedHashMap<>();
        Map<String, Optional<Entity>> entities = new HashMap<>();
        if (spec.seeds().isEmpty()) {
            // the whole network names most entities: read them all in one pass rather than one lookup each
            for (Entity e : store.entities(null, (int) Math.min(Integer.MAX_VALUE - 8, store.entityCount()))) {
                entities.put(e.id(), Optional.of(e));
            }
        }
        boolean everyArticle = spec.query() == null || spec.query().isBlank();
        // grown from seeds, only the relations near them are read, hop by hop, with the years of their articles
        boolean grown = !spec.seeds().isEmpty() && spec.projection() == NetworkSpec.Projection.NONE;
        Map<String, Integer> articleYears = grown && everyArticle ? new HashMap<>()
                : store.articleYears(everyArticle ? "" : spec.query());
        BiConsumer<RelationLink, Supplier<String>> gather = (link, sentence) -> {
            Integer year = articleYears.get(link.documentId());
            if (!everyArticle && year == null) {
                return;
            }
            List<Integer> years = EdgeSummary.evidenceYears(link.years(), year);
            if (!spec.yearAllowed(years)) {
                return;
            }
            String a = link.sourceId();
            String b = link.targetId();
            if (a.equals(b)) {
                return;
            }
            Entity ea = entities.computeIfAbsent(a, store::entity).orElse(null);
            Entity eb = entities.computeIfAbsent(b, store::entity).orElse(null);
            if (ea == null || eb == null || !spec.types().contains(ea.type()) || !spec.types().contains(eb.type())) {
                return;
            }
            boolean directed = !link.type().symmetric();
            String s = directed || a.compareTo(b) < 0 ? a : b;
            String t = s.equals(a) ? b : a;
            drafts.computeIfAbsent(new EdgeKey(link.type(), s, t), k -> new Draft(s, t, link.type(), directed, spec.evidence()))
                    .add(link.documentId(), sentence, Math.max(1, link.count()), years);
        };
        if (grown) {
            gatherAround(spec, gather, drafts, everyArticle ? articleYears : null);
        } else {
            store.forEachLink(spec.relations(), null, false, gather);
        }
        Map<EdgeKey, Draft> gathered = spec.projection() == NetworkSpec.Projection.NONE ? drafts
                : project(drafts.values(), spec, entities);
        List<NetworkEdge> edges = new ArrayList<>();
        for (Draft d : gathered.values()) {
            if (d.weight >= spec.minWeight()) {
                edges.add(d.edge());
            }
        }
        if (!spec.seeds().isEmpty()) {
            Set<String> kept = withinHops(spec.seeds(), spec.hops(), edges);
            edges.removeIf(e -> !kept.contains(e.source()) || !kept.contains(e.target()));
        }
        Set<String> ids = new HashSet<>();
        edges.forEach(e -> {
            ids.add(e.source());
            ids.add(e.target());
        });
        spec.seeds().stream().filter(id -> spec.projection() == NetworkSpec.Projection.NONE
                || entities.computeIfAbsent(id, store::entity).map(e -> e.type() == projected(spec)).orElse(false))
                .forEach(ids::add);
        List<Entity> found = new ArrayList<>();
        for (String id : ids) {
            entities.computeIfAbsent(id, store::entity).ifPresent(found::add);
        }
        return new Network(nodesInOrder(found), inOrder(edges, ids));
    }

    /** The nodes of these entities (without metrics), the most mentioned first, then by id. */
    static List<NetworkNode> nodesInOrder(Collection<Entity> entities) {
        List<NetworkNode> nodes = new ArrayList<>();
        entities.forEach(e -> nodes.add(new NetworkNode(e, Map.of(), -1, -1)));
        nodes.sort(Comparator.comparingInt((NetworkNode n) -> n.entity().mentions()).reversed()
                .thenComparing(NetworkNode::id));
        return nodes;
    }

    /**
     * Gathers the relations within {@code spec.hops()} of the seeds, reading only those that touch the
     * frontier at each hop, and at the last hop those among the entities reached: every edge the
     * whole-index gathering would keep once cut to the hops, with the same weight, for a fraction of the
     * reading. A relation already gathered from an earlier hop's end is not gathered again.
     *
     * @param articleYears when not null, filled with the years of the articles of each hop's relations
     *                     before they are gathered (one lookup for them all)
     */
    private void gatherAround(NetworkSpec spec, BiConsumer<RelationLink, Supplier<String>> gather,
                              Map<EdgeKey, Draft> drafts, Map<String, Integer> articleYears) {
        Set<String> reached = new HashSet<>(spec.seeds());
        Set<String> read = new HashSet<>();
        Set<String> frontier = new HashSet<>(spec.seeds());
        for (int hop = 0; !frontier.isEmpty(); hop++) {
            boolean last = hop == spec.hops();
            // at the last hop only the relations among the entities reached count: ask for those alone, as
            // the frontier's hubs may have millions of others
            Set<String> touching = frontier;
            Set<String> ends = last ? reached : frontier;
            if (articleYears != null) {
                Set<String> articles = new HashSet<>();
                store.forEachLink(spec.relations(), ends, last, (link, sentence) -> articles.add(link.documentId()));
                articles.removeAll(articleYears.keySet());
                articleYears.putAll(store.articleYears(articles));
            }
            store.forEachLink(spec.relations(), ends, last, (link, sentence) -> {
                String a = link.sourceId();
                String b = link.targetId();
                if (!read.contains(a) && !read.contains(b) && (touching.contains(a) || touching.contains(b))) {
                    gather.accept(link, sentence);
                }
            });
            read.addAll(frontier);
            if (last) {
                break;
            }
            Set<String> next = new HashSet<>();
            for (Draft d : drafts.values()) {
                if (d.weight >= spec.minWeight() && (frontier.contains(d.source) || frontier.contains(d.target))) {
                    for (String end : List.of(d.source, d.target)) {
                        if (reached.add(end)) {
                            next.add(end);
                        }
                    }
                }
            }
            frontier = next;
        }
    }

    /**
     * The edges by source, then target, then relation type. Millions of edges would make millions of
     * string comparisons: the ids are ranked once and the edges sorted by rank.
     */
    static List<NetworkEdge> inOrder(List<NetworkEdge> edges, Set<String> ids) {
        String[] sorted = ids.toArray(String[]::new);
        Arrays.sort(sorted);
        Map<String, Integer> rank = new HashMap<>(sorted.length * 2);
        for (String id : sorted) {
            rank.put(id, rank.size());
        }
        long[] keys = new long[edges.size()];
        for (int i = 0; i < keys.length; i++) {
            NetworkEdge e = edges.get(i);
            // 8 bits for the type, 26 for the target's rank, the rest for the source's: fits 67 million nodes
            keys[i] = (long) rank.get(e.source()) << 34 | (long) rank.get(e.target()) << 8 | e.type().ordinal();
        }
        // the keys are distinct: sort a copy, then put each edge at its key's place
        long[] sortedKeys = keys.clone();
        Arrays.sort(sortedKeys);
        NetworkEdge[] out = new NetworkEdge[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[Arrays.binarySearch(sortedKeys, keys[i])] = edges.get(i);
        }
        return Arrays.asList(out);
    }

    /**
     * The one-mode projection of the person–group affiliation edges: two people (or two groups) are linked
     * once for each group (or person) they share; the edge's documents, years and evidence are those of
     * the two affiliations.
     */
    private static Map<EdgeKey, Draft> project(Iterable<Draft> drafts, NetworkSpec spec,
                                              Map<String, Optional<Entity>> entities) {
        Set<RelationType> ties = new HashSet<>(AFFILIATIONS);
        ties.retainAll(spec.relations());
        if (ties.isEmpty()) {
            ties = spec.relations(); // no affiliation type asked for: any person–group edge counts
        }
        EntityType kept = projected(spec);
        Map<String, List<Draft>> byShared = new LinkedHashMap<>();
        for (Draft d : drafts) {
            EntityType ts = type(entities, d.source);
            EntityType tt = type(entities, d.target);
            if (!ties.contains(d.type) || ts == tt || ts == EntityType.PLACE || tt == EntityType.PLACE) {
                continue;
            }
            String shared = ts == kept ? d.target : d.source;
            byShared.computeIfAbsent(shared, k -> new ArrayList<>()).add(d);
        }
        RelationType type = kept == EntityType.PERSON ? RelationType.SHARES_GROUP : RelationType.SHARES_MEMBER;
        Map<EdgeKey, Draft> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Draft>> e : byShared.entrySet()) {
            String sharedName = entities.get(e.getKey()).map(Entity::canonical).orElse(e.getKey());
            List<Draft> ties2 = e.getValue();
            for (int i = 0; i < ties2.size(); i++) {
                for (int j = i + 1; j < ties2.size(); j++) {
                    String a = ties2.get(i).other(e.getKey());
                    String b = ties2.get(j).other(e.getKey());
                    if (a.equals(b)) {
                        continue;
                    }
                    String s = a.compareTo(b) < 0 ? a : b;
                    String t = s.equals(a) ? b : a;
                    Draft d = out.computeIfAbsent(new EdgeKey(type, s, t),
                            k -> new Draft(s, t, type, false, spec.evidence()));
                    d.add(ties2.get(i), ties2.get(j), "both tied to " + sharedName);
                }
            }
        }
        return out;
    }

    private static EntityType projected(NetworkSpec spec) {
        return spec.projection() == NetworkSpec.Projection.PEOPLE ? EntityType.PERSON : EntityType.GROUP;
    }

    private static EntityType type(Map<String, Optional<Entity>> entities, String id) {
        return entities.getOrDefault(id, Optional.empty()).map(Entity::type).orElse(null);
    }

    /** The seeds and every entity reachable from them in at most {@code hops} steps, in either direction. */
    static Set<String> withinHops(List<String> seeds, int hops, List<NetworkEdge> edges) {
        Map<String, List<String>> neighbours = new HashMap<>();
        for (NetworkEdge e : edges) {
            neighbours.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.target());
            neighbours.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e.source());
        }
        Map<String, Integer> distance = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String s : seeds) {
            distance.put(s, 0);
            queue.add(s);
        }
        while (!queue.isEmpty()) {
            String n = queue.poll();
            int d = distance.get(n);
            if (d == hops) {
                continue;
            }
            for (String m : neighbours.getOrDefault(n, List.of())) {
                if (distance.putIfAbsent(m, d + 1) == null) {
                    queue.add(m);
                }
            }
        }
        return distance.keySet();
    }

    /** What makes an edge one edge: its relation type and its two ends. */
    private record EdgeKey(RelationType type, String source, String target) {
    }

    /** An edge being gathered from its evidence. */
    private static final class Draft {
        final String source;
        final String target;
        final RelationType type;
        final boolean directed;
        final int evidenceKept;
        /** The articles of the evidence: one in most edges, so a set only once there is a second. */
        String onlyDocument;
        Set<String> documents;
        final List<String> evidence = new ArrayList<>();
        int weight;
        Integer first;
        Integer last;

        Draft(String source, String target, RelationType type, boolean directed, int evidenceKept) {
            this.evidenceKept = evidenceKept;
            this.source = source;
            this.target = target;
            this.type = type;
            this.directed = directed;
        }

        void add(String document, Supplier<String> sentence, int count, List<Integer> years) {
            weight += count;
            addDocument(document);
            if (evidence.size() < evidenceKept) {
                evidence.add(EdgeSummary.evidenceText(sentence.get()));
            }
            years.forEach(this::year);
        }

        /** One shared affiliation of a projected edge: its two ties' documents and years. */
        void add(Draft tie, Draft other, String note) {
            weight++;
            tie.documents().forEach(this::addDocument);
            other.documents().forEach(this::addDocument);
            if (evidence.size() < evidenceKept) {
                evidence.add(note);
            }
            for (Draft d : List.of(tie, other)) {
                if (d.first != null) {
                    year(d.first);
                    year(d.last);
                }
            }
        }

        private void addDocument(String document) {
            if (documents != null) {
                documents.add(document);
            } else if (onlyDocument == null) {
                onlyDocument = document;
            } else if (!onlyDocument.equals(document)) {
                documents = new HashSet<>();
                documents.add(onlyDocument);
                documents.add(document);
            }
        }

        Set<String> documents() {
            return documents != null ? documents : onlyDocument == null ? Set.of() : Set.of(onlyDocument);
        }

        private void year(int y) {
            first = first == null ? y : Math.min(first, y);
            last = last == null ? y : Math.max(last, y);
        }

        String other(String end) {
            return source.equals(end) ? target : source;
        }

        NetworkEdge edge() {
            return new NetworkEdge(source, target, type, directed, weight, documents(), first, last, evidence);
        }
    }
}
