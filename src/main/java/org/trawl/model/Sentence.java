package org.trawl.model;

import java.util.List;

/**
 * A sentence of a document with its tokens.
 *
 * @param index  position of the sentence in the document, from 0
 * @param start  offset of the first char in the document text
 * @param end    offset one past the last char
 * @param text   the covered text
 * @param tokens tokens in order, with document offsets
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public String[] tokenTexts() {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tokens.get(i).text();
        }
        return out;
    }

    /** Index of the first token starting at or after {@code offset}, or the token count. */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
