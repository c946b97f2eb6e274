package org.trawl.store;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
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

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public EdgeSummary {
        Objects.requireNonNull(type, "type");
        evidence = List.copyOf(evidence);
    }

    /** An evidence sentence as networks show it: stripped, its whitespace (line breaks) collapsed. */
    public static String evidenceText(String sentence) {
        return WHITESPACE.matcher(sentence.strip()).replaceAll(" ");
    }

    /** The years a relation's evidence stands for: those it states, or else its article's (0 or null: unknown). */
    public static List<Integer> evidenceYears(List<Integer> stated, Integer articleYear) {
        return !stated.isEmpty() || articleYear == null || articleYear == 0 ? stated : List.of(articleYear);
    }

    /** The ends as a summary keeps them: for a symmetric type, the smaller id first. */
    public static boolean inOrder(RelationType type, String source, String target) {
        return !type.symmetric() || source.compareTo(target) <= 0;
    }
}
