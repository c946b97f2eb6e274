package org.trawl.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trawl.model.EntityType;
import org.trawl.model.Mention;
import org.trawl.names.NameKey;

/**
 * The joins that make one entity, of one type, per real thing in an article, after names were first
 * linked by their type and key:
 * <ul>
 *   <li>one name given two types in one article is one entity, of the type of its listed entry or else of
 *       most of its mentions;</li>
 *   <li>an acronym in capitals that is exactly the initials of one group's name in the article ("IS" after
 *       "Islamic State") is that group;</li>
 *   <li>a two- or three-word name typed as a group or place whose last word is a person's surname in the
 *       article, mentioned at least as often as a person, is that person ("Neil Basu" and "Basu").</li>
 * </ul>
 */
final class ClusterJoins {

    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "in", "on", "al", "el", "de", "a");

    private ClusterJoins() {
    }

    static void apply(List<Mention> mentions, Cluster[] assigned) {
        sameNameAcrossTypes(mentions, assigned);
        acronyms(mentions, assigned);
        surnames(mentions, assigned);
    }

    /** Moves every mention of {@code from} to {@code to}. */
    static void move(List<Mention> mentions, Cluster[] assigned, Cluster from, Cluster to) {
        if (from == to) {
            return;
        }
        for (int k = 0; k < assigned.length; k++) {
            if (assigned[k] == from) {
                assigned[k] = to;
                to.add(mentions.get(k), NameKey.of(mentions.get(k).text()));
            }
        }
    }

    private static List<Cluster> distinct(Cluster[] assigned) {
        Set<Cluster> seen = new LinkedHashSet<>();
        for (Cluster c : assigned) {
            if (c != null) {
                seen.add(c);
            }
        }
        return new ArrayList<>(seen);
    }

    private static void sameNameAcrossTypes(List<Mention> mentions, Cluster[] assigned) {
        Map<String, List<Cluster>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < assigned.length; i++) {
            String key = NameKey.of(mentions.get(i).text());
            List<Cluster> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!key.isEmpty() && !list.contains(assigned[i])) {
                list.add(assigned[i]);
            }
        }
        for (List<Cluster> same : byKey.values()) {
            if (same.size() < 2) {
                continue;
            }
            Cluster keep = same.get(0);
            for (Cluster c : same) {
                boolean better = c.reference != null && keep.reference == null
                        || (c.reference == null) == (keep.reference == null) && c.mentions > keep.mentions;
                if (better) {
                    keep = c;
                }
            }
            boolean twoListed = same.stream().filter(c -> c.reference != null).map(c -> c.reference.reference())
                    .distinct().count() > 1;
            if (twoListed) {
                continue;
            }
            for (Cluster c : same) {
                move(mentions, assigned, c, keep);
            }
        }
    }

    private static void acronyms(List<Mention> mentions, Cluster[] assigned) {
        for (Cluster c : distinct(assigned)) {
            if (c.reference != null || c.forms.size() != 1) {
                continue;
            }
            String form = c.forms.keySet().iterator().next();
            if (!isCapitalsAcronym(form)) {
                continue;
            }
            Cluster found = null;
            boolean unique = true;
            for (Cluster g : distinct(assigned)) {
                if (g == c || g.type != EntityType.GROUP) {
                    continue;
                }
                if (g.forms.keySet().stream().anyMatch(f -> initials(f).equals(form))) {
                    unique &= found == null;
                    found = g;
                }
            }
            if (found != null && unique) {
                move(mentions, assigned, c, found);
            }
        }
    }

    private static void surnames(List<Mention> mentions, Cluster[] assigned) {
        List<Cluster> all = distinct(assigned);
        for (Cluster c : all) {
            if (c.type == EntityType.PERSON || c.reference != null) {
                continue;
            }
            String full = c.canonical();
            List<String> words = List.of(NameKey.of(full).split(" "));
            if (words.size() < 2 || words.size() > 3 || !full.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ')
                    || !everyWordCapitalised(full)) {
                continue;
            }
            String surname = words.get(words.size() - 1);
            Cluster person = null;
            for (Cluster p : all) {
                if (p != c && p.type == EntityType.PERSON && p.reference == null
                        && p.forms.keySet().stream().allMatch(f -> NameKey.of(f).equals(surname))) {
                    person = p;
                }
            }
            if (person != null && person.mentions >= c.mentions && assignedAny(assigned, person)) {
                c.type = EntityType.PERSON;
                move(mentions, assigned, person, c);
            }
        }
    }

    private static boolean assignedAny(Cluster[] assigned, Cluster c) {
        for (Cluster a : assigned) {
            if (a == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean everyWordCapitalised(String name) {
        for (String w : name.split(" ")) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(1))) {
                return false;
            }
        }
        return true;
    }

    /** Two to five capital letters and nothing else: "IS", "ISIL". */
    static boolean isCapitalsAcronym(String form) {
        return form.length() >= 2 && form.length() <= 5 && form.chars().allMatch(Character::isUpperCase);
    }

    /** The initials of a name's capitalised words, small joining words skipped: "Islamic State" → "IS". */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s\\-]+")) {
            if (w.isEmpty() || SMALL_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return "";
            }
            b.append(w.charAt(0));
        }
        return b.length() >= 2 ? b.toString() : "";
    }
}
