package org.trawl.train;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How a trained model reaches its folder: written whole to a {@code .part} file beside it, then moved over the
 * old model in one step, so a training run that stops half-way never leaves a broken model where trawl reads it.
 */
public final class ModelFile {

    /** What writes the model's bytes. */
    @FunctionalInterface
    public interface Serializer {
        void writeTo(OutputStream out) throws IOException;
    }

    private ModelFile() {
    }

    /** Writes the model as {@code name} in {@code folder} (created when missing) and returns its path. */
    public static Path write(Path folder, String name, Serializer model) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        Path partial = folder.resolve(name + ".part");
        try (OutputStream o = Files.newOutputStream(partial)) {
            model.writeTo(o);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }
}
