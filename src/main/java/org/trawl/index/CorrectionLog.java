package org.trawl.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
import org.trawl.json.Json;
import org.trawl.json.mapper.SharedMapper;
import org.trawl.model.EntityType;
import org.trawl.resolve.Correction;
import org.trawl.resolve.Corrections;
import org.trawl.store.CorrectionHistory;

/**
 * The user's corrections, one JSON object per line in {@code corrections.jsonl} in the index folder, beside
 * (not inside) the Lucene index: appended and synced to disk before the index is changed, read at the start
 * of every ingest, and never rewritten, so no rebuild of the index can lose them.
 */
public final class CorrectionLog implements CorrectionHistory {

    public static final String FILE = "corrections.jsonl";

    private final Path indexDir;

    /** The log of the index in this folder (there may be none yet). */
    public CorrectionLog(Path indexDir) {
        this.indexDir = indexDir;
    }

    public static Path file(Path indexDir) {
        return indexDir.resolve(FILE);
    }

    @Override
    public String place() {
        return file(indexDir).toString();
    }

    /** The corrections made in this index, oldest first; none when there is no log. */
    @Override
    public Corrections read() {
        return parse(entries(), file(indexDir).toString());
    }

    /**
     * Corrections from their entries as recorded (oldest first), wherever they are kept; {@code place} names
     * where, for the message when an entry is not a correction.
     */
    public static Corrections parse(List<String> lines, String place) {
        List<Correction> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                out.add(parse(SharedMapper.INSTANCE.readTree(lines.get(i))));
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException(place + ", entry " + (i + 1) + ", is not a correction trawl knows: "
                        + lines.get(i));
            }
        }
        return new Corrections(out);
    }

    /** A correction's entry as recorded: its JSON form with the time it is made as {@code at}. */
    public static String entry(Correction c) {
        return Json.correction(c).put("at", Instant.now().toString()).toString();
    }

    /** The log's lines as stored (JSON objects with the time of each correction), oldest first. */
    @Override
    public List<String> entries() {
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
    public void append(Correction c) {
        Path file = file(indexDir);
        byte[] line = (entry(c) + "\n").getBytes(StandardCharsets.UTF_8);
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
