package org.trawl.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.Mention;
import org.trawl.names.KnownEntities;
import org.trawl.names.KnownEntity;
import org.trawl.names.NameKey;
import org.trawl.nlp.Cancellation;

/**
 * Links the mentions of one article to entities. Mentions resolve together when their names have the
 * same {@link NameKey}, when a reference list knows both names as one entity, when an acronym is defined
 * in the text ("Joint Terrorism Analysis Centre (JTAC)"), and when a partial person name ("Choudary")
 * matches exactly one fuller name in the article ("Anjem Choudary"), and when the text states that one
 * name is another ("Jabhat al-Nusra changed its name to Jabhat Fateh al-Sham", "X, formerly known as Y",
 * "X, also known as Y"); a partial name that fits two people stays apart. Thread-safe.
 */
public final class DocumentResolver {

    /** Particles that start or join Arabic names; a partial name never consists of these alone. */
    static final Set<String> PARTICLES = Set.of("al", "el", "abu", "abou", "umm", "um", "bin", "ibn", "ben", "bint",
            "ould", "ad", "ar", "as", "ash", "at", "az", "ul", "ud", "abd", "abdul", "de", "van", "von", "der", "la",
            "le", "da", "di", "du", "mr", "mrs", "ms", "dr", "sheikh", "shaykh", "mullah", "imam");

    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\G\\s*\\(\\s*(?:the\\s+)?([\\p{Lu}][\\p{L}\\d&.\\-]{1,14})\\s*\\)");

    /** What stands between two names when the text says they are one: a rename or an alias. */
    private static final Pattern SAME_NAME_BETWEEN = Pattern.compile("(?i)^[\\s,(]*(?:which|that|who)?\\s*"
            + "(?:has\\s+|had\\s+|have\\s+|later\\s+|subsequently\\s+|then\\s+|since\\s+|recently\\s+)*"
            + "(?:changed\\s+(?:its|their)\\s+name\\s+to|(?:was\\s+|been\\s+)?renamed(?:\\s+itself)?(?:\\s+as|\\s+to)?"
            + "|(?:was\\s+|been\\s+)?rebranded(?:\\s+itself)?(?:\\s+as)?|(?:is\\s+|are\\s+)?now\\s+(?:known\\s+as|called)"
            + "|(?:was\\s+|were\\s+)?(?:formerly|previously|once|originally)\\s+(?:known\\s+as|called)"
            + "|(?:is\\s+)?also\\s+(?:known\\s+as|called)|a\\.?k\\.?a\\.?|otherwise\\s+known\\s+as)"
            + "[\\s,:\"“]*(?:the\\s+)?$");
    private static final int SAME_NAME_MAX_GAP = 60;

    private final KnownEntities known;

    public DocumentResolver(KnownEntities known) {
        this.known = known;
    }

