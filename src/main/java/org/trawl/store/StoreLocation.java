package org.trawl.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a store is: what the one store factory opens. A folder on this machine holding an embedded index
 * ({@code --index DIR}, {@code TRAWL_INDEX}), or a collection of a SolrCloud cluster ({@code --store},
 * {@code TRAWL_STORE}), named by the user in the same option block and opened by the same factory.
 */
public sealed interface StoreLocation permits StoreLocation.Folder, StoreLocation.Solr {

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

    /**
     * A collection of a SolrCloud cluster, reached through ZooKeeper or straight through its nodes.
     *
     * @param connect    the ZooKeeper connect string with its chroot ({@code zk1:2181,zk2:2181/solr}), or
     *                   the base URLs of one or more Solr nodes ({@code http://host:8983/solr}, comma-separated)
     * @param collection the collection's name
     * @param spelled    the location as the user wrote it ({@code solr:ZKHOST/COLLECTION}, {@code http://...})
     */
    record Solr(String connect, String collection, String spelled) implements StoreLocation {
        public Solr {
            Objects.requireNonNull(connect, "connect");
            Objects.requireNonNull(collection, "collection");
            Objects.requireNonNull(spelled, "spelled");
        }

        /** True when {@link #connect()} names Solr nodes (http or https URLs) rather than ZooKeeper. */
        public boolean direct() {
            return connect.startsWith("http://") || connect.startsWith("https://");
        }

        @Override
        public String toString() {
            return spelled;
        }
    }

    static StoreLocation folder(Path path) {
        return new Folder(path);
    }
}
