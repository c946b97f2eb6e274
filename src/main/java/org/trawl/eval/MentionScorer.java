package org.trawl.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.trawl.model.EntityType;
import org.trawl.model.Mention;

/**
 * Scores predicted mentions against gold mentions, two ways (the definitions are in the README):
 * <ul>
 * <li>lenient: a prediction is right when it overlaps a gold mention of the same type, one to one. Only
 * <em>named</em> gold mentions count for recall: those holding a capitalised word other than a leading
 * article, and not a lone pronoun; a prediction overlapping an unnamed description ("the group") is not
 * counted either way. A name the gold file annotates both as a place and as a group somewhere may be
 * predicted as either.</li>
 * <li>strict: the same, but the span and type must be exactly the gold ones.</li>
 * </ul>
 */
public final class MentionScorer {

    static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
            "ourselves", "you", "your", "yours", "yourself", "he", "him", "his", "himself", "she", "her", "hers",
            "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "this", "that",
            "these", "those", "who", "whom", "which");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");

    private final Set<String> eitherPlaceOrGroup;

    /** @param gold all gold documents, to find the names annotated both as place and as group */
    public MentionScorer(List<GoldDocument> gold) {
        Map<String, Set<EntityType>> types = new HashMap<>();
        for (GoldDocument d : gold) {
            for (GoldDocument.GoldMention m : d.mentions()) {
                types.computeIfAbsent(normal(m.text()), k -> new HashSet<>()).add(m.type());
            }
        }
        Set<String> either = new HashSet<>();
        types.forEach((name, ts) -> {
            if (ts.contains(EntityType.PLACE) && ts.contains(EntityType.GROUP)) {
                either.add(name);
            }
        });
        this.eitherPlaceOrGroup = either;
    }

    /** A gold mention's text names something: it has a capitalised word besides a leading article, and is not a pronoun. */
    public static boolean isNamed(String text) {
        String t = text.strip();
        if (PRONOUNS.contains(t.toLowerCase(Locale.ROOT))) {
            return false;
        }
        var m = WORD.matcher(t);
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            boolean leadingArticle = first && ARTICLES.contains(w.toLowerCase(Locale.ROOT));
            first = false;
            if (!leadingArticle && Character.isUpperCase(w.codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    static String normal(String text) {
        return text.strip().replaceFirst("(?i)^the\\s+", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    boolean compatible(GoldDocument.GoldMention gold, EntityType predicted) {
        if (gold.type() == predicted) {
            return true;
        }
        boolean placeOrGroup = (gold.type() == EntityType.PLACE || gold.type() == EntityType.GROUP)
                && (predicted == EntityType.PLACE || predicted == EntityType.GROUP);
        return placeOrGroup && eitherPlaceOrGroup.contains(normal(gold.text()));
    }

    /** A scoring mistake, for error analysis. */
    public record Mistake(String kind, String document, String type, String text, String context) {
    }

    /** Scores one document's predictions into the two tallies, reporting mistakes of the lenient scoring. */
    public void score(GoldDocument gold, List<Mention> predicted, Tally lenient, Tally strict,
                      Consumer<Mistake> mistakes) {
        score(gold, predicted, lenient, false, mistakes);
        score(gold, predicted, strict, true, m -> { });
    }

    private void score(GoldDocument gold, List<Mention> predicted, Tally tally, boolean exact,
                       Consumer<Mistake> mistakes) {
        List<GoldDocument.GoldMention> golds = gold.mentions();
        boolean[] named = new boolean[golds.size()];
        boolean[] matched = new boolean[golds.size()];
        for (int i = 0; i < golds.size(); i++) {
            named[i] = isNamed(golds.get(i).text());
        }
        for (Mention p : predicted) {
            int best = -1;
            int bestOverlap = 0;
            boolean description = false;
            for (int i = 0; i < golds.size(); i++) {
                GoldDocument.GoldMention g = golds.get(i);
                if (!g.overlaps(p.start(), p.end())) {
                    continue;
                }
                if (!named[i]) {
                    description = true;
                    continue;
                }
                boolean ok = exact ? g.start() == p.start() && g.end() == p.end() && g.type() == p.type()
                        : compatible(g, p.type());
                int overlap = Math.min(g.end(), p.end()) - Math.max(g.start(), p.start());
                if (ok && !matched[i] && overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                matched[best] = true;
                tally.hit(p.type().name(), golds.get(best).type().name());
            } else if (!description) {
                tally.falsePositive(p.type().name());
                mistakes.accept(new Mistake("FP", gold.id(), p.type().name(), p.text(),
                        context(gold.text(), p.start(), p.end())));
            }
        }
        for (int i = 0; i < golds.size(); i++) {
            if (named[i] && !matched[i]) {
                GoldDocument.GoldMention g = golds.get(i);
                tally.falseNegative(g.type().name());
                mistakes.accept(new Mistake("FN", gold.id(), g.type().name(), g.text(),
                        context(gold.text(), g.start(), g.end())));
            }
        }
    }

    static String context(String text, int start, int end) {
        int s = Math.max(0, start - 50);
        int e = Math.min(text.length(), end + 50);
        return (text.substring(s, start) + "[" + text.substring(start, end) + "]" + text.substring(end, e))
                .replaceAll("\\s+", " ");
    }
}
