package org.trawl.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.trawl.model.Token;

/**
 * Tokenises a sentence with OpenNLP's UD English tokenizer, then refines the tokens the way names need
 * them: hyphenated words stay whole ({@code al-Muhajiroun}, {@code Jaish-e-Mohammed}) and a possessive
 * ending is its own token ({@code Choudary}, {@code 's}). Not thread-safe: one instance per thread.
 */
public final class WordTokenizer {

    private final TokenizerME tokenizer;

    public WordTokenizer() {
        this.tokenizer = new TokenizerME(NlpModels.tokens());
    }

    /** Tokens of {@code text[start, end)}, with offsets into {@code text}. */
    public List<Token> tokenize(String text, int start, int end) {
        String sentence = text.substring(start, end);
        Span[] spans = tokenizer.tokenizePos(sentence);
        List<int[]> raw = new ArrayList<>(spans.length);
        for (Span s : spans) {
            raw.add(new int[] {start + s.getStart(), start + s.getEnd()});
        }
        return refine(text, raw);
    }

    static List<Token> refine(String text, List<int[]> raw) {
        List<int[]> joined = joinHyphenated(text, splitBrackets(text, raw));
        List<Token> out = new ArrayList<>(joined.size() + 4);
        for (int[] t : joined) {
            int s = t[0];
            int e = t[1];
            int possessive = possessiveLength(text, s, e);
            if (possessive > 0) {
                out.add(new Token(s, e - possessive, text.substring(s, e - possessive)));
                out.add(new Token(e - possessive, e, text.substring(e - possessive, e)));
            } else {
                out.add(new Token(s, e, text.substring(s, e)));
            }
        }
        return out;
    }

    /**
     * Splits off brackets, quotes, commas, semicolons and em dashes that the model left glued to a word, as
     * in "Haidar,[1]" from web pages or "Abedi—while"; a comma between digits ("1,000") stays.
     */
    private static List<int[]> splitBrackets(String text, List<int[]> raw) {
        List<int[]> out = new ArrayList<>(raw.size());
        for (int[] t : raw) {
            int from = t[0];
            for (int i = t[0]; i < t[1]; i++) {
                if (isGlued(text, i, t[0], t[1])) {
                    if (i > from) {
                        out.add(new int[] {from, i});
                    }
                    out.add(new int[] {i, i + 1});
                    from = i + 1;
                }
            }
            if (from < t[1]) {
                out.add(new int[] {from, t[1]});
            }
        }
        return out;
    }

    private static boolean isGlued(String text, int i, int start, int end) {
        char c = text.charAt(i);
        if (end - start == 1 || "()[]{},;\"“”—".indexOf(c) < 0) {
            return false;
        }
        boolean between = i > start && i + 1 < end;
        return !(c == ',' && between && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)));
    }

    private static List<int[]> joinHyphenated(String text, List<int[]> raw) {
        List<int[]> out = new ArrayList<>(raw.size());
        int i = 0;
        while (i < raw.size()) {
            int[] cur = raw.get(i).clone();
            i++;
            while (true) {
                if (i + 1 < raw.size() && isHyphenJoin(text, cur, raw.get(i), raw.get(i + 1))) {
                    cur[1] = raw.get(i + 1)[1];
                    i += 2;
                } else if (i < raw.size() && endsWithJoiningHyphen(text, cur, raw.get(i))) {
                    cur[1] = raw.get(i)[1]; // the model split "UK-France" as "UK-", "France"
                    i++;
                } else if (i < raw.size() && startsWithJoiningHyphen(text, cur, raw.get(i))) {
                    cur[1] = raw.get(i)[1]; // the model split "Scott-Clark" as "Scott", "-Clark"
                    i++;
                } else {
                    break;
                }
            }
            out.add(cur);
        }
        return out;
    }

    private static boolean isHyphenJoin(String text, int[] left, int[] hyphen, int[] right) {
        return hyphen[1] - hyphen[0] == 1 && text.charAt(hyphen[0]) == '-'
                && left[1] == hyphen[0] && hyphen[1] == right[0]
                && Character.isLetterOrDigit(text.charAt(left[1] - 1))
                && Character.isLetterOrDigit(text.charAt(right[0]));
    }

    private static boolean endsWithJoiningHyphen(String text, int[] left, int[] right) {
        return left[1] - left[0] > 1 && text.charAt(left[1] - 1) == '-' && left[1] == right[0]
                && Character.isLetterOrDigit(text.charAt(left[1] - 2)) && Character.isLetterOrDigit(text.charAt(right[0]));
    }

    private static boolean startsWithJoiningHyphen(String text, int[] left, int[] right) {
        return right[1] - right[0] > 1 && text.charAt(right[0]) == '-' && left[1] == right[0]
                && Character.isLetterOrDigit(text.charAt(left[1] - 1)) && Character.isLetterOrDigit(text.charAt(right[0] + 1));
    }

    /** Length of a trailing possessive ('s, ’s, or a lone apostrophe after s), or 0. */
    private static int possessiveLength(String text, int s, int e) {
        int len = e - s;
        if (len > 2) {
            char apostrophe = text.charAt(e - 2);
            char last = text.charAt(e - 1);
            if (isApostrophe(apostrophe) && (last == 's' || last == 'S')
                    && Character.isLetterOrDigit(text.charAt(e - 3))) {
                return 2;
            }
        }
        if (len > 2 && isApostrophe(text.charAt(e - 1)) && text.charAt(e - 2) == 's') {
            return 1;
        }
        return 0;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
