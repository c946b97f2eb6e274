package org.trawl.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.Relation;
import org.trawl.model.RelationArgument;
import org.trawl.model.RelationType;
import org.trawl.model.Sentence;
import org.trawl.model.Token;
import org.trawl.nlp.PartOfSpeechTagger;

/**
 * Typed relations within one sentence, from the words between two names: "Khalid Zerkani, a preacher
 * from Morocco", "Choudary, the leader of al-Muhajiroun", "al-Muhajiroun's leader Anjem Choudary",
 * "Daesh (also known as ISIL)". Names joined by "and" or a comma share the words before them ("met A
 * and B"). Verbs are confirmed by the part-of-speech tagger ("leads" the verb, not the noun). A negation
 * near the names drops the relation ("denied being a member of"); a hedge lowers its score ("allegedly",
 * "may"). Not thread-safe (the tagger is not).
 */
final class TypedRelations {

    private static final int MAX_GAP = 12;
    /** Words that negate a statement near them (shared with {@link PairFeatures}). */
    static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "denied", "denies", "deny",
            "denying", "neither", "nor", "without", "refused", "rejected");
    /** Words that hedge a statement near them (shared with {@link PairFeatures}). */
    static final Set<String> HEDGES = Set.of("allegedly", "alleged", "reportedly", "possibly", "possible",
            "may", "might", "could", "suspected", "believed", "rumoured", "rumored", "unconfirmed", "claimed",
            "perhaps", "probably", "likely", "unclear");
    private static final Set<String> FILLERS = Set.of("the", "a", "an", ",");
    /** Verbs of reacting to an event: the first name comments on what the trigger names, it did not do it. */
    private static final Set<String> REPORTING = Set.of("condemns", "condemned", "condemn", "responds", "responded",
            "comments", "commented", "welcomes", "welcomed", "following", "deplores", "deplored", "marks", "reacts",
            "reacted", "mourns", "mourned", "denounces", "denounced", "says", "said");
    private static final String ROLE_ORIGIN = "role";
    /** Words that open another clause: a trigger after one speaks of that clause's subject, not the first name. */
    private static final Set<String> CLAUSE_BREAKS = Set.of("because", "although", "though", "while", "whereas",
            "but", "since", "when", "after", "if", "unless", "until", "where", "which", "whom", "he", "she", "they",
            "we", "i", "it");
    /** Verbs that link a name to a role, which a trigger after them still speaks of ("X became leader of Y"). */
    private static final Set<String> LINKING_VERBS = Set.of("became", "become", "becomes", "becoming", "remained",
            "remains", "remain", "named", "appointed", "elected", "served", "serves", "serving", "made");

    private final RelationTriggers triggers;
    private final PartOfSpeechTagger tagger;

    TypedRelations(RelationTriggers triggers, PartOfSpeechTagger tagger) {
        this.triggers = triggers;
        this.tagger = tagger;
    }

    /** @param mentions the mentions of the sentence, in order */
    List<Relation> find(Sentence s, List<EntityMention> mentions) {
        List<Relation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Integer> years = Years.in(s.text());
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention a = mentions.get(i);
            int aEnd = s.tokenAtOrAfter(a.end());
            for (int j = i + 1; j < mentions.size(); j++) {
                EntityMention b = mentions.get(j);
                if (j > i + 1 && !coordinated(s, mentions.get(j - 1), b)) {
                    break;
                }
                int firstOfGroup = s.tokenAtOrAfter(mentions.get(i + 1).start());
                if (firstOfGroup - aEnd > MAX_GAP) {
                    break;
                }
                Relation r = relate(s, a, b, aEnd, firstOfGroup, years, j == i + 1, inList(s, mentions, i, j));
                if (r != null && a.entityId().equals(b.entityId())
                        && (r.type() != RelationType.SAME_AS || a.text().equals(b.text()))) {
                    continue; // one entity: only an alias statement ("Daesh, also known as ISIL") says something
                }
                if (r != null && seen.add(r.type() + "|" + r.source().entityId() + "|" + r.target().entityId())) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /**
     * @param adjacent true when no other name stands between the two, which the triggers that must stand
     *                 alone between names require
     * @param inList   true when the two are part of a longer list of names ("Iran, Saudi Arabia, Jordan"),
     *                 where a comma is not an apposition
     */
    private Relation relate(Sentence s, EntityMention a, EntityMention b, int from, int to, List<Integer> years,
                            boolean adjacent, boolean inList) {
        List<String> between = new ArrayList<>(Math.max(0, to - from));
        for (int t = from; t < to; t++) {
            between.add(s.tokens().get(t).text().toLowerCase(Locale.ROOT));
        }
        if (a.type() == EntityType.PERSON && b.type() == EntityType.PERSON && between.equals(List.of(","))
                && (ROLE_ORIGIN.equals(a.mention().origin()) != ROLE_ORIGIN.equals(b.mention().origin()))) {
            return relation(RelationType.SAME_AS, a, b, s, 0.7, years);
        }
        RelationTrigger best = null;
        int bestAt = -1;
        for (RelationTrigger t : triggers.allowing(a.type(), b.type())) {
            if (best != null && t.words().size() <= best.words().size()
                    || !adjacent && t.match() == RelationTrigger.Match.ONLY
                    || inList && t.words().contains(",")) {
                continue;
            }
            int at = switch (t.match()) {
                case BEFORE -> joined(between) && endsAt(t.words(), s, s.tokenAtOrAfter(a.start())) ? 0 : -1;
                case AFTER -> joined(between) && startsAt(t.words(), s, s.tokenAtOrAfter(b.end())) ? 0 : -1;
                default -> matchAt(t, between, s, from);
            };
            if (at >= 0) {
                best = t;
                bestAt = at;
            }
        }
        if (best == null) {
            return eventPlace(s, a, b, to, years);
        }
        double score = switch (best.match()) {
            case ONLY -> 0.85;
            case IN -> 0.8;
            case VERB, BEFORE, AFTER -> 0.75;
        };
        score -= 0.02 * Math.max(0, between.size() - best.words().size());
        if (best.match() == RelationTrigger.Match.IN && between.subList(0, bestAt).stream().anyMatch(REPORTING::contains)) {
            return null; // "the minister condemned the attack in X": a reaction, not the act
        }
        if ((best.match() == RelationTrigger.Match.IN || best.match() == RelationTrigger.Match.VERB)
                && anotherClause(s, between, from, bestAt)) {
            return null; // "X lectured to members of Y", "X has links to Z because he was a member of Y"
        }
        int hedge = hedging(s, from, to, bestAt);
        if (hedge < 0) {
            return null;
        }
        if (hedge > 0) {
            score *= 0.6;
        }
        score = Math.max(0.3, score);
        return best.firstIsSource() ? relation(best.type(), a, b, s, score, years)
                : relation(best.type(), b, a, s, score, years);
    }

    /**
     * "Bishop met Al-Ja'afari in Canberra": an actor of the sentence is where the sentence's event takes
     * place, when the place is introduced by "in" or "at" and nothing else relates them. A weak relation.
     */
    private static Relation eventPlace(Sentence s, EntityMention a, EntityMention b, int bToken, List<Integer> years) {
        if (b.type() != EntityType.PLACE || a.type() == EntityType.PLACE || bToken == 0) {
            return null;
        }
        String before = s.tokens().get(bToken - 1).text();
        if (!before.equals("in") && !before.equals("at")) {
            return null;
        }
        return relation(RelationType.LOCATED_IN, a, b, s, 0.45, years);
    }

    /** True when only "and" (and articles) stands between the names. */
    private static boolean joined(List<String> between) {
        return between.stream().filter(w -> !FILLERS.contains(w) || w.equals(",")).toList().equals(List.of("and"));
    }

    /**
     * True when the phrase's last word stands right before token {@code end} (or before an article there)
     * and its other words, in order, within a few tokens before that ("the agreement reached yesterday
     * between").
     */
    private static boolean endsAt(List<String> words, Sentence s, int end) {
        if (end > 0 && FILLERS.contains(s.tokens().get(end - 1).text().toLowerCase(Locale.ROOT))) {
            end--;
        }
        int last = end - 1;
        if (last < 0 || !s.tokens().get(last).text().equalsIgnoreCase(words.get(words.size() - 1))) {
            return false;
        }
        int k = words.size() - 2;
        for (int t = last - 1; t >= Math.max(0, last - 4) && k >= 0; t--) {
            if (s.tokens().get(t).text().equalsIgnoreCase(words.get(k))) {
                k--;
            }
        }
        return k < 0;
    }

    /** True when the words stand from token {@code start} on, the first used as a verb. */
    private boolean startsAt(List<String> words, Sentence s, int start) {
        if (start + words.size() > s.tokens().size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!s.tokens().get(start + k).text().equalsIgnoreCase(words.get(k))) {
                return false;
            }
        }
        String tag = tagger.tag(s, start);
        return tag.equals("VERB") || tag.equals("AUX");
    }

    /** Where the trigger's words start in {@code between}, or -1. */
    private int matchAt(RelationTrigger t, List<String> between, Sentence s, int from) {
        List<String> w = t.words();
        if (t.match() == RelationTrigger.Match.ONLY) {
            List<String> core = new ArrayList<>(between.size());
            for (String x : between) {
                if (!FILLERS.contains(x) || w.contains(x)) {
                    core.add(x);
                }
            }
            return core.equals(w) ? 0 : -1;
        }
        outer:
        for (int i = 0; i + w.size() <= between.size(); i++) {
            for (int k = 0; k < w.size(); k++) {
                if (!between.get(i + k).equals(w.get(k))) {
                    continue outer;
                }
            }
            if (t.match() == RelationTrigger.Match.VERB) {
                String tag = tagger.tag(s, from + i);
                if (!tag.equals("VERB") && !tag.equals("AUX")) {
                    continue;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * True when the words before the trigger open another clause (a conjunction, a relative or personal
     * pronoun), or, for a role noun ("members of", "leader of"), hold a verb of their own other than a
     * linking one ("lectured to members of"): then the trigger speaks of someone else than the first name.
     */
    private boolean anotherClause(Sentence s, List<String> between, int from, int triggerAt) {
        boolean role = triggerAt < between.size() && tagger.tag(s, from + triggerAt).equals("NOUN");
        for (int k = 0; k < triggerAt; k++) {
            String w = between.get(k);
            if (CLAUSE_BREAKS.contains(w)) {
                return true;
            }
            if (role && !LINKING_VERBS.contains(w) && tagger.tag(s, from + k).equals("VERB")) {
                return true;
            }
        }
        return false;
    }

    /** -1 when a negation governs the trigger, 1 when a hedge does, else 0. */
    private static int hedging(Sentence s, int from, int to, int triggerAt) {
        int result = 0;
        int start = Math.max(0, from - 3);
        int end = Math.min(to, from + triggerAt + 1);
        for (int t = start; t < end; t++) {
            String w = s.tokens().get(t).text().toLowerCase(Locale.ROOT);
            if (NEGATIONS.contains(w)) {
                return -1;
            }
            if (HEDGES.contains(w)) {
                result = 1;
            }
        }
        return result;
    }

    /** True when the pair (i, j) is part of a list: a name coordinated right before i or right after j. */
    private static boolean inList(Sentence s, List<EntityMention> mentions, int i, int j) {
        return i > 0 && coordinated(s, mentions.get(i - 1), mentions.get(i))
                || j + 1 < mentions.size() && coordinated(s, mentions.get(j), mentions.get(j + 1));
    }

    /** True when {@code next} is joined to {@code previous} by "and", "or" or a comma only. */
    private static boolean coordinated(Sentence s, EntityMention previous, EntityMention next) {
        int from = s.tokenAtOrAfter(previous.end());
        int to = s.tokenAtOrAfter(next.start());
        if (to - from < 1 || to - from > 2) {
            return false;
        }
        for (int t = from; t < to; t++) {
            Token tok = s.tokens().get(t);
            String w = tok.text().toLowerCase(Locale.ROOT);
            if (!w.equals("and") && !w.equals("or") && !w.equals(",")) {
                return false;
            }
        }
        return true;
    }

    private static Relation relation(RelationType type, EntityMention source, EntityMention target, Sentence s,
                                     double score, List<Integer> years) {
        return new Relation(type, RelationArgument.of(source), RelationArgument.of(target), s.text(), s.start(),
                score, years, 1);
    }
}
