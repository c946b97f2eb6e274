package org.trawl.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trawl.json.mapper.SharedMapper;
import org.trawl.model.EntityType;

/** Reads a gold-standard JSON Lines file, checking that every span points at its text. */
public final class GoldReader {

    private GoldReader() {
    }

    public static List<GoldDocument> read(Path file) throws IOException {
        List<GoldDocument> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    docs.add(parse(SharedMapper.INSTANCE.readTree(line), n));
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + " line " + n + ": " + e.getMessage(), e);
                }
            }
        }
        return docs;
    }

    static GoldDocument parse(JsonNode j, int line) {
        String text = required(j, "text").asText();
        List<GoldDocument.GoldMention> mentions = new ArrayList<>();
        for (JsonNode e : j.path("entities")) {
            Optional<EntityType> type = EntityType.parse(e.path("type").asText());
            if (type.isEmpty()) {
                continue;
            }
            int s = required(e, "start").asInt();
            int end = required(e, "end").asInt();
            checkSpan(text, s, end);
            mentions.add(new GoldDocument.GoldMention(s, end, type.get(), text.substring(s, end)));
        }
        List<GoldDocument.GoldRelation> relations = new ArrayList<>();
        for (JsonNode r : j.path("relations")) {
            relations.add(new GoldDocument.GoldRelation(required(r, "type").asText(), span(text, required(r, "source")),
                    span(text, required(r, "target"))));
        }
        String id = j.hasNonNull("id") ? j.get("id").asText() : "line-" + line;
        return new GoldDocument(id, text, mentions, relations);
    }

    private static GoldDocument.GoldSpan span(String text, JsonNode j) {
        int s = required(j, "start").asInt();
        int e = required(j, "end").asInt();
        checkSpan(text, s, e);
        return new GoldDocument.GoldSpan(s, e, text.substring(s, e));
    }

    private static void checkSpan(String text, int s, int e) {
        if (s < 0 || e > text.length() || s >= e) {
            throw new IllegalArgumentException("span " + s + ".." + e + " is outside the text");
        }
    }

    private static JsonNode required(JsonNode j, String field) {
        JsonNode v = j.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return v;
    }
}
