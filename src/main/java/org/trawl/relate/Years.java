package org.trawl.relate;

import java.time.Year;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the years a sentence states ("in 2014", "2007–8", "the 1990s" counts as 1990). */
public final class Years {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/:])(1[89]\\d\\d|20\\d\\d)(?:s)?(?:\\s*[–-]\\s*(\\d{1,4}))?(?!\\d|,\\d|\\.\\d)");

    private Years() {
    }

    public static List<Integer> in(String sentence) {
        if (sentence.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return List.of();
        }
        TreeSet<Integer> years = new TreeSet<>();
        int max = Year.now().getValue() + 1;
        Matcher m = YEAR.matcher(sentence);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y > max) {
                continue;
            }
            years.add(y);
            if (m.group(2) != null) {
                String tail = m.group(2);
                int end = tail.length() >= 4 ? Integer.parseInt(tail)
                        : Integer.parseInt(m.group(1).substring(0, 4 - tail.length()) + tail);
                if (end > y && end - y <= 50 && end <= max) {
                    years.add(end);
                }
            }
        }
        return List.copyOf(years);
    }
}
