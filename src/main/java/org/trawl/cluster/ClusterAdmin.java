package org.trawl.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.trawl.json.mapper.SharedMapper;

/**
 * Administration of a SolrCloud collection for trawl: uploading trawl's configset and creating the
 * collection, and reading its status. Each runs in a short JVM of the Solr server (see {@link SolrServerJvm}),
 * so that trawl's own JVM holds no Solr server and no ZooKeeper client.
 */
public final class ClusterAdmin {

    /** The configset kept in the repository (schema.xml, solrconfig.xml), on trawl's classpath. */
    static final String CONFIGSET = "/org/trawl/solr/configset/";
    static final List<String> CONFIGSET_FILES = List.of("schema.xml", "solrconfig.xml");

    private final SolrServerJvm server;
    private final Duration timeout;

    /** Administration through the given Solr server's JVMs, each allowed {@code timeout}. */
    public ClusterAdmin(SolrServerJvm server, Duration timeout) {
        this.server = server;
        this.timeout = timeout;
    }

    /**
     * Uploads trawl's configset under the collection's name and creates the collection, its shards' replicas
     * spread over the live nodes.
     *
     * @throws ClusterException when ZooKeeper cannot be reached, the collection exists already, or Solr
     *                          refuses the layout (for example more replicas than nodes)
     */
    public void createCollection(SolrAddress address, int shards, int replicas) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("trawl-cluster-init-");
            Path configSet = writeConfigSet(dir.resolve("configset"));
            server.run(timeout, dir.resolve("init.log"), "created ", "init", address.zkHost(),
                    address.collection(), configSet.toString(), Integer.toString(shards),
                    Integer.toString(replicas));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                LocalSolrCloud.deleteTree(dir);
            }
        }
    }

    /**
     * The cluster's nodes, and the collection's shards, replicas and record counts.
     *
     * @throws ClusterException when ZooKeeper cannot be reached or the collection is missing
     */
    public ClusterStatus status(SolrAddress address) {
        Path log = null;
        try {
            log = Files.createTempFile("trawl-cluster-status-", ".log");
            String json = server.run(timeout, log, "{", "status", address.zkHost(), address.collection());
            return SharedMapper.INSTANCE.readValue(json, ClusterStatus.class);
        } catch (JsonProcessingException e) {
            throw new ClusterException("the status of " + address + " could not be read: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (log != null) {
                log.toFile().delete();
            }
        }
    }

    /** Copies the configset from trawl's classpath into a folder, for upload. */
    static Path writeConfigSet(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String name : CONFIGSET_FILES) {
                try (InputStream in = ClusterAdmin.class.getResourceAsStream(CONFIGSET + name)) {
                    if (in == null) {
                        throw new IllegalStateException("configset file " + name + " missing from the jar");
                    }
                    Files.copy(in, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