    public List<EntityMention> resolve(String text, List<Mention> mentions) {
        Map<String, String> acronyms = definedAcronyms(text, mentions);
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Cluster> byKey = new HashMap<>();
        Map<String, Cluster> byReference = new HashMap<>();
        Cluster[] assigned = new Cluster[mentions.size()];
        List<Integer> partials = new ArrayList<>();

        for (int i = 0; i < mentions.size(); i++) {
            Cancellation.checkpoint();
            Mention m = mentions.get(i);
            String key = NameKey.of(m.text());
            if (key.isEmpty()) {
                key = m.text();
            }
            Cluster c = byKey.get(m.type() + "|" + key);
            if (c == null) {
                KnownEntity ref = known.find(m.type(), key).orElse(null);
                if (ref == null && acronyms.containsKey(key)) {
                    Cluster expanded = byKey.get(m.type() + "|" + acronyms.get(key));
                    if (expanded != null) {
                        c = expanded;
                    } else {
                        ref = known.find(m.type(), acronyms.get(key)).orElse(null);
                    }
                }
                if (c == null && ref != null) {
                    c = byReference.get(ref.reference());
                    if (c == null) {
                        c = new Cluster(m.type(), ref);
                        clusters.add(c);
                        byReference.put(ref.reference(), c);
                    }
                }
            }
            if (c == null && m.type() == EntityType.PERSON && (nameTokens(key).size() == 1 || oneWrittenWord(m.text()))) {
                partials.add(i);
                continue;
            }
            assigned[i] = file(m, key, c, clusters, byKey);
        }

        for (int i : partials) {
            Mention m = mentions.get(i);
            String key = NameKey.of(m.text());
            Cluster c = byKey.get(m.type() + "|" + key);
            assigned[i] = file(m, key, c != null ? c : uniqueFullName(clusters, key), clusters, byKey);
        }

        joinStatedRenames(text, mentions, assigned);
        ClusterJoins.apply(mentions, assigned);

        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Cluster c = assigned[i];
            Mention m = mentions.get(i);
            out.add(new EntityMention(m.type() == c.type ? m : m.withType(c.type), c.id(), c.canonical()));
        }
        return out;
    }

    /**
     * Adds the mention to cluster {@code c}, or to a new cluster of its own when {@code c} is null, and files
     * the cluster under the mention's type and key.
     */
    private static Cluster file(Mention m, String key, Cluster c, List<Cluster> clusters, Map<String, Cluster> byKey) {
        Cluster into = c;
        if (into == null) {
            into = new Cluster(m.type(), null);
            clusters.add(into);
        }
        byKey.put(m.type() + "|" + key, into);
        into.add(m, key);
        return into;
    }

    /**
     * Joins two names of one type that the text says name the same thing ("X changed its name to Y",
     * "X, formerly known as Y"): the second name's mentions move to the first name's entity.
     */
    private static void joinStatedRenames(String text, List<Mention> mentions, Cluster[] assigned) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = mentions.get(i + 1);
            Cluster ca = assigned[i];
            Cluster cb = assigned[i + 1];
            if (a.type() != b.type() || ca == cb || b.start() < a.end() || b.start() - a.end() > SAME_NAME_MAX_GAP
                    || !SAME_NAME_BETWEEN.matcher(text.substring(a.end(), b.start())).find()) {
                continue;
            }
            if (cb.reference != null && ca.reference == null) {
                Cluster t = ca;
                ca = cb;
                cb = t;
            }
            ClusterJoins.move(mentions, assigned, cb, ca);
        }
    }

    /** True for a name written as one word, hyphens and all ("Scott-Clark"). */
    private static boolean oneWrittenWord(String name) {
        return name.strip().indexOf(' ') < 0;
    }

    /**
     * The one multi-word person cluster with a name token equal to {@code key} (or, for a hyphenated name,
     * its words in a row), or null.
     */
    private static Cluster uniqueFullName(List<Cluster> clusters, String key) {
        Cluster found = null;
        boolean oneToken = nameTokens(key).size() == 1;
        for (Cluster c : clusters) {
            if (c.type != EntityType.PERSON || !(oneToken ? c.hasPart(key) : c.hasRun(key))) {
                continue;
            }
            if (found != null && found != c) {
                return null;
            }
            found = c;
        }
        return found;
    }

    /** Name tokens of a key, without particles: "abu bakr al baghdadi" → [bakr, baghdadi]. */
    static List<String> nameTokens(String key) {
        List<String> out = new ArrayList<>();
        for (String t : key.split(" ")) {
            if (!t.isEmpty() && !PARTICLES.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Acronyms defined right after a name, as "(JTAC)": acronym key → key of the long name. */
    static Map<String, String> definedAcronyms(String text, List<Mention> mentions) {
        Map<String, String> out = new HashMap<>();
        for (Mention m : mentions) {
            Matcher am = ACRONYM_AFTER.matcher(text);
            am.region(m.end(), text.length());
            if (!am.lookingAt()) {
                continue;
            }
            String acronym = am.group(1);
            if (isAcronymOf(acronym, m.text())) {
                out.put(NameKey.of(acronym), NameKey.of(m.text()));
            }
        }
        return out;
    }

    /** True when the capitals of {@code acronym} are initials of words of {@code name}, in order. */
    static boolean isAcronymOf(String acronym, String name) {
        String letters = acronym.replaceAll("[^\\p{L}]", "").toUpperCase(Locale.ROOT);
        if (letters.length() < 2) {
            return false;
        }
        String[] words = name.split("[\\s\\-]+");
        int w = 0;
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            while (w < words.length && (words[w].isEmpty()
                    || Character.toUpperCase(words[w].charAt(0)) != c)) {
                w++;
            }
            if (w == words.length) {
                return false;
            }
            w++;
        }
        return true;
    }
}
