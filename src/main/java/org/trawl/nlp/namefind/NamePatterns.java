package org.trawl.nlp.namefind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.trawl.model.EntityType;
import org.trawl.model.Token;

/**
 * Name forms of this domain that a general statistical model misses, found from the shape of the tokens:
 * <ul>
 *   <li>groups and places named by a head noun: "Free Syrian Army", "Ministry of Defence", "the Zerkani
 *       network", "the Asad regime", "Nineveh Province", "Mount Sinjar", "Anbar province";</li>
 *   <li>group names built like "Sharia4Belgium" (letters around a digit), "CamelCase" and hyphenated
 *       Urdu/Arabic forms ("Jaish-e-Mohammed", "Tehrik-i-Taliban");</li>
 *   <li>Arabic personal names with kunyas and particles: "Abu Bakr al-Baghdadi", "Umm Sayyaf", "Osama bin
 *       Laden";</li>
 *   <li>a name after a title, with the title left out: "Maulana Masood Azhar", "preacher Khalid Zerkani";</li>
 *   <li>a person named only by office: "the Foreign Secretary", "Minister for the Middle East" (a
 *       {@link Candidate.Source#ROLE_PATTERN role}, dropped later when a name follows it);</li>
 *   <li>groups named by nationality or country: "Syrians", "the Syrian people", "Iraqi security forces",
 *       "US forces", and a
 *       ruler's regime: "Assad's regime", "the regime of Assad".</li>
 * </ul>
 * Stateless and thread-safe.
 */
record NamePatterns(NameLexicon lexicon, Gazetteer gazetteer) {

    /** Words that join the parts of one name ("Ministry of Defence", "Osama bin Laden"). */
    private static final Set<String> JOINERS = Set.of("of", "the", "for", "al", "el", "bin", "ibn", "bint", "de", "du",
            "la", "le", "da", "van", "von", "ul", "ud", "ut", "e", "i");
    private static final Set<String> KUNYAS = Set.of("abu", "abou", "umm", "um");
    private static final Set<String> PATRONYMICS = Set.of("bin", "ibn", "bint");
    /** Lower-case head nouns that make the capitalised name before them a group: "the Zerkani network". */
    private static final Set<String> TRAILING_GROUP_HEADS = Set.of("network", "networks", "cell", "cells", "regime",
            "brigade", "brigades", "faction", "militia", "movement", "administration", "clan", "tribe", "organisation",
            "organization");
    /** Lower-case head nouns that make the capitalised name before them a place: "Anbar province". */
    private static final Set<String> TRAILING_PLACE_HEADS = Set.of("province", "governorate", "district", "region",
            "city", "village", "town", "river", "valley", "mountains", "airport", "airbase", "camp", "prison", "refinery",
            "dam", "neighbourhood", "neighborhood", "area");
    private static final Pattern GLUED_GROUP = Pattern.compile(
            "\\p{Lu}\\p{L}*\\d+\\p{Lu}\\p{L}+|\\p{Lu}\\p{Ll}{2,}\\p{Lu}\\p{Ll}{2,}\\p{L}*|\\p{Lu}\\p{Ll}+(?:-\\p{Ll}{1,3})+-\\p{Lu}\\p{L}+");
    private static final Pattern SCOTTISH_IRISH = Pattern.compile("(?:Mac|Mc|O')\\p{Lu}.*|\\p{Lu}\\p{Ll}+\\p{Lu}\\p{Ll}+s");
    /** Nouns that make a nationality adjective before them a group: "the Syrian people", "Iraqi forces". */
    private static final Set<String> COLLECTIVES = Set.of("people", "population", "government", "opposition", "forces",
            "army", "military", "troops", "soldiers", "fighters", "officials", "authorities", "leaders", "leadership",
            "militia", "militias", "police", "parties", "community", "communities", "regime", "rebels", "insurgents",
            "insurgency", "jihadists", "militants", "intelligence", "navy", "businesses", "universities", "diplomats",
            "citizens", "nationals", "civilians", "refugees", "tribes", "clans", "media", "officers", "commanders");
    private static final Set<String> REGIMES = Set.of("regime", "government", "administration");
    private static final int MAX_NAME_AFTER_TITLE = 4;
    private static final int MAX_PORTFOLIO = 4;

