package org.trawl.nlp.namefind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.trawl.model.Token;

/**
 * Cleans one candidate name before overlaps are resolved, by kinds of error that hold in any English
 * text, with general vocabulary only:
 * <ul>
 *   <li>two names glued over a comma or semicolon ("The Times, Daily Mail") are two candidates;</li>
 *   <li>a possessive ending is not part of the name ("Choudary’s", "Choudary's");</li>
 *   <li>a capitalised function word at its start is not part of it ("Near Ar Raqqah", "But Khan");</li>
 *   <li>a candidate that is only function words, page furniture ("PDF & Email", "Print") or a month, day or
 *       holiday ("Christmas", "March") is not a name, nor one that only names a religion, a branch of one, its
 *       adherents or God ("Islam", "Sunni", "Shia Muslims"), nor a compass adjective alone ("Western");</li>
 *   <li>a one-word candidate introduced by a product noun ("the software Gephi", "apps such as Kik") names a
 *       product, none of trawl's types.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class NameTrims {

    private static final Set<String> LIST_INTRODUCERS = Set.of("as", "like", "including", "called", "named");
    private static final int MAX_LOOK_BACK = 8;

    private final NameLexicon lexicon;

    NameTrims(NameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The candidate cleaned: none, itself, a shorter span, or its parts when it spans a comma. */
    List<Candidate> clean(List<Token> tokens, Candidate c) {
        List<Candidate> out = new ArrayList<>(1);
        if (c.source() == Candidate.Source.SANCTIONS_LIST) {
            out.add(c);
            return out;
        }
        int from = c.from();
        for (int t = c.from(); t < c.to(); t++) {
            if (isSeparator(tokens.get(t).text())) {
                addCleaned(tokens, c.withSpan(from, t), out);
                from = t + 1;
            }
        }
        addCleaned(tokens, from == c.from() ? c : c.withSpan(from, c.to()), out);
        return out;
    }

    private void addCleaned(List<Token> tokens, Candidate c, List<Candidate> out) {
        int from = c.from();
        int to = c.to();
        while (to > from && isPossessive(tokens.get(to - 1).text())) {
            to--;
        }
        while (from < to && lexicon.isFunctionWord(tokens.get(from).text())) {
            from++;
        }
        if (from >= to || onlyNonNameWords(tokens, from, to) || onlyCreedWords(tokens, from, to)
                || to - from == 1 && lexicon.isCompassAdjective(tokens.get(from).text())
                || lexicon.isCalendarName(text(tokens, from, to))
                || to - from == 1 && afterProductNoun(tokens, from)) {
            return;
        }
        out.add(from == c.from() && to == c.to() ? c : c.withSpan(from, to));
    }

    private boolean onlyNonNameWords(List<Token> tokens, int from, int to) {
        return every(tokens, from, to, w -> w.equals("&") || lexicon.isFurniture(w) || lexicon.isFunctionWord(w));
    }

    /** True when every token of [from, to) passes {@code test}. */
    private static boolean every(List<Token> tokens, int from, int to, Predicate<String> test) {
        for (int t = from; t < to; t++) {
            if (!test.test(tokens.get(t).text())) {
                return false;
            }
        }
        return true;
    }

    /** "Sunni", "Shia Muslims", "Islam": a belief or its believers, not a name. */
    private boolean onlyCreedWords(List<Token> tokens, int from, int to) {
        return every(tokens, from, to, lexicon::isCreedWord);
    }

    /** "the software Gephi", "apps such as WhatsApp, Kik or Telegram". */
    private boolean afterProductNoun(List<Token> tokens, int at) {
        int t = at - 1;
        int limit = Math.max(0, at - MAX_LOOK_BACK);
        while (t >= limit) {
            String w = tokens.get(t).text();
            if (lexicon.isProductNoun(w)) {
                return true;
            }
            if (LIST_INTRODUCERS.contains(w) || w.equals("such")) {
                t--;
                continue;
            }
            boolean listPart = w.equals(",") || w.equals("or") || w.equals("and") || NamePatterns.nameLike(tokens, t);
            if (!listPart || t == at - 1 && !w.equals("such") && NamePatterns.nameLike(tokens, t)) {
                return false;
            }
            t--;
        }
        return false;
    }

    static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’") || w.equals("'S") || w.equals("’S");
    }

    private static boolean isSeparator(String w) {
        return w.equals(",") || w.equals(";") || w.equals("—") || w.equals("|");
    }

    static String text(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i == from ? "" : " ").append(tokens.get(i).text());
        }
        return b.toString();
    }
}
