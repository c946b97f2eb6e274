package org.trawl.search;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.search.IndexSearcher;
import org.trawl.index.Matches;
import org.trawl.index.RecordMapper;
import org.trawl.index.Records;
import org.trawl.index.Schema;
import org.trawl.model.EntityType;
import org.trawl.model.RelationType;
import org.trawl.store.FailureRecord;
import org.trawl.store.IndexStats;

/** Counts over the whole index, its size on disk, and the files that failed to ingest. */
final class StatsQueries {

    private StatsQueries() {
    }

    static IndexStats stats(IndexSearcher s, int topEntities, Path indexDir) throws IOException {
        Map<String, Long> entitiesByType = new LinkedHashMap<>();
        Map<String, Long> mentionsByType = new LinkedHashMap<>();
        for (EntityType t : EntityType.values()) {
            entitiesByType.put(t.name(), (long) s.count(Matches.all(Matches.kind(Schema.KIND_ENTITY),
                    Matches.term(Schema.TYPE, t.name()))));
            mentionsByType.put(t.name(), (long) s.count(Matches.all(Matches.kind(Schema.KIND_MENTION),
                    Matches.term(Schema.TYPE, t.name()))));
        }
        Map<String, Long> relationsByType = new LinkedHashMap<>();
        for (RelationType t : RelationType.values()) {
            long n = s.count(Matches.all(Matches.kind(Schema.KIND_RELATION), Matches.term(Schema.RELATION_TYPE, t.name())));
            if (n > 0) {
                relationsByType.put(t.name(), n);
            }
        }
        int entities = Records.count(s, Schema.KIND_ENTITY);
        return new IndexStats(
                Records.count(s, Schema.KIND_DOC),
                Records.count(s, Schema.KIND_MENTION),
                entities,
                Records.count(s, Schema.KIND_RELATION),
                Records.count(s, Schema.KIND_PATH),
                Records.count(s, Schema.KIND_FAILURE),
                entitiesByType, mentionsByType, relationsByType,
                EntityQueries.mostMentioned(s, null, Math.max(1, topEntities)).subList(0, Math.min(topEntities, entities)),
                sizeOnDisk(indexDir, p -> { }));
    }

    /** Every file that failed to ingest, by path. */
    static List<FailureRecord> failures(IndexSearcher s) throws IOException {
        List<FailureRecord> out = new ArrayList<>();
        Matches.forEach(s, Matches.kind(Schema.KIND_FAILURE), d -> out.add(RecordMapper.failureRecord(d)));
        out.sort(Comparator.comparing(FailureRecord::path));
        return out;
    }

    /**
     * The bytes of the regular files under {@code dir}. Files and folders that vanish during the walk (a
     * merge removing segment files while an ingest runs) count as nothing, never as an error. {@code onFile}
     * sees each file before it is counted (tests make things vanish there).
     */
    static long sizeOnDisk(Path dir, Consumer<Path> onFile) {
        long[] total = {0};
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    onFile.accept(file);
                    if (attrs.isRegularFile()) {
                        total[0] += attrs.size();
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // merged away while we walked
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            return total[0];
        }
        return total[0];
    }
}