    List<Candidate> find(List<Token> tokens) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!nameLike(tokens, i)) {
                i++;
                continue;
            }
            int end = runEnd(tokens, i);
            headed(tokens, i, end, out);
            kunya(tokens, i, end, out);
            role(tokens, i, end, out);
            i = end;
        }
        for (int t = 0; t < tokens.size(); t++) {
            String w = tokens.get(t).text();
            if (GLUED_GROUP.matcher(w).matches() && !SCOTTISH_IRISH.matcher(w).matches()) {
                out.add(new Candidate(t, t + 1, EntityType.GROUP, 0.8, Candidate.Source.NAME_PATTERN));
            }
            if (lexicon.isTitle(w)) {
                afterTitle(tokens, t, out);
            }
            nationality(tokens, t, out);
            countryCollective(tokens, t, out);
            regime(tokens, t, out);
        }
        return out;
    }

    /**
     * An office held by a person, named without the person: the run of capitalised words up to its last
     * title ("Foreign Secretary", "UN Special Envoy", "Iraqi Foreign Minister"), with the portfolio after
     * it ("Minister for the Middle East", "Secretary of State").
     */
    private void role(List<Token> tokens, int from, int to, List<Candidate> out) {
        int start = from;
        while (start < to && isArticle(tokens.get(start).text())) {
            start++;
        }
        int lastTitle = -1;
        for (int t = start; t < to; t++) {
            String w = tokens.get(t).text();
            if (JOINERS.contains(w)) {
                break;
            }
            if (lexicon.isTitle(w) && Character.isUpperCase(w.charAt(0))) {
                lastTitle = t;
            }
        }
        if (lastTitle < 0) {
            return;
        }
        int end = lastTitle + 1;
        if (end + 1 < to && (tokens.get(end).text().equals("for") || tokens.get(end).text().equals("of"))) {
            int p = end + 1;
            if (isArticle(tokens.get(p).text())) {
                p++;
            }
            List<Gazetteer.Match> place = gazetteer.findAt(tokens, p);
            int portfolioEnd = !place.isEmpty() ? place.get(0).to() : p;
            while (place.isEmpty() && portfolioEnd < to && portfolioEnd - p < MAX_PORTFOLIO
                    && nameLike(tokens, portfolioEnd)) {
                int listed = listedPlaceEnd(tokens, portfolioEnd, to);
                if (listed > portfolioEnd) {
                    portfolioEnd = listed; // "for the Middle East", "for Northern Ireland": a place is the portfolio
                } else if (startsPersonName(tokens, portfolioEnd, to)) {
                    break;
                } else {
                    portfolioEnd++;
                }
            }
            if (portfolioEnd > p) {
                end = portfolioEnd;
            }
        }
        out.add(new Candidate(start, end, EntityType.PERSON, 0.6, Candidate.Source.ROLE_PATTERN));
        if (end < to && startsPersonName(tokens, end, to)) {
            int holder = end;
            while (holder < to && holder - end < MAX_PORTFOLIO && nameLike(tokens, holder)
                    && !portfolioWord(tokens.get(holder).text())) {
                holder++;
            }
            // "Minister for the Middle East Tobias Ellwood": the holder's name right after the office
            out.add(new Candidate(end, holder, EntityType.PERSON, 0.6, Candidate.Source.WEAK_PATTERN));
        }
    }

    /**
     * True where a portfolio ends because the holder's name begins: two capitalised words in a row that are
     * neither common words nor title words ("Minister of Defence Ali Ahmed"). A portfolio's own words are
     * mostly common or title words ("Foreign Affairs", "State", "International Security Studies").
     */
    private boolean startsPersonName(List<Token> tokens, int t, int to) {
        return t + 1 < to && nameLike(tokens, t + 1) && !portfolioWord(tokens.get(t).text())
                && !portfolioWord(tokens.get(t + 1).text());
    }

    /** The end of the longest listed place (see {@link #listedPlace}) of up to three words at {@code t}, else t. */
    private int listedPlaceEnd(List<Token> tokens, int t, int to) {
        for (int end = Math.min(to, t + 3); end > t; end--) {
            if (listedPlace(tokens, t, end)) {
                return end;
            }
        }
        return t;
    }

    private boolean portfolioWord(String w) {
        return gazetteer.isCommonWord(w) || lexicon.isTitleWord(w);
    }

    /** "Syrians"; "the Syrian people", "Iraqi security forces": people named by their nationality. */
    private void nationality(List<Token> tokens, int t, List<Candidate> out) {
        String w = tokens.get(t).text();
        if (!gazetteer.isDemonym(w)) {
            return;
        }
        if (w.endsWith("s")) {
            out.add(new Candidate(t, t + 1, EntityType.GROUP, 0.6, Candidate.Source.NAME_PATTERN));
            return;
        }
        for (int u = t + 1; u < Math.min(tokens.size(), t + 3); u++) {
            String next = tokens.get(u).text();
            if (COLLECTIVES.contains(next.toLowerCase(Locale.ROOT))) {
                out.add(new Candidate(t, u + 1, EntityType.GROUP, 0.6, Candidate.Source.NAME_PATTERN));
                return;
            }
            if (!next.chars().allMatch(Character::isLowerCase)) {
                return;
            }
        }
    }

    /**
     * "US forces", "the U.S. military", "UK armed forces": a country's people or institution named by a
     * collective noun after the country's name is a group of its own, not the country.
     */
    private void countryCollective(List<Token> tokens, int t, List<Candidate> out) {
        if (t == 0 || !COLLECTIVES.contains(tokens.get(t).text())) {
            return;
        }
        for (int from = t - 1; from >= Math.max(0, t - 4); from--) {
            for (Gazetteer.Match m : gazetteer.findAt(tokens, from)) {
                boolean country = m.best().kind() == GazetteerEntry.Kind.COUNTRY;
                boolean adjacent = m.to() == t || m.to() == t - 1 && tokens.get(t - 1).text().chars().allMatch(Character::isLowerCase);
                if (country && adjacent) {
                    out.add(new Candidate(from, t + 1, EntityType.GROUP, 0.6, Candidate.Source.NAME_PATTERN));
                    return;
                }
            }
        }
    }

    /** "Assad's regime", "Assad's brutal regime", "the regime of Assad": the ruler's government, a group. */
    private void regime(List<Token> tokens, int t, List<Candidate> out) {
        if (!REGIMES.contains(tokens.get(t).text())) {
            return;
        }
        int possessive = t - 1;
        if (possessive >= 0 && tokens.get(possessive).text().chars().allMatch(Character::isLowerCase)
                && possessive - 1 >= 0 && isPossessive(tokens.get(possessive - 1).text())) {
            possessive--;
        }
        if (possessive >= 1 && isPossessive(tokens.get(possessive).text()) && nameLike(tokens, possessive - 1)) {
            int start = possessive - 1;
            while (start > 0 && nameLike(tokens, start - 1)) {
                start--;
            }
            out.add(new Candidate(start, t + 1, EntityType.GROUP, 0.65, Candidate.Source.NAME_PATTERN));
        } else if (t + 2 < tokens.size() && tokens.get(t + 1).text().equals("of") && nameLike(tokens, t + 2)) {
            int end = t + 3;
            while (end < tokens.size() && nameLike(tokens, end)) {
                end++;
            }
            out.add(new Candidate(t, end, EntityType.GROUP, 0.65, Candidate.Source.NAME_PATTERN));
        }
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
    }

    /** Drops the titles (and a leading article) from the start of a candidate; null when nothing is left. */
    Candidate withoutTitles(List<Token> tokens, Candidate c) {
        int from = c.from();
        while (from < c.to() && (isArticle(tokens.get(from).text())
                || c.type() == EntityType.PERSON && lexicon.isTitleWord(tokens.get(from).text()))) {
            from++;
        }
        if (from == c.to()) {
            return null;
        }
        return from == c.from() ? c : c.withSpan(from, c.to());
    }

    /**
     * True when the gazetteer lists the tokens [from, to) as a country, an area, a region or a city of at least
     * {@value #LISTED_CITY} people: small places named like groups ("Union", "Central Bank") do not count.
     */
    private boolean listedPlace(List<Token> tokens, int from, int to) {
        for (GazetteerEntry e : gazetteer.places(NameTrims.text(tokens, from, to))) {
            if (e.kind() != GazetteerEntry.Kind.CITY || e.population() >= LISTED_CITY) {
                return true;
            }
        }
        return false;
    }

    private static final long LISTED_CITY = 100_000;

    /** Groups and places named by a head noun, within the capitalised run [from, to) or right after it. */
    private void headed(List<Token> tokens, int from, int to, List<Candidate> out) {
        int start = from;
        while (start < to && (start == 0 && gazetteer.isCommonWord(tokens.get(start).text())
                && !lexicon.isGroupHead(tokens.get(start).text()) || isArticle(tokens.get(start).text())
                || JOINERS.contains(tokens.get(start).text()))) {
            start++;
        }
        if (start >= to) {
            return;
        }
        String first = tokens.get(start).text();
        String last = tokens.get(to - 1).text();
        boolean hasOf = false;
        for (int t = start; t < to; t++) {
            hasOf |= tokens.get(t).text().equals("of");
        }
        if (to - start >= 2 && lexicon.isGroupHead(last) && hasNameBefore(tokens, start, to - 1)) {
            // "the West Bank", "the Gaza Strip": a head noun of groups ("Bank") ending a name the gazetteer lists
            // as a country, a region or a city is the place's name
            EntityType type = listedPlace(tokens, start, to) ? EntityType.PLACE : EntityType.GROUP;
            out.add(new Candidate(start, to, type, 0.75, Candidate.Source.NAME_PATTERN));
        } else if (to - start >= 2 && lexicon.isPlaceHead(last) && hasNameBefore(tokens, start, to - 1)) {
            out.add(new Candidate(start, to, EntityType.PLACE, 0.75, Candidate.Source.NAME_PATTERN));
        } else if (to - start >= 3 && hasOf && lexicon.isGroupHead(first)) {
            out.add(new Candidate(start, to, EntityType.GROUP, 0.75, Candidate.Source.NAME_PATTERN));
        } else if (to - start >= 2 && lexicon.isPlaceHead(first) && !lexicon.isPlaceHead(tokens.get(start + 1).text())) {
            out.add(new Candidate(start, to, EntityType.PLACE, 0.7, Candidate.Source.NAME_PATTERN));
        }
        boolean onlyNationality = to - start == 1 && gazetteer.isDemonym(first);
        if (to < tokens.size() && !onlyNationality) {
            String next = tokens.get(to).text();
            if (TRAILING_GROUP_HEADS.contains(next)) {
                out.add(new Candidate(start, to + 1, EntityType.GROUP, 0.7, Candidate.Source.NAME_PATTERN));
            } else if (TRAILING_PLACE_HEADS.contains(next) && !gazetteer.isDemonym(tokens.get(to - 1).text())) {
                out.add(new Candidate(start, to + 1, EntityType.PLACE, 0.7, Candidate.Source.NAME_PATTERN));
            }
        }
    }

    /** "Abu Bakr al-Baghdadi", "Umm Sayyaf", "Osama bin Laden": a person, unless a head noun says otherwise. */
    private void kunya(List<Token> tokens, int from, int to, List<Candidate> out) {
        for (int t = from; t < to; t++) {
            String w = tokens.get(t).text().toLowerCase(Locale.ROOT);
            boolean kunya = KUNYAS.contains(w) && t + 1 < to;
            boolean patronymic = PATRONYMICS.contains(w) && t > from && t + 1 < to;
            if (!kunya && !patronymic) {
                continue;
            }
            int start = kunya ? t : from;
            while (start < t && (lexicon.isTitleWord(tokens.get(start).text()) || isArticle(tokens.get(start).text()))) {
                start++;
            }
            int end = to;
            for (int u = t + 1; u < to; u++) {
                String x = tokens.get(u).text();
                if (lexicon.isGroupHead(x) || lexicon.isPlaceHead(x) || x.equals("of")) {
                    end = u;
                    break;
                }
            }
            if (end - start >= 2) {
                StringBuilder name = new StringBuilder();
                for (int u = start; u < end; u++) {
                    name.append(u == start ? "" : " ").append(tokens.get(u).text());
                }
                boolean place = !gazetteer.places(name.toString()).isEmpty();
                out.add(new Candidate(start, end, EntityType.PERSON, 0.6,
                        place ? Candidate.Source.WEAK_PATTERN : Candidate.Source.NAME_PATTERN));
            }
            return;
        }
    }

    /** One to four name words right after a title: "Maulana Masood Azhar", "Commissioner Neil Basu". */
    private void afterTitle(List<Token> tokens, int title, List<Candidate> out) {
        int from = title + 1;
        int to = from;
        while (to < tokens.size() && to - from < MAX_NAME_AFTER_TITLE && nameLike(tokens, to)) {
            String w = tokens.get(to).text();
            if (lexicon.isTitleWord(w) || lexicon.isGroupHead(w) || lexicon.isPlaceHead(w) || gazetteer.isCommonWord(w)
                    || gazetteer.isDemonym(w)) {
                break;
            }
            to++;
        }
        if (to > from && (to == tokens.size() || !nameLike(tokens, to))) {
            out.add(new Candidate(from, to, EntityType.PERSON, 0.55, Candidate.Source.WEAK_PATTERN));
        }
    }

    private boolean hasNameBefore(List<Token> tokens, int from, int head) {
        for (int t = from; t < head; t++) {
            String w = tokens.get(t).text();
            if (nameLike(tokens, t) && !lexicon.isTitleWord(w) && !JOINERS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** End (exclusive) of the run of name words starting at {@code from}, with joiners between them. */
    private static int runEnd(List<Token> tokens, int from) {
        int end = from + 1;
        while (end < tokens.size()) {
            if (nameLike(tokens, end)) {
                end++;
            } else if (JOINERS.contains(tokens.get(end).text()) && end + 1 < tokens.size()
                    && (nameLike(tokens, end + 1) || tokens.get(end + 1).text().equals("the")
                    && end + 2 < tokens.size() && nameLike(tokens, end + 2))) {
                end += tokens.get(end + 1).text().equals("the") ? 2 : 1;
            } else {
                break;
            }
        }
        return end;
    }

    static boolean nameLike(List<Token> tokens, int t) {
        String w = tokens.get(t).text();
        return NameWords.isCapitalized(w) && w.chars().anyMatch(Character::isLetter);
    }

    private static boolean isArticle(String w) {
        return w.equals("the") || w.equals("The");
    }
}
