package org.trawl.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trawl.model.Entity;
import org.trawl.model.EntityType;
import org.trawl.model.RelationType;
import org.trawl.store.EdgeSummary;
import org.trawl.store.StoreReader;

/**
 * Builds the network around seeds that a screen can show: at most a given number of entities, chosen hop
 * by hop by the strength of their ties (the evidence weight of their edges) to the entities the hop
 * expands, with every edge among them exactly as the whole network has it. It reads the relations of the
 * entities it expands and those among the entities it keeps, never those among all the neighbours of a
 * hub, so its cost is bounded by the view rather than by the index.
 *
 * <p>Each hop but the last takes at most its share of the nodes left (half of them of two hops), so that
 * a hub's strongest ties do not crowd out the next hop; of the entities a hop chooses, the strongest are
 * expanded until their mentions pass a reading budget. When everything within the hops fits, the view
 * is the whole grown network ({@link EgoView#complete()}).
 *
 * <p>From a store that keeps {@link EdgeSummary edge summaries} it reads one summary per edge, never the
 * relation records behind it; the edges then have their weights, article counts and years as the whole
 * network has them, and the first evidence sentences ingested.
 *
 * <p>It serves the plain grown network: no projection, search query or years, and every entity type;
 * {@link #serves} says whether a selection is one.
 */
public final class EgoViewBuilder {

    /**
     * The mentions of the entities a hop expands, past its strongest one: a rough measure of the relation
     * records the next hop reads (a few per mention), so that a 2-hop view of a hub reads a bounded part of
     * a large index.
     */
    static final long EXPANSION_MENTIONS = 20_000;

    private final StoreReader store;

    public EgoViewBuilder(StoreReader store) {
        this.store = store;
    }

    /**
     * A bounded view of a network.
     *
     * @param network      the entities chosen and every edge among them, as the whole network has them
     * @param reachedNodes the entities the reading reached within the hops (the seeds included): all of
     *                     them for one hop or a complete view, a lower bound otherwise
     * @param reachedEdges the edges read: those of the entities expanded and those among the entities kept
     * @param complete     whether the view holds everything within the hops, so that the counts are exact
     */
    public record EgoView(Network network, int reachedNodes, int reachedEdges, boolean complete) {
    }

    /** Whether a selection is one this builder serves: seeds, no projection, query or years, all entity types. */
    public static boolean serves(NetworkSpec spec) {
        return !spec.seeds().isEmpty() && spec.projection() == NetworkSpec.Projection.NONE
                && (spec.query() == null || spec.query().isBlank()) && spec.fromYear() == null
                && spec.toYear() == null && spec.types().containsAll(EnumSet.allOf(EntityType.class));
    }

