package org.trawl.json.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One Jackson configuration for all of trawl: compact, leaves streams open, and no second mapper. */
class SharedMapperTest {

    @Test
    void writesCompactlyAndLeavesTheWriterOpenForItsOwner() throws IOException {
        boolean[] closed = {false};
        StringWriter out = new StringWriter() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        SharedMapper.INSTANCE.writeValue(out, SharedMapper.INSTANCE.createObjectNode().put("a", 1).put("b", "x"));
        assertEquals("{\"a\":1,\"b\":\"x\"}", out.toString());
        assertFalse(closed[0], "the writer was closed");
    }

    @Test
    void noOtherMainSourceMakesAMapperOfItsOwn() throws IOException {
        List<Path> others;
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            others = files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("SharedMapper.java"))
                    .filter(f -> read(f).contains("new ObjectMapper(") || read(f).contains("JsonMapper.builder("))
                    .toList();
        }
        assertEquals(List.of(), others, "sources with an ObjectMapper of their own");
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
