package org.trawl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.trawl.json.mapper.SharedMapper;
import org.trawl.store.StoreLocation;

/**
 * {@code trawl ingest} as a process of its own on this test run's classpath, for the cluster tests that kill
 * it or run several at once: generated articles to ingest, the process (one thread, {@code --json}), and its
 * summary once it has finished.
 */
final class IngestProcesses {

    private IngestProcesses() {
    }

    /** Writes {@code n} generated articles to {@code folder}. */
    static Path generated(Path folder, int n) {
        Cli gen = Cli.run("bench", "generate", Integer.toString(n), folder.toString());
        assertEquals(0, gen.status(), gen.err());
        return folder;
    }

    /** An ingest of {@code folder} into {@code store}; its summary goes to {@code out}, its messages beside it. */
    static ProcessBuilder ingest(Path folder, StoreLocation.Solr store, Path out, String... options) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", folder.toString(), "--store", store.toString()));
        command.addAll(List.of(options));
        command.addAll(List.of("--threads", "1", "--json"));
        return new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err(out).toFile());
    }

    /** Waits for an ingest to finish with exit 0 (else fails with its messages) and reads its summary. */
    static JsonNode finish(Process p, Path out) throws Exception {
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the ingest did not finish");
        assertEquals(0, p.exitValue(), Files.readString(err(out), StandardCharsets.UTF_8));
        return SharedMapper.INSTANCE.readTree(Files.readString(out, StandardCharsets.UTF_8));
    }

    private static Path err(Path out) {
        return out.resolveSibling(out.getFileName() + ".err");
    }
}
