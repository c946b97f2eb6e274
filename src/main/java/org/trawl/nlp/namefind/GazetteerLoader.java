package org.trawl.nlp.namefind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trawl.model.EntityType;
import org.trawl.names.KnownEntity;
import org.trawl.names.NameKey;
import org.trawl.nlp.ModelFiles;

/**
 * Builds the {@link Gazetteer} from the lists in {@code models/gazetteers/}, each in its own format:
 * {@code countries.tsv} (names, other names, demonyms, with the JDK's English country names and the short
 * forms English uses), {@code sanctions.tsv} (the OFAC and UN entries, those of the two lists that share a
 * name joined into one entity), {@code areas.tsv} (continents and regions, for the map only) and
 * {@code places.tsv.gz} (GeoNames cities and regions), and the common words that keep a one-word match
 * from being a name. Used once per load, on one thread.
 */
final class GazetteerLoader {

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

    private final NameTrie<Gazetteer.Form> trie = new NameTrie<>();
    private final Map<String, List<GazetteerEntry>> places = new HashMap<>();
    private final Map<String, KnownEntity> known = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    private final Set<String> demonyms = new HashSet<>();
    private final Set<String> commonWords;

    private GazetteerLoader(Set<String> commonWords) {
        this.commonWords = commonWords;
    }

    /** Reads every list in {@code files} into a gazetteer. */
    static Gazetteer load(ModelFiles files) throws IOException {
        Set<String> common = new HashSet<>(files.wordList("gazetteers/common-words.txt").words());
        common.removeIf(w -> PARTICLE_NAME.matcher(w).matches());
        GazetteerLoader g = new GazetteerLoader(common);
        g.loadCountries(files);
        g.loadSanctions(files);
        g.loadAreas(files);
        g.loadPlaces(files);
        g.ambiguous.forEach(g.known::remove);
        return new Gazetteer(g.trie, g.places, g.known, g.demonyms, g.commonWords);
    }

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
                addName(n, e);
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
            String canonical = DisplayNames.of(head[2], names);
            GazetteerEntry e = new GazetteerEntry(person ? GazetteerEntry.Kind.SANCTIONED_PERSON
                    : GazetteerEntry.Kind.SANCTIONED_GROUP, head[0], canonical, true, 0, null, 0, 0);
            KnownEntity k = new KnownEntity(head[0], e.type(), canonical);
            for (String n : names) {
                if (!usableName(n, person) || isCountryName(n)) {
                    continue; // a country's name ("EGYPT" for Ajnad Misr) names the country, not the group
                }
                addName(n, e);
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
                placeNamed(n, e);
            }
        }
    }

    private void loadPlaces(ModelFiles files) throws IOException {
        List<PlaceRow> rows = files.tsvRows("gazetteers/places.tsv.gz").parallelStream().map(PlaceRow::of).toList();
        for (PlaceRow p : rows) {
            place(p.key(), p.entry());
            boolean isShort = p.words().size() == 1 && p.letters().length() <= SHORT_NAME;
            if (!p.words().isEmpty() && !isShort) {
                trie.add(p.words(), new Gazetteer.Form(p.entry(), p.letters(), false));
            }
        }
        for (List<GazetteerEntry> list : places.values()) {
            list.sort(GazetteerEntry.PRECEDENCE);
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
            Matcher joined = JOINED_NAMES.matcher(n);
            if (joined.matches()) {
                out.add(joined.group(1));
            }
            Matcher state = STATE_FORM.matcher(n);
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

    /** Matches the name in text; a short one (an acronym, a one-word name) only with its exact capitals. */
    private void addName(String name, GazetteerEntry e) {
        List<String> words = NameWords.of(name);
        String letters = NameWords.letters(name);
        if (!words.isEmpty()) {
            trie.add(words, new Gazetteer.Form(e, letters, words.size() == 1 && letters.length() <= SHORT_NAME));
        }
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
        place(NameKey.of(name), e);
    }

    private void place(String key, GazetteerEntry e) {
        if (!key.isEmpty()) {
            places.computeIfAbsent(key, k -> new ArrayList<>(1)).add(e);
        }
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
