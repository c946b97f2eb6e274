package org.trawl.nlp.namefind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.trawl.names.NameKey;

/**
 * Splits names and tokens into the words gazetteer matching compares: hyphens, slashes and spaces
 * separate words ({@code al-Qaeda} is {@code al}, {@code qaida}), and each word is reduced to its
 * {@link NameKey}, so spelling variants match.
 */
final class NameWords {

    private NameWords() {
    }

    /** Word keys already computed, shared by all threads; emptied when it grows past {@link #CACHE_LIMIT}. */
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;
    private static final String SEPARATORS = "-‐‑‒–—/,;:()[]\"“”";

    /**
     * The word keys of a token of running text, remembered: articles repeat their words, so most tokens are
     * found in the cache.
     */
    static List<String> ofToken(String token) {
        List<String> cached = CACHE.get(token);
        if (cached != null) {
            return cached;
        }
        List<String> words = of(token);
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(token, words);
        return words;
    }

    /** The word keys of a name, in order. */
    static List<String> of(String name) {
        List<String> out = new ArrayList<>(2);
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || isSeparator(name.charAt(i))) {
                if (i > start) {
                    addKeys(name.substring(start, i), out);
                }
                start = i + 1;
            }
        }
        return List.copyOf(out);
    }

    private static void addKeys(String part, List<String> out) {
        String k = NameKey.of(part);
        int from = 0;
        while (from < k.length()) {
            int space = k.indexOf(' ', from);
            int to = space < 0 ? k.length() : space;
            if (to > from) {
                out.add(k.substring(from, to));
            }
            from = to + 1;
        }
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || SEPARATORS.indexOf(c) >= 0;
    }

    /** The letters of a name, upper-cased, for comparing acronyms ("U.S." and "US" agree). */
    static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    /** True when every letter of the token is upper case and it has at least two. */
    static boolean isAllCaps(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * True when a token starts like a name: a capital or a digit, or an Arabic article or particle glued by
     * a hyphen to a capital ({@code al-Qaeda}, {@code ut-Tahrir}).
     */
    static boolean isCapitalized(String token) {
        if (token.isEmpty()) {
            return false;
        }
        char c = token.charAt(0);
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
            return true;
        }
        int dash = token.indexOf('-');
        return dash > 0 && dash <= 4 && dash + 1 < token.length() && Character.isUpperCase(token.charAt(dash + 1))
                && token.substring(0, dash).chars().allMatch(Character::isLowerCase);
    }
}
