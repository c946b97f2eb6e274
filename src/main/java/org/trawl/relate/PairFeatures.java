package org.trawl.relate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.Sentence;

/**
 * The features of a candidate pair for the relation model: the words and part-of-speech tags between
 * and around the two arguments, their types and order, the distance, the names standing between them,
 * apposition, bracket and possessive shapes, the trigger lexicon's matches, the trigger rules' verdict,
 * negation and hedge cues, and word stems (of the words and verbs between, and of each argument's head word)
 * so that inflections share what is learned. Not thread-safe (one per thread, reused across sentences).
 */
final class PairFeatures {

    private static final int EXACT_MAX = 4;

    private final RelationTriggers triggers;

    PairFeatures(RelationTriggers triggers) {
        this.triggers = triggers;
    }

    /**
     * @param words  the sentence's tokens in lower case
     * @param tags   their parts of speech
     * @param args   the sentence's arguments in order
     * @param i      the first argument's index in {@code args}
     * @param j      the second's
     * @param hint   the trigger rules' verdict on the pair, or null
     * @return the features, in a list that the caller may add to
     */
    List<String> of(Sentence s, String[] words, String[] tags, List<EntityMention> args, int i, int j, RuleHint hint) {
        EntityMention a = args.get(i);
        EntityMention b = args.get(j);
        String[] stems = stems(words);
        int aStart = s.tokenAtOrAfter(a.start());
        int aEnd = Math.max(aStart + 1, s.tokenAtOrAfter(a.end()));
        int bStart = Math.max(aEnd, s.tokenAtOrAfter(b.start()));
        int bEnd = Math.max(bStart + 1, s.tokenAtOrAfter(b.end()));
        List<String> f = new ArrayList<>(48);
        String types = types(a, b);
        f.add("types=" + types);
        f.add("via=" + via(a) + via(b));
        int gap = bStart - aEnd;
        f.add("gap=" + bucket(gap));
        f.add("gapT=" + types + bucket(gap));
        StringBuilder exact = new StringBuilder();
        int verbs = 0;
        for (int t = aEnd; t < bStart; t++) {
            String w = words[t];
            f.add("bw=" + w);
            f.add("bp=" + tags[t]);
            String stem = stems[t];
            f.add("bs=" + stem);
            if (tags[t].equals("VERB")) {
                verbs++;
                f.add("bv=" + w);
                f.add("bvT=" + types + w);
                f.add("bvs=" + types + stem);
            }
            if (gap <= EXACT_MAX) {
                exact.append(exact.isEmpty() ? "" : "_").append(w);
            }
        }
        f.add("verbs=" + Math.min(verbs, 3));
        if (gap <= EXACT_MAX) {
            f.add("bx=" + exact);
            f.add("bxT=" + types + exact);
        }
        if (gap > 0) {
            f.add("bf=" + words[aEnd]);
            f.add("bl=" + words[bStart - 1]);
            f.add("bfT=" + types + words[aEnd]);
            f.add("blT=" + types + words[bStart - 1]);
            if (gap > 1) {
                f.add("bpp=" + tags[aEnd] + "_" + tags[bStart - 1]);
            }
        }
        f.add("a-1=" + word(words, aStart - 1));
        f.add("a-2=" + word(words, aStart - 2));
        f.add("b+1=" + word(words, bEnd));
        f.add("b+2=" + word(words, bEnd + 1));
        f.add("a-1T=" + types + word(words, aStart - 1));
        f.add("b+1T=" + types + word(words, bEnd));
        f.add("ah=" + letter(a.type()) + stems[aEnd - 1]);
        f.add("bh=" + letter(b.type()) + stems[bEnd - 1]);
        f.add("hh=" + stems[aEnd - 1] + "_" + stems[bEnd - 1]);
        int between = j - i - 1;
        f.add("names=" + Math.min(between, 3));
        for (int k = i + 1; k < j; k++) {
            f.add("nameT=" + letter(args.get(k).type()));
        }
        if (hint != null) {
            f.add("rule=" + hint.feature());
            f.add("ruleT=" + types + hint.feature());
        }
        lexicon(f, words, aStart, aEnd, bStart, bEnd);
        cues(f, words, Math.max(0, aStart - 3), bStart);
        return f;
    }

    /** The two arguments' type letters, first then second ("PG"). */
    static String types(EntityMention a, EntityMention b) {
        return letter(a.type()) + "" + letter(b.type());
    }

