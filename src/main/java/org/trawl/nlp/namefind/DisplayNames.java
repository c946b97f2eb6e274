package org.trawl.nlp.namefind;

import java.util.Locale;
import java.util.Set;
import org.trawl.names.NameKey;

/**
 * The names to show for entries of the sanctions lists, which write names in capitals ("ISLAMIC STATE IN
 * IRAQ AND THE LEVANT"): a mixed-case spelling the lists also give, else the capitals in title case.
 */
final class DisplayNames {

    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "in", "for", "to", "on", "at", "wa", "fi",
            "li", "min");

    private DisplayNames() {
    }

    /**
     * A readable form of a listed name: lists write names in capitals, so a mixed-case spelling of the same
     * name is preferred; failing that, the capitals are turned into title case.
     */
    static String of(String canonical, Set<String> names) {
        String key = NameKey.of(canonical);
        for (String n : names) {
            if (!n.equals(n.toUpperCase(Locale.ROOT)) && NameKey.of(n).equals(key) && n.chars().allMatch(c -> c < 0x2000)) {
                return n;
            }
        }
        return titleCase(canonical);
    }

    /** Each word in capitals in title case, but for small words inside the name ("Army of the Righteous"). */
    static String titleCase(String name) {
        StringBuilder out = new StringBuilder();
        String[] words = name.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
                String lower = w.toLowerCase(Locale.ROOT);
                w = i > 0 && SMALL_WORDS.contains(lower) ? lower : capitalizeParts(lower);
            }
            out.append(i == 0 ? "" : " ").append(w);
        }
        return out.toString();
    }

    private static String capitalizeParts(String lower) {
        StringBuilder b = new StringBuilder(lower.length());
        boolean start = true;
        for (char c : lower.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'' || c == '(';
        }
        return b.toString();
    }
}
