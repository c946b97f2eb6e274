package org.trawl.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Article paths: a file and an entry never share one, and an entry's path names its container. */
class ArticlePathsTest {

    @Test
    void aNameEndingInBangsIsDoubledSoThatAnOddRunIsAlwaysTheStepIntoAContainer() {
        assertEquals("/d/x.zip!!/a.txt", ArticlePaths.of(Path.of("/d/x.zip!/a.txt")));
        assertEquals("/d/x.zip!/a.txt", ArticlePaths.entry(ArticlePaths.of(Path.of("/d/x.zip")), "a.txt"));
        assertEquals("/d/x.zip!!!/a.txt", ArticlePaths.entry(ArticlePaths.of(Path.of("/d/x.zip!")), "a.txt"));
        assertEquals("/d/Wow!.txt", ArticlePaths.of(Path.of("/d/Wow!.txt")), "a bang inside a name stays as it is");

        assertNull(ArticlePaths.container("/d/x.zip!!/a.txt"));
        assertEquals("/d/x.zip", ArticlePaths.container("/d/x.zip!/a.txt"));
        assertEquals("/d/x.zip!!", ArticlePaths.container("/d/x.zip!!!/a.txt"));
        assertEquals("/d/b.zip", ArticlePaths.container("/d/b.zip!/inner.zip!/c.txt"));
    }
}
