package org.trawl.graph;

import java.util.Map;
import org.trawl.model.Entity;

/**
 * A node of a network: an entity with its measures.
 *
 * @param entity    the entity (id, name, type, names seen, mention and document counts)
 * @param metrics   measure name → value (degree, weighted_degree, betweenness, closeness, pagerank,
 *                  clustering); empty until {@link NetworkMetrics} has run
 * @param component connected component number, from 0 (largest first), or -1
 * @param community community number from modularity clustering, or -1
 */
public record NetworkNode(Entity entity, Map<String, Double> metrics, int component, int community) {

    public NetworkNode {
        metrics = Map.copyOf(metrics);
    }

    public String id() {
        return entity.id();
    }

    public double metric(String name) {
        return metrics.getOrDefault(name, 0.0);
    }
}
