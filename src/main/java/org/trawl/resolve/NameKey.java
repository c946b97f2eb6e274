package org.trawl.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The matching key of a name: the form under which spelling variants of one name coincide. It folds case,
 * diacritics, punctuation (hyphens, apostrophes, dots), a leading article, a possessive ending, and the
 * usual variation in transliterating Arabic names into English (al-Qa'ida, al-Qaeda, Al Qaida;
 * Mohammed, Muhammad), which varies mostly in vowels and doubled letters.
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’`]s|s['’`])$", Pattern.CASE_INSENSITIVE);
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´ʿʾʼ]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑‒–—_/,;:()\\[\\]\"“”«»]+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^the ");
    private static final Pattern DOUBLED = Pattern.compile("([a-z])\\1+");

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
        s = DOUBLED.matcher(s).replaceAll("$1");
        return s;
    }

    /**
     * The name folded for comparison but still readable: lower case, no diacritics, no punctuation, no
     * leading article or possessive. Used where transliteration folding would be too loose (acronyms).
     */
    public static String plain(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('ø', 'o').replace('Ø', 'O').replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd')
                .replace('ı', 'i').replace("ß", "ss").replace("æ", "ae");
        s = POSSESSIVE.matcher(s).replaceAll(m -> m.group().toLowerCase(Locale.ROOT).startsWith("s") ? "s" : "");
        s = s.toLowerCase(Locale.ROOT);
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = s.replace(".", "");
        s = SEPARATORS.matcher(s).replaceAll(" ").strip();
        s = LEADING_ARTICLE.matcher(s).replaceFirst("");
        return s;
    }
}
