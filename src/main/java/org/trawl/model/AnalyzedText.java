package org.trawl.model;

import java.util.List;

/** A document text split into sentences and tokens: the input of recognition and relation extraction. */
public record AnalyzedText(String text, List<Sentence> sentences) {

    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }

    /** The sentence containing {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
