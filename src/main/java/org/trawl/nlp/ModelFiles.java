package org.trawl.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Opens the files trawl ships in {@code models/} (trained models, gazetteers): from a folder when one is
 * configured, else from the copy bundled in the jar.
 */
public final class ModelFiles {

    private final Path dir;

    /** @param dir folder to read from, or null for the bundled copies */
    public ModelFiles(Path dir) {
        this.dir = dir;
    }

    public static ModelFiles bundled() {
        return new ModelFiles(null);
    }

    public InputStream open(String name) throws IOException {
        if (dir != null) {
            return Files.newInputStream(dir.resolve(name));
        }
        InputStream in = ModelFiles.class.getResourceAsStream("/models/" + name);
        if (in == null) {
            throw new NoSuchFileException("models/" + name + " (not bundled in this build)");
        }
        return in;
    }

    /**
     * The rows of a tab-separated file (gzip-compressed when its name ends in {@code .gz}), without its
     * header line and blank lines.
     */
    public List<String[]> tsvRows(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream raw = open(name);
             InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isEmpty()) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }

    /** A word list of the models folder (see {@link WordList}). */
    public WordList wordList(String name) throws IOException {
        try (InputStream in = open(name)) {
            return WordList.read(name, in);
        }
    }

    public boolean exists(String name) {
        if (dir != null) {
            return Files.isRegularFile(dir.resolve(name));
        }
        return ModelFiles.class.getResource("/models/" + name) != null;
    }

    @Override
    public String toString() {
        return dir == null ? "bundled models" : dir.toString();
    }
}
