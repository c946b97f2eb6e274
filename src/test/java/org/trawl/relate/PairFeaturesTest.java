package org.trawl.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.Mention;
import org.trawl.model.Sentence;
import org.trawl.model.Token;

/** The trigger lexicon's features of a pair: what a scan of every trigger at every position would find. */
class PairFeaturesTest {

    private final RelationTriggers triggers = RelationTriggers.bundled();

    /** A sentence of space-separated tokens, with the named spans (token from, token to) as arguments. */
    private record Built(Sentence sentence, String[] words, List<EntityMention> args) {}

    private static Built build(String text, EntityType[] types, int[]... spans) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            tokens.add(new Token(at, at + w.length(), w));
            at += w.length() + 1;
        }
        List<EntityMention> args = new ArrayList<>();
        for (int k = 0; k < spans.length; k++) {
            int start = tokens.get(spans[k][0]).start();
            int end = tokens.get(spans[k][1] - 1).end();
            String name = text.substring(start, end);
            args.add(new EntityMention(new Mention(start, end, types[k], name, 0.9, "test"), "id-" + name, name));
        }
        String[] words = tokens.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        return new Built(new Sentence(0, 0, text.length(), text, tokens), words, args);
    }

    /** The lexicon features found by trying every trigger at every position, in the lexicon's order. */
    private List<String> bruteForce(String[] words, int aStart, int aEnd, int bStart, int bEnd) {
        List<String> out = new ArrayList<>();
        for (RelationTrigger t : triggers.all()) {
            List<String> w = t.words();
            switch (t.match()) {
                case BEFORE -> {
                    int end = aStart;
                    int from = end - w.size();
                    if (from > 0 && (words[end - 1].equals("the") || words[end - 1].equals("a"))) {
                        from--;
                        end--;
                    }
                    if (from >= 0 && at(words, w, from) && from + w.size() == end) {
                        out.add("lexB=" + t.type());
                    }
                }
                case AFTER -> {
                    if (bEnd + w.size() <= words.length && at(words, w, bEnd)) {
                        out.add("lexA=" + t.type());
                    }
                }
                default -> {
                    for (int i = aEnd; i + w.size() <= bStart; i++) {
                        if (at(words, w, i)) {
                            out.add("lex=" + t.type() + (t.type().symmetric() ? "" : t.firstIsSource() ? ">" : "<"));
                            break;
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean at(String[] words, List<String> phrase, int i) {
        return Arrays.asList(words).subList(i, i + phrase.size()).equals(phrase);
    }

    private List<String> lexiconFeatures(Built b) {
        String[] tags = new String[b.words().length];
        Arrays.fill(tags, "NOUN");
        return new PairFeatures(triggers).of(b.sentence(), b.words(), tags, b.args(), 0, 1, null).stream()
                .filter(f -> f.startsWith("lex")).toList();
    }

    @Test
    void lexiconMatchesAreThoseOfAScanOfEveryTrigger() {
        EntityType[] pg = {EntityType.PERSON, EntityType.GROUP};
        EntityType[] gg = {EntityType.GROUP, EntityType.GROUP};
        List<Built> cases = List.of(
                build("Omar Hadid , the leader of the Tawhid Brigade , spoke", pg, new int[] {0, 2}, new int[] {7, 9}),
                build("Sami Nour was a member and then leader of the Red Band", pg, new int[] {0, 2}, new int[] {10, 12}),
                build("talks between the Red Band and the Blue Order were held", gg, new int[] {3, 5}, new int[] {7, 9}),
                build("the Red Band and the Blue Order fought each other", gg, new int[] {1, 3}, new int[] {5, 7}),
                build("Red Band leader", pg, new int[] {0, 1}, new int[] {1, 2}));
        for (Built b : cases) {
            var s = b.sentence();
            int aStart = s.tokenAtOrAfter(b.args().get(0).start());
            int aEnd = s.tokenAtOrAfter(b.args().get(0).end());
            int bStart = s.tokenAtOrAfter(b.args().get(1).start());
            int bEnd = s.tokenAtOrAfter(b.args().get(1).end());
            assertEquals(bruteForce(b.words(), aStart, aEnd, bStart, bEnd), lexiconFeatures(b), s.text());
        }
        assertTrue(lexiconFeatures(cases.get(0)).stream().anyMatch(f -> f.startsWith("lex=LEADS")),
                "'the leader of' between a person and a group is a LEADS match");
    }

    @Test
    void triggersAreIndexedByTheirFirstAndLastWords() {
        List<RelationTrigger> all = triggers.all();
        int[] leader = triggers.startingWith("leader");
        assertTrue(leader.length > 0);
        for (int k = 0; k < leader.length; k++) {
            assertEquals("leader", all.get(leader[k]).words().get(0));
            assertTrue(k == 0 || leader[k] > leader[k - 1], "ascending, in the lexicon's order");
        }
        for (int k : triggers.endingWith("of")) {
            List<String> w = all.get(k).words();
            assertEquals("of", w.get(w.size() - 1));
        }
        assertEquals(0, triggers.startingWith("zzqx").length);
    }
}
