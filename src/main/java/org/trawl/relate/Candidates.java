package org.trawl.relate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trawl.model.AnalyzedText;
import org.trawl.model.EntityMention;
import org.trawl.model.Mention;
import org.trawl.model.Relation;
import org.trawl.model.RelationArgument;
import org.trawl.model.Sentence;
import org.trawl.model.Token;
import org.trawl.nlp.Cancellation;
import org.trawl.nlp.PartOfSpeechTagger;
import org.trawl.nlp.namefind.GazetteerEntry;

/**
 * The candidate pairs of an article for the relation model: in every sentence, each two arguments (names,
 * and the pronouns and descriptions {@link Coreference} resolves) of different entities at most
 * {@value #MAX_GAP} tokens apart, with their features. Not thread-safe (the tagger is not).
 */
final class Candidates {

    /** Mention origin of a pronoun standing for a name. */
    static final String PRONOUN = RelationArgument.PRONOUN;
    /** Mention origin of a description standing for a name. */
    static final String DESCRIPTION = RelationArgument.DESCRIPTION;
    static final int MAX_GAP = 30;
    /** The parts of speech that may stand between an indefinite article and a name that is a thing. */
    private static final Set<String> OBJECT_MODIFIERS = Set.of("ADJ", "VERB", "NOUN");

    private final PartOfSpeechTagger tagger;
    private final TypedRelations rules;
    private final PairFeatures features;
    private final PlaceFeatures places;

    Candidates(RelationTriggers triggers, PartOfSpeechTagger tagger, PlaceFeatures places) {
        this.tagger = tagger;
        this.rules = new TypedRelations(triggers, tagger);
        this.features = new PairFeatures(triggers);
        this.places = places;
    }

    /** @param bySentence the named mentions of each sentence, in order */
    List<Candidate> find(AnalyzedText text, List<List<EntityMention>> bySentence) {
        List<List<Reference>> references = Coreference.resolve(text, bySentence);
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Cancellation.checkpoint();
            List<EntityMention> args = arguments(bySentence.get(s.index()), references.get(s.index()));
            if (args.size() < 2 || (args = args.stream().filter(m -> !anObject(s, m)).toList()).size() < 2) {
                continue;
            }
            Map<Long, RuleHint> hints = hints(s, args);
            String[] words = new String[s.tokens().size()];
            for (int t = 0; t < words.length; t++) {
                words[t] = PairFeatures.lower(s.tokens().get(t).text());
            }
            String[] tags = null;
            GazetteerEntry[] placed = null;
            for (int i = 0; i < args.size(); i++) {
                EntityMention a = args.get(i);
                int aEnd = s.tokenAtOrAfter(a.end());
                for (int j = i + 1; j < args.size(); j++) {
                    EntityMention b = args.get(j);
                    if (s.tokenAtOrAfter(b.start()) - aEnd > MAX_GAP) {
                        break;
                    }
                    if (a.entityId().equals(b.entityId()) || b.start() < a.end()) {
                        continue;
                    }
                    if (tags == null) {
                        tags = tagger.tags(s);
                        placed = places.locate(args);
                    }
                    RuleHint hint = hints.get(key(a.start(), b.start()));
                    List<String> f = features.of(s, words, tags, args, i, j, hint);
                    places.add(f, PairFeatures.types(a, b), args, placed, i, j);
                    out.add(new Candidate(s, a, b, f.toArray(String[]::new), hint, placed[i], placed[j]));
                }
            }
        }
        return out;
    }

    /**
     * True when a name heads an indefinite noun phrase ("drove a rented Renault Clio", "fired a
     * Kalashnikov"): a thing, not a party. A name that modifies a noun after the article stays one
     * ("an al-Qaida operative").
     */
    boolean anObject(Sentence s, EntityMention m) {
        List<Token> tokens = s.tokens();
        int first = s.tokenAtOrAfter(m.start());
        int article = -1;
        for (int k = first - 1; k >= Math.max(0, first - 3) && article < 0; k--) {
            String w = tokens.get(k).text();
            if (isArticle(w)) {
                article = k;
            } else if (!isLowerWord(w)) {
                return false;
            }
        }
        if (article < 0) {
            return false; // most names: no tagging needed
        }
        for (int k = article + 1; k < first; k++) {
            // the tagger reads a participle as a noun at times ("a rented/NOUN Hyundai"); a preposition or a
            // conjunction ("an attack by Hamas") still ends the phrase
            if (!OBJECT_MODIFIERS.contains(tagger.tag(s, k))) {
                return false;
            }
        }
        int end = s.tokenAtOrAfter(m.end());
        return end >= tokens.size() || !tagger.tag(s, end).equals("NOUN");
    }

    /** {@link RelationArgument#PRONOUN} or {@link RelationArgument#DESCRIPTION} for a reference, null for a name. */
    static String via(EntityMention m) {
        String origin = m.mention().origin();
        return PRONOUN.equals(origin) || DESCRIPTION.equals(origin) ? origin : null;
    }

    private static boolean isArticle(String w) {
        return w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an");
    }

    private static boolean isLowerWord(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0));
    }

    /** The sentence's names and resolved references as one list in text order. */
    private static List<EntityMention> arguments(List<EntityMention> names, List<Reference> refs) {
        if (refs.isEmpty()) {
            return names;
        }
        List<EntityMention> args = new ArrayList<>(names.size() + refs.size());
        args.addAll(names);
        for (Reference r : refs) {
            EntityMention ante = r.antecedent();
            args.add(new EntityMention(new Mention(r.start(), r.end(), ante.type(), r.text(), ante.mention().score(),
                    r.via()), ante.entityId(), ante.canonical()));
        }
        args.sort(Comparator.comparingInt(EntityMention::start));
        return args;
    }

    /** The trigger rules' verdict on each pair they relate, keyed by the two arguments' starts in text order. */
    private Map<Long, RuleHint> hints(Sentence s, List<EntityMention> args) {
        Map<Long, RuleHint> out = new HashMap<>();
        for (Relation r : rules.find(s, args)) {
            int src = r.source().start();
            int tgt = r.target().start();
            boolean firstIsSource = src <= tgt;
            out.putIfAbsent(firstIsSource ? key(src, tgt) : key(tgt, src), new RuleHint(r.type(), firstIsSource));
        }
        return out;
    }

    private static long key(int first, int second) {
        return ((long) first << 32) | (second & 0xffffffffL);
    }
}
