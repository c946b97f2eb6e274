package org.trawl.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code --worker K/N}: every file goes to exactly one of the N workers, the same one each time. */
class WorkerShareTest {

    @Test
    void everyPathIsTakenByExactlyOneWorkerAndTheSharesAreEven() {
        int workers = 3;
        int[] taken = new int[workers];
        for (int i = 0; i < 3_000; i++) {
            String path = "news/" + (i % 7) + "/article-" + i + ".txt";
            int takers = 0;
            for (int k = 1; k <= workers; k++) {
                if (new WorkerShare(k, workers).takes(path)) {
                    takers++;
                    taken[k - 1]++;
                }
            }
            assertEquals(1, takers, path);
        }
        for (int t : taken) {
            assertTrue(t > 850 && t < 1_150, "an even share of 3,000: " + java.util.Arrays.toString(taken));
        }
        assertTrue(WorkerShare.ALL.takes("anything"));
        assertEquals(new WorkerShare(2, 3).takes("a/b.txt"), new WorkerShare(2, 3).takes("a/b.txt"));
    }

    @Test
    void sharesAreReadAsKOfNAndEachWorkerWritesUnderItsOwnName() {
        assertEquals(new WorkerShare(2, 4), WorkerShare.parse(" 2/4 "));
        assertEquals("writer", WorkerShare.ALL.writerName());
        assertNotEquals(WorkerShare.parse("1/2").writerName(), WorkerShare.parse("2/2").writerName());
        for (String bad : new String[] {"0/2", "3/2", "2", "a/b", "1/0", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkerShare.parse(bad));
            assertTrue(e.getMessage().startsWith("--worker "), e.getMessage());
        }
    }
}
