package org.trawl.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.trawl.json.mapper.SharedMapper;
import org.trawl.model.EntityType;
import org.trawl.resolve.Correction;
import org.trawl.resolve.Corrections;

/**
 * The user's corrections, one JSON object per line in {@code corrections.jsonl} in the index folder, beside
 * (not inside) the Lucene index: appended and synced to disk before the index is changed, read at the start
 * of every ingest, and never rewritten, so no rebuild of the index can lose them.
 */
public final class CorrectionLog {

    public static final String FILE = "corrections.jsonl";

    private CorrectionLog() {
    }

    public static Path file(Path indexDir) {
        return indexDir.resolve(FILE);
    }

    /** The corrections made in this index, oldest first; none when there is no log. */
    public static Corrections read(Path indexDir) {
        Path file = file(indexDir);
        List<Correction> out = new ArrayList<>();
        List<String> lines = lines(indexDir);
        for (int i = 0; i < lines.size(); i++) {
            try {
                out.add(parse(SharedMapper.INSTANCE.readTree(lines.get(i))));
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException(file + ", entry " + (i + 1) + ", is not a correction trawl knows: "
                        + lines.get(i));
            }
        }
        return new Corrections(out);
    }

    /** The log's lines as stored (JSON objects with the time of each correction), oldest first. */
    public static List<String> lines(Path indexDir) {
        Path file = file(indexDir);
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corrections in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Appends a correction and forces it to disk. */
    public static void append(Path indexDir, Correction c) {
        Path file = file(indexDir);
        byte[] line = (toJson(c).put("at", Instant.now().toString()).toString() + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(indexDir);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ch.write(ByteBuffer.wrap(line));
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the correction to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The JSON form of a correction, as stored and as {@code --json} prints it. */
    public static ObjectNode toJson(Correction c) {
        ObjectNode o = SharedMapper.INSTANCE.createObjectNode();
        switch (c) {
            case Correction.Merge m -> o.put("action", "merge").put("into", m.intoId()).put("into_name", m.intoName())
                    .put("type", m.intoType().name()).put("from", m.fromId()).put("from_name", m.fromName());
            case Correction.Alias a -> o.put("action", "alias").put("entity", a.entityId()).put("name", a.entityName())
                    .put("type", a.type().name()).put("alias", a.alias());
            case Correction.Split s -> {
                o.put("action", "split").put("entity", s.entityId()).put("name", s.entityName());
                s.names().forEach(o.putArray("names")::add);
            }
            case Correction.Rename r -> o.put("action", "rename").put("entity", r.entityId()).put("name", r.oldName())
                    .put("new_name", r.newName());
        }
        return o;
    }

    private static Correction parse(JsonNode o) {
        return switch (o.get("action").asText()) {
            case "merge" -> new Correction.Merge(text(o, "into"), text(o, "into_name"), EntityType.valueOf(text(o, "type")),
                    text(o, "from"), text(o, "from_name"));
            case "alias" -> new Correction.Alias(text(o, "entity"), text(o, "name"), EntityType.valueOf(text(o, "type")),
                    text(o, "alias"));
            case "split" -> {
                List<String> names = new ArrayList<>();
                o.path("names").forEach(n -> names.add(n.asText()));
                yield new Correction.Split(text(o, "entity"), text(o, "name"), names);
            }
            case "rename" -> new Correction.Rename(text(o, "entity"), text(o, "name"), text(o, "new_name"));
            default -> throw new IllegalArgumentException("unknown action");
        };
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || !n.isTextual()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return n.asText();
    }
}
