package org.trawl.names;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The matching key of a name: the form under which spelling variants of one name coincide. It folds case,
 * diacritics, punctuation (hyphens, apostrophes, dots), a leading article, a possessive ending, and the
 * usual variation in transliterating Arabic names into English (al-Qa'ida, al-Qaeda, Al Qaida;
 * Mohammed, Muhammad; Raqqah, Raqqa), which varies mostly in vowels, doubled letters and a final h.
 *
 * <p>Keys are computed for every token of every document, so this is written as plain loops over the
 * characters rather than regular expressions. Entity ids are derived from keys: a change to what a key is
 * changes ids, so {@code NameKeyTest} pins examples of every rule.
 */
public final class NameKey {

    private static final String APOSTROPHES = "'’‘`´ʿʾʼ";
    private static final String SEPARATORS = "-‐‑‒–—_/,;:()[]\"“”«»";

    private NameKey() {
    }

    /** The key of a name; empty when the name has no letters or digits. */
    public static String of(String name) {
        String s = plain(name);
        if (s.isEmpty()) {
            return s;
        }
        s = s.replace("ae", "ai").replace("ee", "i").replace("ou", "u").replace("oo", "u")
                .replace('o', 'u').replace('e', 'a');
        return withoutFinalH(withoutDoubledLetters(s));
    }

    /**
     * The name folded for comparison but still readable: lower case, no diacritics, no punctuation, no
     * leading article or possessive. Used where transliteration folding would be too loose (acronyms).
     */
    public static String plain(String name) {
        if (name == null) {
            return "";
        }
        String s = name.strip();
        if (!isAscii(s)) {
            s = withoutDiacritics(s);
        }
        s = withoutPossessive(s).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || APOSTROPHES.indexOf(c) >= 0) {
                continue;
            }
            if (isSeparator(c)) {
                gap = true;
                continue;
            }
            if (gap) {
                b.append(' ');
                gap = false;
            }
            b.append(c);
        }
        if (gap) {
            b.append(' ');
        }
        String out = b.toString().strip();
        return out.startsWith("the ") ? out.substring(4) : out;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || SEPARATORS.indexOf(c) >= 0;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String withoutDiacritics(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            switch (cp) {
                case 'ø' -> b.append('o');
                case 'Ø' -> b.append('O');
                case 'ł' -> b.append('l');
                case 'Ł' -> b.append('L');
                case 'đ' -> b.append('d');
                case 'ı' -> b.append('i');
                case 'ß' -> b.append("ss");
                case 'æ' -> b.append("ae");
                default -> b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    /** Drops a final {@code 's} and the apostrophe of a final {@code s'} (any apostrophe, any case). */
    private static String withoutPossessive(String s) {
        int n = s.length();
        if (n < 2) {
            return s;
        }
        char last = s.charAt(n - 1);
        char before = s.charAt(n - 2);
        if ((last == 's' || last == 'S') && isPossessiveMark(before)) {
            return s.substring(0, n - 2);
        }
        if (isPossessiveMark(last) && (before == 's' || before == 'S')) {
            return s.substring(0, n - 2) + "s";
        }
        return s;
    }

    private static boolean isPossessiveMark(char c) {
        return c == '\'' || c == '’' || c == '`';
    }

    /** Drops the h of a word ending in "ah" after three letters or more (Raqqah, Raqqa; Fallujah, Falluja). */
    private static String withoutFinalH(String s) {
        if (s.indexOf("ah") < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int wordStart = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean wordEnd = i + 1 == s.length() || s.charAt(i + 1) == ' ';
            if (c == 'h' && wordEnd && i - wordStart >= 4 && s.charAt(i - 1) == 'a') {
                continue;
            }
            b.append(c);
            if (c == ' ') {
                wordStart = i + 1;
            }
        }
        return b.toString();
    }

    /** Collapses each run of one repeated letter a–z to a single letter. */
    private static String withoutDoubledLetters(String s) {
        StringBuilder b = null;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == s.charAt(i - 1) && c >= 'a' && c <= 'z') {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
