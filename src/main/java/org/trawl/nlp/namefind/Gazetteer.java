package org.trawl.nlp.namefind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * resolver which names are one entity, and knows where places are. Loaded once (by {@link GazetteerLoader});
 * thread-safe.
 */
public final class Gazetteer implements KnownEntities {

    /** A listed name in a sentence: tokens [from, to) and the entries it may stand for. */
    public record Match(int from, int to, List<GazetteerEntry> entries) {

        public GazetteerEntry best() {
            return entries.get(0);
        }
    }

    /** A name form as listed, with whether it must match with its exact capitals (acronyms, short names). */
    record Form(GazetteerEntry entry, String letters, boolean exactCase) {
    }

    private final NameTrie<Form> trie;
    private final Map<String, List<GazetteerEntry>> places;
    private final Map<String, KnownEntity> known;
    private final Set<String> demonyms;
    private final Set<String> commonWords;

    /**
     * @param trie        every name matched in text, by its words
     * @param places      the places by the {@link NameKey} of each of their names, in order of precedence
     * @param known       the listed entities by the {@link NameKey} of each of their unambiguous names
     * @param demonyms    nationality adjectives and demonyms, in lower case
     * @param commonWords words mostly written in lower case, in lower case
     */
    Gazetteer(NameTrie<Form> trie, Map<String, List<GazetteerEntry>> places, Map<String, KnownEntity> known,
              Set<String> demonyms, Set<String> commonWords) {
        this.trie = trie;
        this.places = places;
        this.known = known;
        this.demonyms = demonyms;
        this.commonWords = commonWords;
    }

    /** Loads the gazetteers from the models folder (or the bundled copy). */
    public static Gazetteer load(ModelFiles files) {
        try {
            return GazetteerLoader.load(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load gazetteers from " + files + ": " + e.getMessage(), e);
        }
    }

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
        entries.sort(GazetteerEntry.PRECEDENCE);
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
}
