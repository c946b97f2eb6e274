package org.trawl.model;

import java.util.Objects;

/**
 * One occurrence of a name in a text, as found by a recogniser.
 *
 * @param start  first char (UTF-16 index into the document text)
 * @param end    one past the last char
 * @param type   what kind of thing is named
 * @param text   the covered text, exactly {@code documentText.substring(start, end)}
 * @param score  confidence in [0, 1]
 * @param origin which recogniser produced it (model, gazetteer, pattern, ...)
 */
public record Mention(int start, int end, EntityType type, String text, double score, String origin) {

    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Mention other) {
        return start <= other.start && other.end <= end;
    }

    public Mention withType(EntityType newType) {
        return new Mention(start, end, newType, text, score, origin);
    }
}
