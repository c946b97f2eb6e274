package org.trawl.cluster;

/**
 * A SolrCloud collection named the way {@code --store} names it: {@code solr:ZKHOST/COLLECTION}, where
 * ZKHOST is the ZooKeeper connect string ({@code host:port[,host:port...]}) with an optional chroot
 * ({@code /solr}), as {@code trawl cluster start} prints it.
 *
 * @param zkHost     the ZooKeeper connect string with its chroot
 * @param collection the collection's name
 */
public record SolrAddress(String zkHost, String collection) {

    public static final String SCHEME = "solr:";

    public SolrAddress {
        if (zkHost == null || zkHost.isBlank() || collection == null || collection.isBlank()) {
            throw new IllegalArgumentException("a Solr store needs a ZooKeeper host and a collection");
        }
    }

    /**
     * Reads {@code solr:ZKHOST/COLLECTION}.
     *
     * @throws IllegalArgumentException naming the value and what is wrong with it
     */
    public static SolrAddress parse(String value) {
        String v = value == null ? "" : value.strip();
        if (!v.startsWith(SCHEME)) {
            throw new IllegalArgumentException("--store '" + value + "' is not a Solr store (solr:ZKHOST/COLLECTION,"
                    + " for example solr:127.0.0.1:9983/solr/trawl)");
        }
        String rest = v.substring(SCHEME.length());
        int slash = rest.lastIndexOf('/');
        if (slash <= 0 || slash == rest.length() - 1 || !rest.substring(0, slash).matches("[^/]+:\\d+.*")) {
            throw new IllegalArgumentException("--store '" + value + "' needs a ZooKeeper host:port and a"
                    + " collection (solr:ZKHOST/COLLECTION, for example solr:127.0.0.1:9983/solr/trawl)");
        }
        return new SolrAddress(rest.substring(0, slash), rest.substring(slash + 1));
    }

    @Override
    public String toString() {
        return SCHEME + zkHost + "/" + collection;
    }
}
