package org.trawl.web;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A GET request as the handlers see it: the path parameter the route captured and the query parameters,
 * with typed getters that turn a bad value into a 400 naming the parameter.
 */
public record Request(String path, String pathParameter, Map<String, List<String>> parameters) {

    public Request {
        parameters = Map.copyOf(parameters);
    }

    static Request of(URI uri, String pathParameter) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        params.replaceAll((k, v) -> List.copyOf(v));
        return new Request(uri.getPath(), pathParameter, params);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("malformed URL encoding in '" + s + "'");
        }
    }

    /** The parameter's first non-blank value, or null. */
    public String text(String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.stream().filter(v -> !v.isBlank()).map(String::strip).findFirst().orElse(null);
    }

    /** Every non-blank value of the parameter, comma-separated values split. */
    public List<String> list(String name) {
        List<String> out = new ArrayList<>();
        for (String v : parameters.getOrDefault(name, List.of())) {
            Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }

    public int integer(String name, int fallback, int min, int max) {
        Integer v = optionalInteger(name);
        if (v == null) {
            return fallback;
        }
        if (v < min || v > max) {
            throw HttpError.badRequest("parameter '" + name + "' must be between " + min + " and " + max);
        }
        return v;
    }

    public Integer optionalInteger(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("parameter '" + name + "' must be a whole number, not '" + v + "'");
        }
    }

    public boolean flag(String name, boolean fallback) {
        String v = text(name);
        return v == null ? fallback : v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes");
    }

    /** A date given as YYYY-MM-DD, or as a year (the year's first or last day). */
    public LocalDate date(String name, boolean endOfYear) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                return endOfYear ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest("parameter '" + name + "' must be a date (YYYY-MM-DD) or a year, not '" + v + "'");
        }
    }

    /** An enum constant named by the parameter (any case), or null when the parameter is absent. */
    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String v = text(name);
        return v == null ? null : constant(name, v, type);
    }

    /** Every enum constant the parameter names. */
    public <E extends Enum<E>> List<E> choices(String name, Class<E> type) {
        return list(name).stream().map(v -> constant(name, v, type)).toList();
    }

    private static <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("parameter '" + name + "' must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()
                    + ", not '" + value + "'");
        }
    }
}
