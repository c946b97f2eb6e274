package org.trawl.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trawl.index.RelationFilter;
import org.trawl.index.Store;
import org.trawl.model.Entity;
import org.trawl.model.Relation;
import org.trawl.model.RelationType;

/**
 * Builds a network from the relations in the index: one edge per relation type and pair of entities,
 * weighted by its evidence sentences; then keeps the wanted entity types, the edges heavy enough, and,
 * when seeds are given, only what lies within the given number of hops of them.
 */
public final class NetworkBuilder {

    private static final int EVIDENCE_KEPT = 3;

    private final Store store;

    public NetworkBuilder(Store store) {
        this.store = store;
    }

    public Network build(NetworkSpec spec) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Map<String, Optional<Entity>> entities = new HashMap<>();
        store.forEachRelation(new RelationFilter(spec.relations(), Set.of(), null, 0), sr -> {
            Relation r = sr.relation();
            if (!spec.yearAllowed(r.years())) {
                return;
            }
            String a = r.source().entityId();
            String b = r.target().entityId();
            if (a.equals(b)) {
                return;
            }
            Entity ea = entities.computeIfAbsent(a, store::entity).orElse(null);
            Entity eb = entities.computeIfAbsent(b, store::entity).orElse(null);
            if (ea == null || eb == null || !spec.types().contains(ea.type()) || !spec.types().contains(eb.type())) {
                return;
            }
            boolean directed = !r.type().symmetric();
            String s = directed || a.compareTo(b) < 0 ? a : b;
            String t = s.equals(a) ? b : a;
            drafts.computeIfAbsent(r.type() + "|" + s + "|" + t, k -> new Draft(s, t, r.type(), directed))
                    .add(sr.documentId(), r);
        });
        List<NetworkEdge> edges = new ArrayList<>();
        for (Draft d : drafts.values()) {
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
        spec.seeds().forEach(ids::add);
        List<NetworkNode> nodes = new ArrayList<>();
        for (String id : ids) {
            entities.computeIfAbsent(id, store::entity)
                    .ifPresent(e -> nodes.add(new NetworkNode(e, Map.of(), -1, -1)));
        }
        nodes.sort(Comparator.comparingInt((NetworkNode n) -> n.entity().mentions()).reversed()
                .thenComparing(NetworkNode::id));
        edges.sort(Comparator.comparing(NetworkEdge::source).thenComparing(NetworkEdge::target)
                .thenComparing(NetworkEdge::type));
        return new Network(nodes, edges);
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

    /** An edge being gathered from its evidence. */
    private static final class Draft {
        final String source;
        final String target;
        final RelationType type;
        final boolean directed;
        final Set<String> documents = new HashSet<>();
        final List<String> evidence = new ArrayList<>();
        int weight;
        Integer first;
        Integer last;

        Draft(String source, String target, RelationType type, boolean directed) {
            this.source = source;
            this.target = target;
            this.type = type;
            this.directed = directed;
        }

        void add(String document, Relation r) {
            weight += Math.max(1, r.count());
            documents.add(document);
            if (evidence.size() < EVIDENCE_KEPT) {
                evidence.add(r.sentence().strip().replaceAll("\\s+", " "));
            }
            for (int y : r.years()) {
                first = first == null ? y : Math.min(first, y);
                last = last == null ? y : Math.max(last, y);
            }
        }

        NetworkEdge edge() {
            return new NetworkEdge(source, target, type, directed, weight, documents, first, last, evidence);
        }
    }
}
