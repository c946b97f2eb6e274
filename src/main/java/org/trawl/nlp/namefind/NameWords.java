package org.trawl.nlp.namefind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trawl.resolve.NameKey;

/**
 * Splits names and tokens into the words gazetteer matching compares: hyphens, slashes and spaces
 * separate words ({@code al-Qaeda} is {@code al}, {@code qaida}), and each word is reduced to its
 * {@link NameKey}, so spelling variants match.
 */
final class NameWords {

    private NameWords() {
    }

    static List<String> of(String name) {
        List<String> out = new ArrayList<>(4);
        for (String part : name.split("[\\s\\-‐‑‒–—/,;:()\\[\\]\"“”]+")) {
            String k = NameKey.of(part);
            if (!k.isEmpty()) {
                for (String w : k.split(" ")) {
                    out.add(w);
                }
            }
        }
        return out;
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
