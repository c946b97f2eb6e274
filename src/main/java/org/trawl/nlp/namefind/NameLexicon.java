package org.trawl.nlp.namefind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The small word lists the name patterns use, kept as text files beside this class: titles that stand
 * before a person's name, and head nouns that end the names of groups and places.
 */
public final class NameLexicon {

    private final Set<String> titles;
    private final Set<String> titleModifiers;
    private final Set<String> groupHeads;
    private final Set<String> placeHeads;

    private NameLexicon(Set<String> titles, Set<String> titleModifiers, Set<String> groupHeads, Set<String> placeHeads) {
        this.titles = titles;
        this.titleModifiers = titleModifiers;
        this.groupHeads = groupHeads;
        this.placeHeads = placeHeads;
    }

    /** The lexicon bundled with trawl. */
    public static NameLexicon bundled() {
        Set<String> titles = new HashSet<>();
        Set<String> modifiers = new HashSet<>();
        for (String line : read("titles.txt")) {
            if (line.endsWith(" +")) {
                modifiers.add(line.substring(0, line.length() - 2).strip());
            } else {
                titles.add(line);
            }
        }
        return new NameLexicon(Set.copyOf(titles), Set.copyOf(modifiers), read("group-heads.txt"), read("place-heads.txt"));
    }

    /** A word that names a rank or office and may stand right before a name ("Sheikh", "Commissioner"). */
    public boolean isTitle(String word) {
        return titles.contains(lower(word));
    }

    /** A title, or a word that qualifies one ("Deputy", "Prime", "Foreign"). */
    public boolean isTitleWord(String word) {
        String w = lower(word);
        return titles.contains(w) || titleModifiers.contains(w);
    }

    public boolean isGroupHead(String word) {
        return groupHeads.contains(lower(word));
    }

    public boolean isPlaceHead(String word) {
        return placeHeads.contains(lower(word));
    }

    private static String lower(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static Set<String> read(String name) {
        Set<String> out = new HashSet<>();
        try (InputStream in = NameLexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
