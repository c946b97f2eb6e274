package org.trawl.ingest;

import java.nio.file.Path;
import java.util.List;
import org.trawl.store.WorkerShare;

/** The files of a walk that one ingest worker takes: its {@link WorkerShare} of their relative paths. */
final class WorkerFiles {

    private WorkerFiles() {
    }

    /** The files and problems of a walk that are this worker's, by their path relative to the root they are under. */
    static FileCrawler.Result share(FileCrawler.Result crawl, List<Path> roots, WorkerShare share) {
        if (share.workers() == 1) {
            return crawl;
        }
        return new FileCrawler.Result(
                crawl.files().stream().filter(f -> share.takes(relative(roots, f.path()))).toList(),
                crawl.problems().stream().filter(p -> share.takes(relative(roots, p.path()))).toList(),
                crawl.skipped());
    }

    /** A path relative to the first root it is under ('/'-separated), so every machine splits alike. */
    static String relative(List<Path> roots, Path file) {
        Path f = file.toAbsolutePath().normalize();
        for (Path root : roots) {
            Path r = root.toAbsolutePath().normalize();
            if (f.startsWith(r) && !f.equals(r)) {
                return r.relativize(f).toString().replace(java.io.File.separatorChar, '/');
            }
        }
        return String.valueOf(f.getFileName());
    }
}