    /**
     * The trigger lexicon's matches, in the lexicon's order: only the triggers whose first word (or, for
     * words before the first name, last word) stands at a position that could match are tried.
     */
    private void lexicon(List<String> f, String[] words, int aStart, int aEnd, int bStart, int bEnd) {
        List<RelationTrigger> all = triggers.all();
        BitSet hits = new BitSet(all.size());
        for (int t = aEnd; t < bStart; t++) {
            for (int k : triggers.startingWith(words[t])) {
                RelationTrigger tr = all.get(k);
                RelationTrigger.Match m = tr.match();
                if (m != RelationTrigger.Match.BEFORE && m != RelationTrigger.Match.AFTER
                        && contains(words, tr.words(), t, Math.min(bStart, t + tr.words().size()))) {
                    hits.set(k);
                }
            }
        }
        if (bEnd < words.length) {
            for (int k : triggers.startingWith(words[bEnd])) {
                RelationTrigger tr = all.get(k);
                if (tr.match() == RelationTrigger.Match.AFTER && startsAt(words, tr.words(), bEnd)) {
                    hits.set(k);
                }
            }
        }
        for (int back = 1; back <= 2 && aStart - back >= 0; back++) {
            for (int k : triggers.endingWith(words[aStart - back])) {
                RelationTrigger tr = all.get(k);
                if (tr.match() == RelationTrigger.Match.BEFORE && endsAt(words, tr.words(), aStart)) {
                    hits.set(k);
                }
            }
        }
        for (int k = hits.nextSetBit(0); k >= 0; k = hits.nextSetBit(k + 1)) {
            RelationTrigger t = all.get(k);
            switch (t.match()) {
                case BEFORE -> f.add("lexB=" + t.type());
                case AFTER -> f.add("lexA=" + t.type());
                default -> f.add("lex=" + t.type() + (t.type().symmetric() ? "" : t.firstIsSource() ? ">" : "<"));
            }
        }
    }

    private static void cues(List<String> f, String[] words, int from, int to) {
        boolean neg = false;
        boolean hedge = false;
        for (int t = from; t < to; t++) {
            neg |= TypedRelations.NEGATIONS.contains(words[t]);
            hedge |= TypedRelations.HEDGES.contains(words[t]);
        }
        if (neg) {
            f.add("neg");
        }
        if (hedge) {
            f.add("hedge");
        }
    }

    private static boolean contains(String[] words, List<String> phrase, int from, int to) {
        outer:
        for (int i = from; i + phrase.size() <= to; i++) {
            for (int k = 0; k < phrase.size(); k++) {
                if (!words[i + k].equals(phrase.get(k))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean endsAt(String[] words, List<String> phrase, int end) {
        int from = end - phrase.size();
        if (from > 0 && (words[end - 1].equals("the") || words[end - 1].equals("a"))) {
            from--;
            end--;
        }
        return from >= 0 && contains(words, phrase, from, end);
    }

    private static boolean startsAt(String[] words, List<String> phrase, int start) {
        return start + phrase.size() <= words.length && contains(words, phrase, start, start + phrase.size());
    }

    private static String word(String[] words, int t) {
        return t < 0 ? "<s>" : t >= words.length ? "</s>" : words[t];
    }

    private static String via(EntityMention m) {
        String via = Candidates.via(m);
        return via == null ? "n" : via.substring(0, 1);
    }

    static char letter(EntityType t) {
        return switch (t) {
            case PERSON -> 'P';
            case GROUP -> 'G';
            case PLACE -> 'L';
        };
    }

    private static String bucket(int n) {
        return n <= 3 ? Integer.toString(n) : n <= 6 ? "4-6" : n <= 10 ? "7-10" : n <= 20 ? "11-20" : "21+";
    }

    private final opennlp.tools.stemmer.PorterStemmer stemmer = new opennlp.tools.stemmer.PorterStemmer();

    private String[] stemmed;
    private String[] stemmedWords;

    /** The stems of a sentence's words, made once per sentence (its pairs share the words array). */
    private String[] stems(String[] words) {
        if (words != stemmedWords) {
            stemmed = new String[words.length];
            for (int t = 0; t < words.length; t++) {
                stemmed[t] = stemmer.stem(words[t]);
            }
            stemmedWords = words;
        }
        return stemmed;
    }

    static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
