package org.trawl.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.trawl.model.AnalyzedText;
import org.trawl.model.Sentence;
import org.trawl.model.Token;

/**
 * Splits a text into sentences and tokens. Runaway sentences (text with no punctuation) are cut into
 * pieces of at most {@link #MAX_SENTENCE_TOKENS} tokens so that later stages stay linear.
 * Not thread-safe: one instance per thread.
 */
public final class TextAnalyzer {

    public static final int MAX_SENTENCE_TOKENS = 160;

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final WordTokenizer tokenizer = new WordTokenizer();

    public AnalyzedText analyze(String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (Span span : splitter.split(text)) {
            Cancellation.checkpoint();
            List<Token> tokens = tokenizer.tokenize(text, span.getStart(), span.getEnd());
            if (tokens.isEmpty()) {
                continue;
            }
            int from = 0;
            while (from < tokens.size()) {
                int to = Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS);
                if (to < tokens.size()) {
                    to = cutPoint(tokens, from, to);
                }
                List<Token> piece = tokens.subList(from, to);
                int s = piece.get(0).start();
                int e = piece.get(piece.size() - 1).end();
                sentences.add(new Sentence(sentences.size(), s, e, text.substring(s, e), piece));
                from = to;
            }
        }
        return new AnalyzedText(text, sentences);
    }

    /** The last punctuation token in the back half of [from, to), to cut after; else {@code to}. */
    private static int cutPoint(List<Token> tokens, int from, int to) {
        for (int i = to - 1; i > from + (to - from) / 2; i--) {
            String t = tokens.get(i).text();
            if (t.equals(",") || t.equals(";") || t.equals(":") || t.equals("—") || t.equals("-")) {
                return i + 1;
            }
        }
        return to;
    }
}
