package org.trawl.nlp.namefind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.trawl.model.EntityType;
import org.trawl.model.Sentence;
import org.trawl.model.Token;
import org.trawl.names.KnownEntities;
import org.trawl.names.KnownEntity;
import org.trawl.names.NameKey;
import org.trawl.nlp.ModelFiles;

/**
 * The reference lists trawl ships in {@code models/gazetteers/}: sanctioned persons and groups with their
 * aliases (US OFAC and UN lists), countries with their other names and demonyms (world-countries and the
 * JDK's locale data), and cities and regions (GeoNames). It finds listed names in sentences, tells the
 * resolver which names are one entity, and knows where places are. Loaded once; thread-safe.
 */
public final class Gazetteer implements KnownEntities {

    /** A listed name in a sentence: tokens [from, to) and the entries it may stand for. */
    public record Match(int from, int to, List<GazetteerEntry> entries) {

        public GazetteerEntry best() {
            return entries.get(0);
        }
    }

    /** A name form as listed, with whether it must match with its exact capitals (acronyms, short names). */
    private record Form(GazetteerEntry entry, String letters, boolean exactCase) {
    }

    private static final int SHORT_NAME = 4;
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-]+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern JOINED_NAMES = Pattern.compile("(\\p{Lu}\\p{Ll}+) and \\p{Lu}\\p{Ll}+");
    private static final Pattern STATE_FORM = Pattern.compile("(?:(?:Federal|Democratic|Islamic|Arab|Socialist|People's"
            + "|United|Hashemite|Plurinational|Bolivarian|Federative|Oriental|Co-operative|Cooperative) )*"
            + "(?:Republic|Kingdom|State|Commonwealth|Principality|Grand Duchy|Sultanate|Emirate|Federation|Union)"
            + " of (?:the )?(\\p{Lu}[\\p{L} ]+)");
    /**
     * An Arabic article or particle hyphened to a name ("al-qaida"): the common-word counts read its lower-case
     * particle as a lower-case word, but the name after it is capitalised ("al-Qaida"), so it is no common word.
     */
    private static final Pattern PARTICLE_NAME = Pattern.compile("(?:al|el|ul|ud|ut|ad|ar|as|ash|at|az|an|ibn|bin|abu|abd)-\\p{L}.*");

    private final NameTrie<Form> trie = new NameTrie<>();
    private final Map<String, List<GazetteerEntry>> places = new HashMap<>();
    private final Map<String, KnownEntity> known = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    private final Set<String> demonyms = new HashSet<>();
    private final Set<String> commonWords;

    private Gazetteer(Set<String> commonWords) {
        this.commonWords = commonWords;
    }

    /** Loads the gazetteers from the models folder (or the bundled copy). */
    public static Gazetteer load(ModelFiles files) {
        try {
            Set<String> common = new HashSet<>(files.wordList("gazetteers/common-words.txt").words());
            common.removeIf(w -> PARTICLE_NAME.matcher(w).matches());
            Gazetteer g = new Gazetteer(common);
            g.loadCountries(files);
            g.loadSanctions(files);
            g.loadAreas(files);
            g.loadPlaces(files);
            g.ambiguous.forEach(g.known::remove);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load gazetteers from " + files + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- lookups

    /** Every listed name in the sentence that the case rules allow, longest first where they overlap. */
    public List<Match> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        TokenWords words = TokenWords.of(tokens, 0, tokens.size());
        List<Match> out = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            out.addAll(matchesAt(tokens, words, t));
        }
        out.sort((a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from())
                : Integer.compare(b.to() - b.from(), a.to() - a.from()));
        return out;
    }

    /** The listed names starting exactly at token {@code from}, longest first. */
    public List<Match> findAt(List<Token> tokens, int from) {
        if (from >= tokens.size()) {
            return List.of();
        }
        List<Match> out = matchesAt(tokens, TokenWords.of(tokens, from, Math.min(tokens.size(), from + 8)), from);
        return out.reversed();
    }

    /** The name words of tokens [from, to): each word, the token it comes from, and each token's first word. */
    private record TokenWords(List<String> words, List<Integer> tokenOf, int[] firstWord, int from) {

        static TokenWords of(List<Token> tokens, int from, int to) {
            List<String> words = new ArrayList<>((to - from) + 4);
            List<Integer> tokenOf = new ArrayList<>((to - from) + 4);
            int[] firstWord = new int[to - from + 1];
            for (int i = from; i < to; i++) {
                firstWord[i - from] = words.size();
                for (String w : NameWords.ofToken(tokens.get(i).text())) {
                    words.add(w);
                    tokenOf.add(i);
                }
            }
            firstWord[to - from] = words.size();
            return new TokenWords(words, tokenOf, firstWord, from);
        }

        int firstWordOf(int token) {
            return firstWord[token - from];
        }
    }

    /** Listed names starting at token {@code t} and ending at a token boundary, shortest first. */
    private List<Match> matchesAt(List<Token> tokens, TokenWords tw, int t) {
        int w = tw.firstWordOf(t);
        if (w >= tw.words().size() || tw.tokenOf().get(w) != t || !NameWords.isCapitalized(tokens.get(t).text())) {
            return List.of();
        }
        List<Match> out = new ArrayList<>(2);
        for (NameTrie.Hit<Form> hit : trie.matchesAt(tw.words(), w)) {
            int lastToken = tw.tokenOf().get(hit.to() - 1);
            if (tw.firstWordOf(lastToken + 1) != hit.to()) {
                continue; // the match ends inside a token
            }
            Match m = accept(tokens, t, lastToken + 1, hit.values());
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private Match accept(List<Token> tokens, int from, int to, List<Form> forms) {
        String first = tokens.get(from).text();
        String last = tokens.get(to - 1).text();
        if (!NameWords.isCapitalized(last)) {
            return null;
        }
        String letters = null;
        List<GazetteerEntry> entries = new ArrayList<>(forms.size());
        for (Form f : forms) {
            if (f.exactCase()) {
                if (letters == null) {
                    StringBuilder b = new StringBuilder();
                    for (int i = from; i < to; i++) {
                        b.append(tokens.get(i).text());
                    }
                    letters = b.toString();
                }
                String seen = NameWords.letters(letters);
                boolean sameCaps = NameWords.isAllCaps(letters) ? seen.equals(f.letters())
                        : letters.equals(f.entry().canonical()) || letters.replace(".", "").equals(f.letters());
                if (!sameCaps) {
                    continue;
                }
            }
            entries.add(f.entry());
        }
        if (entries.isEmpty()) {
            return null;
        }
        if (to - from == 1 && commonWords.contains(first.toLowerCase(Locale.ROOT))) {
            return null;
        }
        entries.sort((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind())
                : Long.compare(b.population(), a.population()));
        return new Match(from, to, List.copyOf(entries));
    }

    /** The places with this name, most populous first (for typing and for maps). */
    public List<GazetteerEntry> places(String name) {
        return places.getOrDefault(NameKey.of(name), List.of());
    }

    /** True when the word is a nationality adjective or demonym ("British", "Iraqi", "Syrians"). */
    public boolean isDemonym(String word) {
        return demonyms.contains(word.strip().toLowerCase(Locale.ROOT));
    }

    /** True when the word is mostly written in lower case in English (a common word, not a name). */
    public boolean isCommonWord(String word) {
        return commonWords.contains(word.toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<KnownEntity> find(EntityType type, String key) {
        KnownEntity k = known.get(key);
        if (k == null) {
            return Optional.empty();
        }
        boolean countryAsActor = k.type() == EntityType.PLACE && type == EntityType.GROUP;
        return k.type() == type || countryAsActor ? Optional.of(k) : Optional.empty();
    }

    // ---------------------------------------------------------------- loading

    private void loadCountries(ModelFiles files) throws IOException {
        Map<String, String> jdkNames = new HashMap<>();
        for (String iso : Locale.getISOCountries()) {
            jdkNames.put(iso, Locale.of("", iso).getDisplayCountry(Locale.ENGLISH));
        }
        for (String[] row : files.tsvRows("gazetteers/countries.tsv")) {
            String iso2 = row[0];
            String name = row[2];
            GazetteerEntry e = new GazetteerEntry(GazetteerEntry.Kind.COUNTRY, "country:" + iso2, name, true, 0,
                    iso2, Double.parseDouble(row[7]), Double.parseDouble(row[8]));
            Set<String> names = new LinkedHashSet<>();
            names.add(name);
            names.add(row[3]);
            names.addAll(split(row[4]));
            String jdk = jdkNames.get(iso2);
            if (jdk != null) {
                names.add(jdk.replaceAll("\\s*\\(.*\\)$", ""));
                names.add(jdk.replaceAll("^.*\\((.*)\\)$", "$1"));
            }
            names.addAll(shortForms(names));
            for (String n : names) {
                addName(n, e, true);
                knowAs(n, new KnownEntity(e.reference(), EntityType.PLACE, name));
                placeNamed(n, e);
            }
            for (String d : row[5].split("\\s*[|,]\\s*")) {
                if (d.isBlank()) {
                    continue;
                }
                demonyms.add(d.toLowerCase(Locale.ROOT));
                demonyms.add(d.toLowerCase(Locale.ROOT) + "s");
            }
        }
    }

    private void loadSanctions(ModelFiles files) throws IOException {
        // entries of the two lists that share a name (canonical to canonical, or canonical to alias) are one entity
        List<String[]> rows = files.tsvRows("gazetteers/sanctions.tsv");
        Map<String, Integer> byCanonicalKey = new HashMap<>();
        int[] parent = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            parent[i] = i;
            String key = rows.get(i)[1] + "|" + NameKey.of(rows.get(i)[2]);
            Integer other = byCanonicalKey.putIfAbsent(key, i);
            if (other != null) {
                union(parent, i, other);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            for (String alias : split(rows.get(i)[3])) {
                Integer other = byCanonicalKey.get(rows.get(i)[1] + "|" + NameKey.of(alias));
                if (other != null) {
                    union(parent, i, other);
                }
            }
        }
        Map<Integer, List<String[]>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(rows.get(i));
        }
        for (List<String[]> cluster : clusters.values()) {
            String[] head = cluster.get(0);
            boolean person = head[1].equals("PERSON");
            Set<String> names = new LinkedHashSet<>();
            for (String[] r : cluster) {
                names.add(r[2]);
                names.addAll(split(r[3]));
            }
            String canonical = displayName(head[2], names);
            GazetteerEntry e = new GazetteerEntry(person ? GazetteerEntry.Kind.SANCTIONED_PERSON
                    : GazetteerEntry.Kind.SANCTIONED_GROUP, head[0], canonical, true, 0, null, 0, 0);
            KnownEntity k = new KnownEntity(head[0], e.type(), canonical);
            for (String n : names) {
                if (!usableName(n, person) || isCountryName(n)) {
                    continue; // a country's name ("EGYPT" for Ajnad Misr) names the country, not the group
                }
                addName(n, e, true);
                knowAs(n, k);
            }
        }
    }

    /** A place row with its keys computed (in parallel: the place list is long and keys are the work). */
    private record PlaceRow(GazetteerEntry entry, String key, List<String> words, String letters) {

        static PlaceRow of(String[] row) {
            GazetteerEntry.Kind kind = row[1].equals("region") ? GazetteerEntry.Kind.REGION : GazetteerEntry.Kind.CITY;
            boolean standalone = row[7].equals("1");
            GazetteerEntry e = new GazetteerEntry(kind, kind.name().toLowerCase(Locale.ROOT) + ":" + row[2] + ":"
                    + row[3] + ":" + row[0], row[0], standalone, Long.parseLong(row[4]), row[2],
                    Double.parseDouble(row[5]), Double.parseDouble(row[6]));
            return new PlaceRow(e, NameKey.of(row[0]), standalone ? NameWords.of(row[0]) : List.of(),
                    standalone ? NameWords.letters(row[0]) : "");
        }
    }

    /**
     * Continents, regions and other names of countries, for placing names on the map only: they are not
     * matched in text (the recogniser finds them as it did), so names found stay as they were.
     */
    private void loadAreas(ModelFiles files) throws IOException {
        if (!files.exists("gazetteers/areas.tsv")) {
            return;
        }
        for (String[] row : files.tsvRows("gazetteers/areas.tsv")) {
            String country = row[3].isEmpty() ? null : row[3];
            GazetteerEntry e = new GazetteerEntry(GazetteerEntry.Kind.AREA, "area:" + row[2] + ":" + row[0], row[0],
                    false, 0, country, Double.parseDouble(row[5]), Double.parseDouble(row[6]));
            Set<String> names = new LinkedHashSet<>();
            names.add(row[0]);
            names.addAll(split(row[1]));
            for (String n : names) {
                String key = NameKey.of(n);
                if (!key.isEmpty()) {
                    places.computeIfAbsent(key, k -> new ArrayList<>(1)).add(e);
                }
            }
        }
    }

    private void loadPlaces(ModelFiles files) throws IOException {
        List<PlaceRow> rows = files.tsvRows("gazetteers/places.tsv.gz").parallelStream().map(PlaceRow::of).toList();
        for (PlaceRow p : rows) {
            if (!p.key().isEmpty()) {
                places.computeIfAbsent(p.key(), k -> new ArrayList<>(1)).add(p.entry());
            }
            boolean isShort = p.words().size() == 1 && p.letters().length() <= SHORT_NAME;
            if (!p.words().isEmpty() && !isShort) {
                trie.add(p.words(), new Form(p.entry(), p.letters(), false));
            }
        }
        for (List<GazetteerEntry> list : places.values()) {
            list.sort((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind())
                    : Long.compare(b.population(), a.population()));
        }
    }

    /**
     * Whether a listed name is distinctive enough to use: at least three letters; a person's name needs
     * two words; a name made only of common words ("The Base", "Youth Wing") is not used.
     */
    private boolean usableName(String name, boolean person) {
        List<String> words = NameWords.of(name);
        if (words.isEmpty() || NameWords.letters(name).length() < 2 || name.chars().anyMatch(c -> c > 0x5FF && c < 0x2000)) {
            return false;
        }
        if (person && words.size() < 2) {
            return false;
        }
        for (String w : WORD_BREAK.split(name.toLowerCase(Locale.ROOT))) {
            String bare = NOT_LETTER.matcher(w).replaceAll("");
            if (!bare.isEmpty() && !bare.equals("the") && !commonWords.contains(bare)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The short forms English uses for a country's longer names: the first of two joined names ("Bosnia" of
     * "Bosnia and Herzegovina") and the name after a form of state ("Turkey" of "Republic of Turkey").
     */
    static List<String> shortForms(Set<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            java.util.regex.Matcher joined = JOINED_NAMES.matcher(n);
            if (joined.matches()) {
                out.add(joined.group(1));
            }
            java.util.regex.Matcher state = STATE_FORM.matcher(n);
            if (state.matches()) {
                out.add(state.group(1));
            }
        }
        return out;
    }

    private boolean isCountryName(String name) {
        KnownEntity k = known.get(NameKey.of(name));
        return k != null && k.reference().startsWith("country:");
    }

    private void addName(String name, GazetteerEntry e, boolean allowShort) {
        List<String> words = NameWords.of(name);
        String letters = NameWords.letters(name);
        boolean isShort = words.size() == 1 && letters.length() <= SHORT_NAME;
        if (words.isEmpty() || isShort && !allowShort) {
            return;
        }
        trie.add(words, new Form(e, letters, isShort));
    }

    private void knowAs(String name, KnownEntity k) {
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            return;
        }
        KnownEntity prev = known.putIfAbsent(key, k);
        if (prev != null && !prev.reference().equals(k.reference())) {
            ambiguous.add(key);
        }
    }

    private void placeNamed(String name, GazetteerEntry e) {
        String key = NameKey.of(name);
        if (!key.isEmpty()) {
            places.computeIfAbsent(key, k -> new ArrayList<>(1)).add(e);
        }
    }

    /**
     * A readable form of a listed name: lists write names in capitals, so a mixed-case spelling of the same
     * name is preferred; failing that, the capitals are turned into title case.
     */
    static String displayName(String canonical, Set<String> names) {
        String key = NameKey.of(canonical);
        for (String n : names) {
            if (!n.equals(n.toUpperCase(Locale.ROOT)) && NameKey.of(n).equals(key) && n.chars().allMatch(c -> c < 0x2000)) {
                return n;
            }
        }
        return titleCase(canonical);
    }

    static String titleCase(String name) {
        Set<String> small = Set.of("of", "and", "the", "in", "for", "to", "on", "at", "wa", "fi", "li", "min");
        StringBuilder out = new StringBuilder();
        String[] words = name.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
                String lower = w.toLowerCase(Locale.ROOT);
                w = i > 0 && small.contains(lower) ? lower : capitalizeParts(lower);
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

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        if (field == null || field.isBlank()) {
            return out;
        }
        for (String s : field.split(" \\| ")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

}
