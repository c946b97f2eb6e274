package org.trawl.nlp.namefind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trawl.model.AnalyzedText;
import org.trawl.model.EntityType;
import org.trawl.model.Mention;
import org.trawl.model.Sentence;
import org.trawl.model.Token;
import org.trawl.names.NameKey;
import org.trawl.nlp.Cancellation;
import org.trawl.nlp.PartOfSpeechTagger;

/**
 * trawl's recogniser: the trained model (and, when the models folder has one, the small in-domain model
 * beside it, as another candidate source of the same standing), the gazetteers and the
 * {@link NamePatterns}, combined. In each
 * sentence the candidates of all three are trimmed of titles, nationality adjectives are dropped, and
 * {@link SpanArbiter} resolves overlaps. Then, over the whole document, a name takes the type most of its
 * mentions have, and names found once are found again where the model missed them (including a person's
 * surname after the full name). Not thread-safe (the model's decoder is not).
 */
public final class CompositeRecognizer implements NameRecognizer {

    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "his", "her", "its", "their", "our");

    /** Words before an office that make it a rank held or reached, not the name of a person ("served as"). */
    private static final Set<String> RANK_INTRODUCERS = Set.of("to", "as", "became", "become", "becomes", "becoming",
            "appointed", "named", "promoted", "elected", "rank", "ranks", "post", "role", "position", "office");

    /** Nouns that, before "of", make the name after them a group ("a member of X"). */
    private static final Set<String> GROUP_ROLES = Set.of("member", "members", "leader", "leaders", "founder",
            "founders", "supporter", "supporters", "spokesman", "spokesperson", "emir", "commander", "fighters",
            "militants", "affiliate", "offshoot", "wing", "faction", "cell");

    private final StatisticalRecognizer model;
    private final Gazetteer gazetteer;
    private final NamePatterns patterns;
    private final PartOfSpeechTagger tagger;
    private final NameLexicon lexicon;
    private final NameTrims trims;
    private final StatisticalRecognizer inDomain;

    /**
     * @param tagger     this thread's tagger, shared with later stages so each sentence is tagged once
     * @param inDomain   the in-domain name model, or null for none
     */
    public CompositeRecognizer(StatisticalRecognizer model, Gazetteer gazetteer, NameLexicon lexicon,
                               PartOfSpeechTagger tagger, StatisticalRecognizer inDomain) {
        this.model = model;
        this.inDomain = inDomain;
        this.gazetteer = gazetteer;
        this.patterns = new NamePatterns(lexicon, gazetteer);
        this.tagger = tagger;
        this.lexicon = lexicon;
        this.trims = new NameTrims(lexicon);
    }

    @Override
    public List<Mention> recognize(AnalyzedText text) {
        List<List<Candidate>> bySentence = new ArrayList<>(text.sentences().size());
        for (Sentence s : text.sentences()) {
            Cancellation.checkpoint();
            bySentence.add(inContext(s, SpanArbiter.choose(candidates(s))));
        }
        model.forgetDocument();
        if (inDomain != null) {
            inDomain.forgetDocument();
        }
        DocumentNames names = new DocumentNames(gazetteer, lexicon);
        for (int i = 0; i < bySentence.size(); i++) {
            names.learn(text.sentences().get(i).tokens(), bySentence.get(i));
        }
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < bySentence.size(); i++) {
            Sentence s = text.sentences().get(i);
            for (Candidate c : names.complete(s.tokens(), bySentence.get(i))) {
                if (c.source() != Candidate.Source.TITLE) {
                    out.add(toMention(text.text(), s, c));
                }
            }
        }
        return out;
    }

    /**
     * Adjusts the chosen names of a sentence by what surrounds them: an office right before a person's name
     * is a title, not a second person ("Foreign Secretary Boris Johnson"). A country stays a place when it
     * acts ("The UK is working", "Australia's efforts"): one country is one entity.
     */
    private List<Candidate> inContext(Sentence s, List<Candidate> chosen) {
        List<Candidate> out = new ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            Candidate c = chosen.get(i);
            Candidate next = i + 1 < chosen.size() ? chosen.get(i + 1) : null;
            if (c.source() == Candidate.Source.ROLE_PATTERN && next != null && next.from() == c.to()
                    && next.type() == EntityType.PERSON) {
                c = c.asTitle();
            } else if (c.source() == Candidate.Source.ROLE_PATTERN && (afterRankVerb(s.tokens(), c.from())
                    || c.length() == 1 && !afterArticle(s.tokens(), c.from()))) {
                c = c.asTitle(); // "rose to Detective Superintendent": a rank, not a person; "the Foreign Secretary" is one
            }
            if (c.fromModel() && c.type() == EntityType.PLACE && joinable(s, c)) {
                c = c.withType(EntityType.GROUP); // "a member of the Al-Muhajiroun": one joins groups, not places
            }
            out.add(c);
        }
        return out;
    }

    private static boolean afterArticle(List<Token> tokens, int at) {
        return at > 0 && ARTICLES.contains(tokens.get(at - 1).text().toLowerCase(Locale.ROOT));
    }

    /** True when the word before {@code at} says that someone holds or reaches a rank ("to", "as", "became"). */
    private static boolean afterRankVerb(List<Token> tokens, int at) {
        return at > 0 && RANK_INTRODUCERS.contains(tokens.get(at - 1).text().toLowerCase(Locale.ROOT));
    }

    /** True when the words before the name are what one says of a group: "member of", "leader of", "joined". */
    private static boolean joinable(Sentence s, Candidate c) {
        List<Token> tokens = s.tokens();
        int i = c.from() - 1;
        if (i >= 0 && tokens.get(i).text().equalsIgnoreCase("the")) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        String last = tokens.get(i).text().toLowerCase(Locale.ROOT);
        if (last.equals("joined") || last.equals("joining") || last.equals("join")) {
            return true;
        }
        return last.equals("of") && i > 0 && GROUP_ROLES.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
    }

    /**
     * Below this probability a model name in a title-case line (a headline) is not trusted: there every
     * word is capitalised, so capitals say nothing about names.
     */
    static final double HEADLINE_MODEL = 0.9;

    /**
     * True for a line written in title case, a headline ("Why Coastal Militias Keep Winning"): at least
     * three words that are not function words, almost all (90 %) capitalised, and among them at least two
     * words that are usually written in lower case (so that a list of names is not a headline).
     */
    boolean isHeadline(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        int common = 0;
        for (Token t : tokens) {
            String w = t.text();
            if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || lexicon.isFunctionWord(w)) {
                continue;
            }
            words++;
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
                if (gazetteer.isCommonWord(w)) {
                    common++;
                }
            }
        }
        return words >= 3 && capitalised >= 0.9 * words && common >= 2;
    }

    private List<Candidate> candidates(Sentence s) {
        List<Token> tokens = s.tokens();
        List<Candidate> all = new ArrayList<>();
        boolean headline = isHeadline(tokens);
        addModel(model, s, headline, all);
        if (inDomain != null) {
            addModel(inDomain, s, headline, all);
        }
        for (Gazetteer.Match m : gazetteer.find(s)) {
            GazetteerEntry e = m.best();
            Candidate.Source source = switch (e.kind()) {
                case SANCTIONED_GROUP, SANCTIONED_PERSON -> Candidate.Source.SANCTIONS_LIST;
                case COUNTRY -> Candidate.Source.COUNTRY_LIST;
                case AREA, REGION, CITY -> Candidate.Source.PLACE_LIST;
            };
            add(tokens, new Candidate(m.from(), m.to(), e.type(), 0.9, source), all);
        }
        if (headline) {
            return all; // the patterns read capitals as names: in a headline only the lists and a sure model speak
        }
        for (Candidate c : patterns.find(tokens)) {
            add(tokens, c, all);
        }
        return all;
    }

    /** A model's names in the sentence; in a headline only those it is sure of. */
    private void addModel(StatisticalRecognizer recognizer, Sentence s, boolean headline, List<Candidate> out) {
        for (Candidate c : recognizer.candidates(s)) {
            if (!headline || c.score() >= HEADLINE_MODEL) {
                add(s.tokens(), c, out);
            }
        }
    }

    private void add(List<Token> tokens, Candidate c, List<Candidate> out) {
        for (Candidate part : trims.clean(tokens, c)) {
            addTrimmed(tokens, part, out);
        }
    }

    private void addTrimmed(List<Token> tokens, Candidate c, List<Candidate> out) {
        Candidate trimmed = c.source() == Candidate.Source.ROLE_PATTERN ? c : patterns.withoutTitles(tokens, c);
        if (trimmed == null) {
            return;
        }
        if (trimmed.length() == 1 && trimmed.source() != Candidate.Source.SANCTIONS_LIST) {
            String w = tokens.get(trimmed.from()).text();
            if (gazetteer.isDemonym(w) && !w.endsWith("s")) {
                return; // "British", "Iraqi": an adjective, not a place
            }
            boolean afterThe = trimmed.from() > 0 && tokens.get(trimmed.from() - 1).text().equalsIgnoreCase("the");
            if (trimmed.fromModel() && gazetteer.isCommonWord(w) && !NameWords.isAllCaps(w)
                    && !afterThe) {
                return; // "Alleged", "Networks": a capitalised common word, not a name ("the Coalition" is one)
            }
        }
        if (!Character.isLetterOrDigit(tokens.get(trimmed.from()).text().charAt(0))
                && !tokens.get(trimmed.from()).text().startsWith("'")) {
            return; // "-blog/...": a fragment of a web address or markup
        }
        out.add(trimmed);
    }

    /**
     * The mention of a candidate, without what the tokenizer left on its last token: a footnote number
     * ("Morocco.5"), a closing quote, apostrophe or question mark ("ISIS’"), or a full stop ("ISIS.") unless
     * the name has other dots ("U.S.").
     */
    static Mention toMention(String text, Sentence s, Candidate c) {
        int start = s.tokens().get(c.from()).start();
        int end = s.tokens().get(c.to() - 1).end();
        int note = end;
        while (note > start && Character.isDigit(text.charAt(note - 1)) && end - note < 3) {
            note--;
        }
        if (note < end && note - start > 1 && text.charAt(note - 1) == '.' && Character.isLetter(text.charAt(note - 2))) {
            end = note; // a footnote number glued on: "Morocco.5"
        }
        while (end - start > 1) {
            char last = text.charAt(end - 1);
            boolean quote = last == '’' || last == '\'' || last == '"' || last == '”' || last == '?' || last == '!';
            boolean stop = last == '.' && text.substring(start, end - 1).indexOf('.') < 0;
            if (!quote && !stop) {
                break;
            }
            end--;
        }
        return new Mention(start, end, c.type(), text.substring(start, end), Math.min(1.0, c.score()), c.source().origin);
    }

    /** What one document teaches about its names: their majority type and the forms to look for again. */
    private static final class DocumentNames {
        private final Gazetteer gazetteer;
        private final NameLexicon lexicon;
        private final Map<String, double[]> votes = new HashMap<>();
        private final NameTrie<String> forms = new NameTrie<>();
        private final Map<String, String> surnames = new HashMap<>();

        DocumentNames(Gazetteer gazetteer, NameLexicon lexicon) {
            this.gazetteer = gazetteer;
            this.lexicon = lexicon;
        }

        void learn(List<Token> tokens, List<Candidate> chosen) {
            for (Candidate c : chosen) {
                String key = key(tokens, c.from(), c.to());
                if (key.isEmpty()) {
                    continue;
                }
                votes.computeIfAbsent(key, k -> new double[EntityType.values().length])[c.type().ordinal()]
                        += c.source() == Candidate.Source.SANCTIONS_LIST ? 10 : c.score();
                if (c.source() == Candidate.Source.WEAK_PATTERN || c.source() == Candidate.Source.PLACE_LIST
                        || c.source() == Candidate.Source.TITLE) {
                    continue;
                }
                if (c.length() > 1 || !gazetteer.isCommonWord(tokens.get(c.from()).text())) {
                    forms.add(tokenKeys(tokens, c.from(), c.to()), key);
                }
                if (c.type() == EntityType.PERSON && c.length() >= 2) {
                    String last = tokens.get(c.to() - 1).text();
                    if (!gazetteer.isCommonWord(last) && NameWords.letters(last).length() > 2) {
                        forms.add(tokenKeys(tokens, c.to() - 1, c.to()), key);
                        surnames.put(NameKey.of(last), key);
                    }
                }
            }
        }

        /** The chosen candidates with their document-wide type, plus the names found again. */
        List<Candidate> complete(List<Token> tokens, List<Candidate> chosen) {
            List<Candidate> out = new ArrayList<>(chosen.size());
            for (Candidate c : chosen) {
                String k = key(tokens, c.from(), c.to());
                EntityType t = c.length() == 1 && surnames.containsKey(k) ? EntityType.PERSON : majority(k);
                boolean listed = c.source() == Candidate.Source.SANCTIONS_LIST || c.source() == Candidate.Source.COUNTRY_LIST;
                out.add(t == null || listed ? c : c.withType(t));
            }
            List<String> words = tokenKeys(tokens, 0, tokens.size());
            List<Candidate> found = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (!NamePatterns.nameLike(tokens, i)) {
                    continue;
                }
                List<NameTrie.Hit<String>> hits = forms.matchesAt(words, i);
                if (hits.isEmpty()) {
                    continue;
                }
                NameTrie.Hit<String> longest = hits.get(hits.size() - 1);
                String w = tokens.get(i).text();
                if (longest.to() == i + 1 && (gazetteer.isCommonWord(w) || lexicon.isFunctionWord(w))) {
                    continue; // "But" is not the surname Butt, though their keys agree
                }
                EntityType t = majority(longest.values().get(0));
                if (t != null && NamePatterns.nameLike(tokens, longest.to() - 1)) {
                    found.add(new Candidate(i, longest.to(), t, 0.5, Candidate.Source.DOCUMENT));
                }
            }
            if (found.isEmpty()) {
                return out;
            }
            List<Candidate> merged = new ArrayList<>(out);
            for (Candidate f : found) {
                if (merged.stream().noneMatch(f::overlaps)) {
                    merged.add(f);
                }
            }
            return SpanArbiter.choose(merged);
        }

        private EntityType majority(String key) {
            double[] v = votes.get(key);
            if (v == null) {
                return null;
            }
            int best = 0;
            for (int i = 1; i < v.length; i++) {
                if (v[i] > v[best]) {
                    best = i;
                }
            }
            return EntityType.values()[best];
        }

        private static List<String> tokenKeys(List<Token> tokens, int from, int to) {
            List<String> keys = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                keys.add(NameKey.of(tokens.get(i).text()));
            }
            return keys;
        }

        private static String key(List<Token> tokens, int from, int to) {
            return NameKey.of(text(tokens, from, to));
        }

        private static String text(List<Token> tokens, int from, int to) {
            StringBuilder b = new StringBuilder();
            for (int i = from; i < to; i++) {
                b.append(i == from ? "" : " ").append(tokens.get(i).text());
            }
            return b.toString();
        }
    }
}
