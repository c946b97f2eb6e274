package org.trawl.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.trawl.json.Json;

/**
 * What a handler answers: status, media type, body and any extra headers.
 *
 * @param status      HTTP status
 * @param contentType media type of the body
 * @param body        the body
 * @param headers     extra headers (such as Content-Disposition for downloads)
 */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

    public static final String JSON = "application/json; charset=utf-8";

    public Response {
        headers = Map.copyOf(headers);
    }

    public static Response json(Object value) {
        try {
            return new Response(200, JSON, Json.MAPPER.writeValueAsBytes(value), Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Response error(int status, String message) {
        return new Response(status, JSON, Json.line(Json.MAPPER.createObjectNode().put("error", message).put("status", status))
                .getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** This response with {@code more} headers added (replacing any of the same name). */
    public Response withHeaders(Map<String, String> more) {
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.putAll(more);
        return new Response(status, contentType, body, all);
    }

    /** A file to save, named {@code fileName}. */
    public static Response download(String contentType, byte[] body, String fileName) {
        return new Response(200, contentType, body, Map.of("Content-Disposition", "attachment; filename=\"" + fileName + "\""));
    }
}