    /** The view of at most {@code maxNodes} entities (the seeds first) of the network the spec selects. */
    public EgoView build(NetworkSpec spec, int maxNodes) {
        if (!serves(spec)) {
            throw new IllegalArgumentException("a bounded view needs seeds and no projection, query, years or type filter");
        }
        boolean summaries = spec.evidence() <= EdgeSummary.EVIDENCE_KEPT && store.keepsEdgeSummaries();
        Set<String> chosen = new LinkedHashSet<>(spec.seeds());
        Set<String> expanded = new HashSet<>();
        Map<String, Integer> weights = new HashMap<>(); // by edge: its evidence weight, as the network counts it
        Set<String> reached = new HashSet<>(spec.seeds());
        List<String> frontier = new ArrayList<>(spec.seeds());
        boolean complete = true;
        for (int hop = 1; hop <= spec.hops() && !frontier.isEmpty(); hop++) {
            Set<String> reading = new HashSet<>(frontier);
            if (summaries) {
                store.forEachEdge(spec.relations(), reading, false, 0,
                        e -> tally(weights, expanded, e.type(), e.sourceId(), e.targetId(), e.weight()));
            } else {
                store.forEachLink(spec.relations(), reading, false, (link, sentence) ->
                        tally(weights, expanded, link.type(), link.sourceId(), link.targetId(), Math.max(1, link.count())));
            }
            expanded.addAll(frontier);
            Map<String, Long> strength = new HashMap<>();
            weights.forEach((key, weight) -> {
                if (weight >= spec.minWeight()) {
                    String[] ends = ends(key);
                    for (int i = 0; i < 2; i++) {
                        if (!chosen.contains(ends[i]) && reading.contains(ends[1 - i])) {
                            strength.merge(ends[i], (long) weight, Long::sum);
                        }
                    }
                }
            });
            reached.addAll(strength.keySet());
            int left = maxNodes - chosen.size();
            int take = hop < spec.hops() ? (left + spec.hops() - hop) / (spec.hops() - hop + 1) : left;
            List<String> picked = strength.keySet().stream()
                    .sorted(Comparator.comparingLong((String id) -> strength.get(id)).reversed()
                            .thenComparing(Comparator.naturalOrder()))
                    .limit(Math.max(0, take)).toList();
            chosen.addAll(picked);
            complete &= picked.size() == strength.size();
            if (hop < spec.hops()) {
                frontier = expansion(picked);
                complete &= frontier.size() == picked.size();
            }
        }
        Network network = summaries ? among(chosen, spec)
                : new NetworkBuilder(store).build(new NetworkSpec(List.copyOf(chosen), 0, spec.types(),
                        spec.relations(), spec.minWeight(), null, null, null, NetworkSpec.Projection.NONE, spec.evidence()));
        Set<String> edges = new HashSet<>();
        weights.forEach((key, weight) -> {
            if (weight >= spec.minWeight()) {
                edges.add(key);
            }
        });
        network.edges().forEach(e -> edges.add(key(e.type(), e.source(), e.target())));
        network.nodes().forEach(n -> reached.add(n.id()));
        return new EgoView(network, reached.size(), edges.size(), complete);
    }

    /** An edge read from an entity a hop expands, unless it is a loop or was read from an earlier hop's end. */
    private static void tally(Map<String, Integer> weights, Set<String> expanded, RelationType type, String a, String b,
                              int weight) {
        if (!a.equals(b) && !expanded.contains(a) && !expanded.contains(b)) {
            weights.merge(key(type, a, b), weight, Integer::sum);
        }
    }

    /**
     * The network of these entities from the summaries of the edges among them: what the network builder
     * makes of them from their relations (every entity the store has, the edges heavy enough, in its order).
     */
    private Network among(Set<String> ids, NetworkSpec spec) {
        Map<String, Entity> entities = new HashMap<>();
        for (String id : ids) {
            store.entity(id).ifPresent(e -> entities.put(id, e));
        }
        List<NetworkEdge> edges = new ArrayList<>();
        store.forEachEdge(spec.relations(), entities.keySet(), true, spec.evidence(), e -> {
            if (e.weight() >= spec.minWeight() && entities.containsKey(e.sourceId()) && entities.containsKey(e.targetId())) {
                edges.add(new NetworkEdge(e.sourceId(), e.targetId(), e.type(), !e.type().symmetric(), e.weight(),
                        Set.of(), e.firstYear(), e.lastYear(), e.evidence(), e.articles()));
            }
        });
        return new Network(NetworkBuilder.nodesInOrder(entities.values()), NetworkBuilder.inOrder(edges, entities.keySet()));
    }

    /** The strongest of a hop's entities, in order, until their mentions pass the reading budget. */
    private List<String> expansion(List<String> picked) {
        List<String> out = new ArrayList<>();
        long mentions = 0;
        for (String id : picked) {
            long m = store.entity(id).map(Entity::mentions).orElse(0);
            if (!out.isEmpty() && mentions + m > EXPANSION_MENTIONS) {
                break;
            }
            out.add(id);
            mentions += m;
        }
        return out;
    }

    /** An edge's key as the network builder makes it: a symmetric relation's ends in order. */
    private static String key(RelationType type, String a, String b) {
        boolean swap = type.symmetric() && a.compareTo(b) > 0;
        return type.name() + '\u0000' + (swap ? b : a) + '\u0000' + (swap ? a : b);
    }

    private static String[] ends(String key) {
        int i = key.indexOf('\u0000');
        int j = key.indexOf('\u0000', i + 1);
        return new String[] {key.substring(i + 1, j), key.substring(j + 1)};
    }
}
