package org.trawl.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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

    @Test
    void theContainersOfEntriesAreTheirOutermostArchives() {
        assertEquals(Set.of("/d/b.zip", "/d/m.mbox"), ArticlePaths.containers(List.of("/d/b.zip!/inner.zip!/c.txt",
                "/d/b.zip!/a.txt", "/d/m.mbox!/message-00001.eml", "/d/x.zip!!/a.txt", "/d/plain.txt")));
    }
}
