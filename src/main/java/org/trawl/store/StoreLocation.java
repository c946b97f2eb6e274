package org.trawl.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a store is: what the one store factory opens. Today a folder on this machine holding an embedded
 * index ({@code --index DIR}, {@code TRAWL_INDEX}); a store on a cluster would be another kind of
 * location, named by the user in the same option block and opened by the same factory.
 */
public sealed interface StoreLocation permits StoreLocation.Folder {

    /** A folder of this machine holding an embedded index (created by the first ingest). */
    record Folder(Path path) implements StoreLocation {
        public Folder {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    static StoreLocation folder(Path path) {
        return new Folder(path);
    }
}
