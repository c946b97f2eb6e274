package org.trawl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.store.PathRecord;
import org.trawl.store.QuerySyntaxException;
import org.trawl.store.SearchRequest;
import org.trawl.store.StoreReader;

/**
 * Costly queries are refused with a one-line reason (a 400 on the web, see {@code WebApiTest}) instead of
 * keeping the index busy, and ordinary regular expressions, fuzzy terms and long queries still work.
 */
class QueryCostTest {

    @TempDir
    Path dir;

    @BeforeEach
    void sevenArticles() throws Exception {
        try (LuceneStore store = LuceneStore.openForWriting(dir)) {
            for (int i = 0; i < 7; i++) {
                String text = "Anjem Choudary spoke in London on day " + i + " about zebra" + i + " and quartz.";
                store.put(LuceneStoreTest.article("d" + i, text, List.of()), new PathRecord("/data/d" + i, "d" + i, 1, 1));
            }
            store.commit();
        }
    }

    @Test
    void costlyRegularExpressionsAreRefusedWithTheReason() throws Exception {
        try (StoreReader store = LuceneStore.openForReading(dir)) {
            for (String q : List.of("/.{0,65535}/", "/((a{0,99}){0,99}){0,99}/", "/" + "a".repeat(300) + "/",
                    "/(.{0,3000})/ AND london")) {
                long t = System.nanoTime();
                QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                        () -> store.search(SearchRequest.of(q, 10)), q);
                System.out.printf("costly query %s refused in %.0f ms%n", QueryLimits.shorten(q), (System.nanoTime() - t) / 1e6);
                assertTrue(e.getMessage().contains("too costly") || e.getMessage().contains("too long"), e.getMessage());
                assertEquals(1, e.getMessage().lines().count());
            }
            assertThrows(QuerySyntaxException.class, () -> store.search(SearchRequest.of(("x".repeat(50)) + "~2", 10)));
        }
    }

    @Test
    void tooManyClausesIsAQueryErrorNotAnInternalOne() throws Exception {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            q.append("word").append(i).append(' ');
        }
        try (StoreReader store = LuceneStore.openForReading(dir)) {
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                    () -> store.search(SearchRequest.of(q.toString(), 10)));
            assertTrue(e.getMessage().contains("too long"), e.getMessage());
        }
    }

    @Test
    void boundedRegularExpressionsAndFuzzyTermsStillWork() throws Exception {
        try (StoreReader store = LuceneStore.openForReading(dir)) {
            assertEquals(1, store.search(SearchRequest.of("/zebra[3]/", 10)).total());
            assertEquals(7, store.search(SearchRequest.of("/zeb.{0,10}/", 10)).total());
            assertEquals(7, store.search(SearchRequest.of("choudry~1", 10)).total());
            assertEquals(7, store.search(SearchRequest.of("anjem choudary london", 10)).total());
        }
    }
}
