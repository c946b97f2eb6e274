package org.trawl.nlp.namefind;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.trawl.nlp.WordList;

/**
 * The small word lists the name patterns use, kept as text files beside this class: titles that stand
 * before a person's name, head nouns that end the names of groups and places, and general English words
 * that are capitalised but are not names: function words, months, days and holidays, religions and their
 * adherents, compass directions, page furniture and the nouns that introduce software and products.
 */
public final class NameLexicon {

    private final Set<String> titles;
    private final Set<String> titleModifiers;
    private final Set<String> groupHeads;
    private final Set<String> placeHeads;
    private final Set<String> functionWords;
    private final Set<String> calendar;
    private final Set<String> creeds;
    private final Set<String> compass;
    private final Set<String> furniture;
    private final Set<String> productNouns;

    private NameLexicon(Set<String> titles, Set<String> titleModifiers, Set<String> groupHeads, Set<String> placeHeads) {
        this.titles = titles;
        this.titleModifiers = titleModifiers;
        this.groupHeads = groupHeads;
        this.placeHeads = placeHeads;
        this.functionWords = read("function-words.txt");
        this.calendar = read("calendar-words.txt");
        this.creeds = read("creed-words.txt");
        this.compass = read("compass-words.txt");
        Set<String> furniture = new HashSet<>();
        Set<String> products = new HashSet<>();
        for (String w : read("non-name-words.txt")) {
            if (w.startsWith("product:")) {
                products.add(w.substring("product:".length()));
            } else {
                furniture.add(w);
            }
        }
        this.furniture = Set.copyOf(furniture);
        this.productNouns = Set.copyOf(products);
    }

    /** The bundled lexicon, loaded once (the lists are small and never change at run time). */
    private static final class Holder {
        static final NameLexicon BUNDLED = load();
    }

    /** The lexicon bundled with trawl. */
    public static NameLexicon bundled() {
        return Holder.BUNDLED;
    }

    private static NameLexicon load() {
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

    /** A closed-class word that is never a name nor the start of one ("But", "Near", "During"). */
    public boolean isFunctionWord(String word) {
        return !NameWords.isAllCaps(word) && functionWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A month, a day of the week or a holiday, as one word or a phrase ("March", "Christmas", "Eid al-Fitr"). */
    public boolean isCalendarName(String phrase) {
        return calendar.contains(phrase.toLowerCase(Locale.ROOT).replace('’', '\'').strip());
    }

    /**
     * A word that names a religion, a branch of one, its adherents or God ("Islam", "Sunni", "Christians"):
     * alone, not a person, a group or a place.
     */
    public boolean isCreedWord(String word) {
        return creeds.contains(lower(word).replace('’', '\''));
    }

    /** A compass direction, alone or after "the" ("North", "the West", "south-east", "Western"). */
    public boolean isCompassName(String phrase) {
        return compass.contains(phrase.strip().toLowerCase(Locale.ROOT).replace('-', ' '));
    }

    /** A compass adjective ("Western", "North-Eastern", "Central"): it qualifies a name and is none alone. */
    public boolean isCompassAdjective(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return (w.endsWith("ern") || w.equals("central")) && isCompassName(w);
    }

    /** A word of web-page furniture or software ("Print", "PDF", "Email", "Share"). */
    public boolean isFurniture(String word) {
        return furniture.contains(lower(word));
    }

    /** A noun that introduces a product's name ("software", "app"): what follows it is none of trawl's types. */
    public boolean isProductNoun(String word) {
        return productNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String lower(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static Set<String> read(String name) {
        return WordList.bundled(NameLexicon.class, name).words();
    }
}
