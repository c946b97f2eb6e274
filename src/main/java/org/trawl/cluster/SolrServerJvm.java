package org.trawl.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Solr 9 server, run in JVMs of its own: its classpath is the one the build writes to
 * {@code target/solr-cluster/} (from {@code cluster/pom.xml}), never trawl's, which holds Lucene 10. Starts
 * the launcher {@code org.trawl.solrnode.SolrNodeTool} in one of its modes (zookeeper, node, init, status).
 *
 * @param home the folder holding {@code classpath.txt} and {@code classes/}
 */
public record SolrServerJvm(Path home) {

    /** The launcher's class, on the Solr classpath only. */
    static final String TOOL = "org.trawl.solrnode.SolrNodeTool";
    static final String CLASSPATH_FILE = "classpath.txt";
    private static final String READY = "ready ";

    /**
     * The Solr server the build wrote next to trawl's own classes or jar ({@code target/solr-cluster}), if
     * there is one.
     */
    public static Optional<SolrServerJvm> find() {
        try {
            Path code = Path.of(SolrServerJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = code.getParent().resolve("solr-cluster");
            return Files.isRegularFile(candidate.resolve(CLASSPATH_FILE))
                    ? Optional.of(new SolrServerJvm(candidate)) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** As {@link #find()}, or a one-line reason when the build did not write it. */
    public static SolrServerJvm require() {
        return find().orElseThrow(() -> new ClusterException("the local Solr server is not built (no "
                + "target/solr-cluster/" + CLASSPATH_FILE + "; build trawl with './mvnw -B package' from its"
                + " source tree, without -Dtrawl.cluster.skip)"));
    }

    String classpath() {
        try {
            return home.resolve("classes") + File.pathSeparator
                    + Files.readString(home.resolve(CLASSPATH_FILE), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> command(List<String> jvmOptions, String... args) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", classpath()));
        cmd.addAll(jvmOptions);
        cmd.add(TOOL);
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Starts a long-running mode (zookeeper, node), its output to {@code log}. */
    Process start(List<String> jvmOptions, Path log, String... args) {
        try {
            Files.createDirectories(log.getParent());
            return new ProcessBuilder(command(jvmOptions, args)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new ClusterException("cannot start a Solr server JVM: " + e.getMessage());
        }
    }

    /**
     * Waits until a started process prints its ready line, and returns what follows {@code ready}.
     *
     * @throws ClusterException when it exits first or takes longer than the timeout
     */
    static String awaitReady(Process process, Path log, String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                Optional<String> line = lineStarting(log, READY);
                if (line.isPresent()) {
                    return line.get().substring(READY.length()).strip();
                }
                if (!process.isAlive()) {
                    throw new ClusterException(what + " stopped before it was ready: " + lastError(log)
                            + " (log: " + log + ")");
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ClusterException(what + " was not ready within " + timeout.toSeconds() + " s (log: " + log + ")");
    }

    /**
     * Runs a mode that ends (init, status) and returns its output's last line starting with {@code prefix}.
     *
     * @throws ClusterException with the tool's own one-line error when it fails
     */
    String run(Duration timeout, Path log, String prefix, String... args) {
        Process p = start(List.of("-Xmx256m", "-Dsolr.log.dir=" + log.getParent()), log, args);
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new ClusterException(args[0] + " did not finish within " + timeout.toSeconds() + " s");
            }
            if (p.exitValue() != 0) {
                throw new ClusterException(lastError(log));
            }
            return lineStarting(log, prefix).orElseThrow(
                    () -> new ClusterException(args[0] + " gave no answer (log: " + log + ")"));
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ClusterException(args[0] + " interrupted");
        }
    }

    private static Optional<String> lineStarting(Path log, String prefix) {
        try {
            if (!Files.exists(log)) {
                return Optional.empty();
            }
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).startsWith(prefix)) {
                    return Optional.of(lines.get(i));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String lastError(Path log) {
        return lineStarting(log, "error: ").map(l -> l.substring("error: ".length()))
                .orElse("no reason given");
    }
}
