package org.trawl.graph;

import java.util.List;
import java.util.Set;
import org.trawl.model.RelationType;

/**
 * An edge of a network: every piece of evidence of one relation type between two entities.
 *
 * @param source    source entity id (for undirected types, the smaller id)
 * @param target    target entity id
 * @param type      relation type
 * @param directed  whether the relation has a direction
 * @param weight    number of evidence sentences
 * @param documents ids of the articles the evidence is in, when the edge was gathered from its relations;
 *                  empty when it was read from the index's summary of it, which counts them only
 * @param firstYear earliest year stated in the evidence, or null
 * @param lastYear  latest year stated in the evidence, or null
 * @param evidence  up to a few evidence sentences
 * @param articles  the number of articles the evidence is in
 */
public record NetworkEdge(String source, String target, RelationType type, boolean directed, int weight,
                          Set<String> documents, Integer firstYear, Integer lastYear, List<String> evidence,
                          int articles) {

    public NetworkEdge {
        documents = Set.copyOf(documents);
        evidence = List.copyOf(evidence);
    }

    /** An edge gathered from its relations, with the ids of their articles. */
    public NetworkEdge(String source, String target, RelationType type, boolean directed, int weight,
                       Set<String> documents, Integer firstYear, Integer lastYear, List<String> evidence) {
        this(source, target, type, directed, weight, documents, firstYear, lastYear, evidence, documents.size());
    }
}
