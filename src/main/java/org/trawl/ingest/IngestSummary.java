package org.trawl.ingest;

import java.util.List;
import java.util.Map;
import org.trawl.model.OrderedCopy;

/**
 * What an ingest run did.
 *
 * @param seen          files found
 * @param added         new articles indexed
 * @param updated       changed files whose new content replaced the old
 * @param unchanged     files skipped because the index already has them as they are
 * @param duplicates    files whose content the index already had under another path
 * @param nearDuplicates new articles that nearly repeat one already indexed (the same story with small
 *                      edits): stored and searchable, their names and relations not counted again
 * @param failed        files that failed in this run
 * @param skippedFailed files that failed before and have not changed (not retried)
 * @param containers    archives and mailboxes taken apart in this run; their entries are counted as files
 *                      in the other counts
 * @param failures      the failures of this run
 * @param mentions      mentions extracted in this run
 * @param entities      distinct entities named by the articles of this run
 * @param relations     relations extracted in this run: typed ones and co-occurrences
 * @param tokens        tokens analysed in this run
 * @param seconds       wall time
 * @param stageSeconds  time per stage, summed over threads
 * @param indexTotals   totals of the index after the run: documents, entities, relations
 * @param skipped       paths the crawl skipped on purpose, with the reason: symbolic links leading outside
 *                      the folder given, dangling links, link loops, FIFOs, devices and sockets
 * @param typedRelations the relations of this run of a named type (LEADS, MEMBER_OF, ...), not CO_OCCURS
 */
public record IngestSummary(long seen, long added, long updated, long unchanged, long duplicates,
                            long nearDuplicates, long failed,
                            long skippedFailed, long containers, List<Failure> failures, long mentions, long entities,
                            long relations, long tokens, double seconds, Map<String, Double> stageSeconds,
                            Map<String, Long> indexTotals, List<Skipped> skipped,
                            long typedRelations) {

    /** A file that failed, and why. */
    public record Failure(String path, String stage, String reason) {
    }

    /** A path that was not read on purpose, and why. */
    public record Skipped(String path, String reason) {
    }

    public IngestSummary {
        failures = List.copyOf(failures);
        skipped = List.copyOf(skipped);
        stageSeconds = OrderedCopy.of(stageSeconds);
        indexTotals = OrderedCopy.of(indexTotals);
    }

    /** Co-occurrences of this run: entities named in one sentence with no typed relation between them. */
    public long cooccurrences() {
        return relations - typedRelations;
    }

    /** Articles processed (new and updated) per second of wall time. */
    public double documentsPerSecond() {
        return seconds <= 0 ? 0 : (added + updated + nearDuplicates) / seconds;
    }
}
