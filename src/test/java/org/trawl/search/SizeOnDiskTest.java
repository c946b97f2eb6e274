package org.trawl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index size of {@code stats} while an ingest merges segments away: vanished files count as nothing. */
class SizeOnDiskTest {

    @TempDir
    Path dir;

    @Test
    void filesAndFoldersVanishingDuringTheWalkAreNotAnError() throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("_1.cfs"), "12345");
        Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("_2.cfs"), "12345");
        Files.writeString(dir.resolve("a/_3.cfs"), "12345");
        boolean[] deleted = {false};
        long size = StatsQueries.sizeOnDisk(dir, file -> {
            if (!deleted[0]) {
                deleted[0] = true;
                // the first file seen: everything else goes, as a merge would delete it
                try (Stream<Path> all = Files.walk(dir)) {
                    for (Path x : all.sorted(Comparator.reverseOrder()).toList()) {
                        if (!file.startsWith(x)) {
                            Files.delete(x);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        assertEquals(5, size);
        assertEquals(0, StatsQueries.sizeOnDisk(dir.resolve("gone"), f -> { }));
    }
}
