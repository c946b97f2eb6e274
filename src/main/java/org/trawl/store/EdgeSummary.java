package org.trawl.store;

import java.util.List;
import java.util.Objects;
import org.trawl.model.RelationType;

/**
 * One edge of the whole network as the index keeps it, summed over all its relation records: what a
 * network view draws for it without reading those records. A store that keeps them brings every summary
 * up to date at each commit ({@link StoreReader#keepsEdgeSummaries()}).
 *
 * @param type      relation type
 * @param sourceId  the entity at the source end (for a symmetric type, the smaller id)
 * @param targetId  the entity at the target end
 * @param weight    evidence sentences, as a network weighs the edge
 * @param articles  articles the evidence is in
 * @param firstYear earliest year of the evidence (stated, or else its article's), or null
 * @param lastYear  latest such year, or null
 * @param evidence  the first few evidence sentences ingested (whitespace collapsed); empty unless asked for
 */
public record EdgeSummary(RelationType type, String sourceId, String targetId, int weight, int articles,
                          Integer firstYear, Integer lastYear, List<String> evidence) {

    /** The evidence sentences a summary keeps. */
    public static final int EVIDENCE_KEPT = 3;

    public EdgeSummary {
        Objects.requireNonNull(type, "type");
        evidence = List.copyOf(evidence);
    }

    /** The ends as a summary keeps them: for a symmetric type, the smaller id first. */
    public static boolean inOrder(RelationType type, String source, String target) {
        return !type.symmetric() || source.compareTo(target) <= 0;
    }
}
