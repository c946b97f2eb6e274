package org.trawl.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

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
