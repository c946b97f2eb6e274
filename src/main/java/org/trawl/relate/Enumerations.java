package org.trawl.relate;

import java.util.List;
import java.util.Set;
import org.trawl.model.EntityMention;
import org.trawl.model.Sentence;

/**
 * Whether two arguments of a sentence are neighbours in an enumeration of three or more ("X, Y and Z",
 * "W, X, the Y"): a comma between them, and another list separator right before the first or right after the
 * second. A list's members are different things; an apposition's two names ("X, the group's leader,") may be
 * one. Stateless.
 */
final class Enumerations {

    private static final Set<String> SEPARATORS = Set.of(",", "and", "or", ", and", ", or");

    private Enumerations() {
    }

    /**
     * @param words the sentence's tokens in lower case
     * @param args  the sentence's arguments in order
     */
    static boolean neighbours(Sentence s, String[] words, List<EntityMention> args, int i, int j) {
        if (j != i + 1 || !",".equals(separator(s, words, args, i))) {
            return false;
        }
        String before = i > 0 ? separator(s, words, args, i - 1) : null;
        String after = j + 1 < args.size() ? separator(s, words, args, j) : null;
        return ",".equals(before) || after != null && SEPARATORS.contains(after);
    }

    /** The words between argument k and the next, an article before the next left out; null when more than two. */
    private static String separator(Sentence s, String[] words, List<EntityMention> args, int k) {
        int from = s.tokenAtOrAfter(args.get(k).end());
        int to = s.tokenAtOrAfter(args.get(k + 1).start());
        if (to - from >= 2 && words[to - 1].equals("the")) {
            to--;
        }
        if (to - from < 1 || to - from > 2) {
            return null;
        }
        return to - from == 1 ? words[from] : words[from] + " " + words[from + 1];
    }
}
