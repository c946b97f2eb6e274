package org.trawl.store;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writing the index failed: the disk is full, or another I/O error, or Lucene's writer closed itself after
 * one (a merge that ran out of space). Nothing more can be written in this run; what the last commit holds
 * stays, and the index opens as of that commit.
 */
public final class IndexWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path indexDir;

    public IndexWriteException(Path indexDir, Throwable cause) {
        super(describe(indexDir, cause), cause);
        this.indexDir = indexDir;
    }

    public Path indexDir() {
        return indexDir;
    }

    /** True when the cause, or one of its causes, is the operating system's "no space left on device". */
    public boolean noSpace() {
        return noSpace(getCause());
    }

    /** True when this failure, or one of its causes or suppressed failures, is a full disk. */
    public static boolean noSpace(Throwable t) {
        for (int depth = 0; t != null && depth < 20; t = t.getCause(), depth++) {
            String m = t.getMessage();
            if (t instanceof IOException && m != null && (m.toLowerCase(Locale.ROOT).contains("no space left")
                    || m.toLowerCase(Locale.ROOT).contains("disk quota exceeded"))) {
                return true;
            }
            for (Throwable s : t.getSuppressed()) {
                if (noSpace(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The device (file system) the index is on, as the operating system names it: /dev/sda1, tmpfs. */
    public static String device(Path indexDir) {
        try {
            Path p = indexDir.toAbsolutePath();
            while (p != null && !Files.exists(p)) {
                p = p.getParent();
            }
            FileStore store = Files.getFileStore(p == null ? indexDir : p);
            return store.name();
        } catch (IOException | RuntimeException e) {
            return "(unknown device)";
        }
    }

    private static String describe(Path indexDir, Throwable cause) {
        if (noSpace(cause)) {
            return "no space left on device " + device(indexDir) + " for the index " + indexDir;
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "cannot write the index " + indexDir + " on device " + device(indexDir) + ": " + why;
    }
}
