package org.trawl.store;

import java.util.List;

/**
 * A passage of an article with the matched words marked, as char ranges into {@link #text()}. Front ends
 * render the marks their own way (bold on a terminal, {@code <mark>} after escaping on the web).
 */
public record Snippet(String text, List<Mark> marks) {

    /** A marked range [start, end) of the snippet text. */
    public record Mark(int start, int end) {
    }

    public Snippet {
        marks = List.copyOf(marks);
    }

    /** The text with each mark wrapped in the given strings. */
    public String render(String open, String close) {
        StringBuilder out = new StringBuilder(text.length() + marks.size() * (open.length() + close.length()));
        int pos = 0;
        for (Mark m : marks) {
            out.append(text, pos, m.start()).append(open).append(text, m.start(), m.end()).append(close);
            pos = m.end();
        }
        return out.append(text, pos, text.length()).toString();
    }
}
