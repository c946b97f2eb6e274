package org.trawl.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trawl.Fixtures;

/** MinHash sketches tell a lightly edited copy from a different article. */
class MinHashTest {

    @Test
    void copiesAreNearAndDifferentArticlesFar() throws Exception {
        List<String> corpus = Fixtures.corpus().stream().map(p -> {
            try {
                return Files.readString(p);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        long[] a = MinHash.signature(corpus.get(1));
        assertEquals(1.0, MinHash.similarity(a, MinHash.signature(corpus.get(1))));
        assertEquals(MinHash.bands(a), MinHash.bands(MinHash.signature(corpus.get(1).toUpperCase())), "case is folded");
        double copy = MinHash.similarity(a, MinHash.signature(Fixtures.syndicatedCopy(corpus.get(1))));
        assertTrue(copy >= MinHash.NEAR_DUPLICATE, "an edited copy: " + copy);
        for (int i = 0; i < corpus.size(); i++) {
            for (int j = i + 1; j < corpus.size(); j++) {
                double s = MinHash.similarity(MinHash.signature(corpus.get(i)), MinHash.signature(corpus.get(j)));
                assertTrue(s < 0.2, i + " vs " + j + ": " + s);
            }
        }
        // half an article is not a near-duplicate of the whole
        String whole = corpus.get(0);
        double half = MinHash.similarity(MinHash.signature(whole), MinHash.signature(whole.substring(0, whole.length() / 2)));
        assertTrue(half < MinHash.NEAR_DUPLICATE, "half: " + half);
        assertNull(MinHash.signature("Too short to say whether it is a copy."));
        assertEquals(a.length, MinHash.fromBytes(MinHash.toBytes(a), 0, MinHash.HASHES * 8).length);
    }
}
