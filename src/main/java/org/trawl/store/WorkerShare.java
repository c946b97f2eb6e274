package org.trawl.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which share of the files one ingest worker takes when several, on one machine or many, ingest the same
 * shared folder into one store ({@code --worker K/N}): the files whose relative path hashes to K among N.
 * The split is deterministic and needs no coordinator: every worker computes it alone, each file goes to
 * exactly one worker, and a worker run again takes the same files. Each worker writes as a writer of its
 * own ({@link #writerName()}), so N workers hold N write locks of the store, and a second worker K is refused.
 *
 * @param worker  this worker, 1 to {@code workers}
 * @param workers how many workers share the files
 */
public record WorkerShare(int worker, int workers) {

    /** One writer taking every file: an ordinary ingest. */
    public static final WorkerShare ALL = new WorkerShare(1, 1);

    public WorkerShare {
        if (workers < 1 || worker < 1 || worker > workers) {
            throw new IllegalArgumentException("--worker " + worker + "/" + workers
                    + " is not a share: K/N with 1 ≤ K ≤ N (for example 1/2 and 2/2)");
        }
    }

    /**
     * Reads {@code K/N}.
     *
     * @throws IllegalArgumentException naming the value and what is wrong with it
     */
    public static WorkerShare parse(String value) {
        String[] parts = value == null ? new String[0] : value.strip().split("/");
        try {
            if (parts.length == 2) {
                return new WorkerShare(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new IllegalArgumentException("--worker '" + value
                + "' is not a share: K/N with 1 ≤ K ≤ N (for example 1/2)");
    }

    /** True when the file at this path (relative to the folder given to ingest, '/'-separated) is this worker's. */
    public boolean takes(String relativePath) {
        if (workers == 1) {
            return true;
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(relativePath.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | (h[i] & 0xFF);
            }
            return Math.floorMod(v, workers) == worker - 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The name this worker writes under: its write lock's. */
    public String writerName() {
        return workers == 1 ? "writer" : "worker-" + worker + "-of-" + workers;
    }
}
