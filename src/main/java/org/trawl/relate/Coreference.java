package org.trawl.relate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trawl.model.AnalyzedText;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.RelationArgument;
import org.trawl.model.Sentence;
import org.trawl.model.Token;

/**
 * Resolves pronouns and short descriptions to the names they refer to, with a deterministic sieve in the
 * manner of Stanford's multi-pass coreference (Lee et al., 2013), reduced to its last two passes:
 * descriptions ("the group", "the cleric", "the country") go to the nearest earlier name of the kind
 * the noun says, and pronouns to the first compatible name of their own sentence before them, else of the
 * nearest earlier sentence that has one (left to right in a sentence, which favours its subject), at most
 * {@value #WINDOW} sentences back. Agreement is by entity type (he/she/his/her to a person, it/its to a
 * group or place, they/their/them to a group) and by number: a singular pronoun or description never
 * takes a name that ends in a plural common noun ("British soldiers"). A description resolved before a
 * pronoun stands for its name ("The group ... its leader"). A word is never resolved to a name that
 * follows it, nor to a name it is part of. Stateless.
 */
final class Coreference {

    static final int WINDOW = 2;

    private static final Set<EntityType> PERSON = EnumSet.of(EntityType.PERSON);
    private static final Set<EntityType> GROUP = EnumSet.of(EntityType.GROUP);
    private static final Set<EntityType> GROUP_OR_PLACE = EnumSet.of(EntityType.GROUP, EntityType.PLACE);
    private static final Set<EntityType> PLACE = EnumSet.of(EntityType.PLACE);

    private static final Map<String, Set<EntityType>> PRONOUNS = Map.ofEntries(
            Map.entry("he", PERSON), Map.entry("him", PERSON), Map.entry("his", PERSON),
            Map.entry("she", PERSON), Map.entry("her", PERSON),
            Map.entry("it", GROUP_OR_PLACE), Map.entry("its", GROUP_OR_PLACE),
            Map.entry("they", GROUP), Map.entry("their", GROUP), Map.entry("them", GROUP));

    /** Nouns that, after "the" (or "this", "that"), describe an entity named before. */
    private static final Map<String, Set<EntityType>> DESCRIPTIONS = Map.ofEntries(
            Map.entry("group", GROUP), Map.entry("organisation", GROUP), Map.entry("organization", GROUP),
            Map.entry("movement", GROUP), Map.entry("network", GROUP), Map.entry("militia", GROUP),
            Map.entry("faction", GROUP), Map.entry("outfit", GROUP), Map.entry("alliance", GROUP),
            Map.entry("coalition", GROUP), Map.entry("party", GROUP),
            Map.entry("cleric", PERSON), Map.entry("preacher", PERSON), Map.entry("imam", PERSON),
            Map.entry("man", PERSON), Map.entry("woman", PERSON), Map.entry("militant", PERSON),
            Map.entry("suspect", PERSON), Map.entry("commander", PERSON),
            Map.entry("country", PLACE), Map.entry("city", PLACE), Map.entry("town", PLACE),
            Map.entry("capital", PLACE), Map.entry("province", PLACE), Map.entry("region", PLACE),
            Map.entry("village", PLACE));
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "their", "them");

    private Coreference() {
    }

    /**
     * The references of every sentence, by sentence index, in text order.
     *
     * @param bySentence the named mentions of each sentence, in order
     */
    static List<List<Reference>> resolve(AnalyzedText text, List<List<EntityMention>> bySentence) {
        List<List<Reference>> out = new ArrayList<>(bySentence.size());
        List<List<Antecedent>> antecedents = new ArrayList<>(bySentence.size());
        for (Sentence s : text.sentences()) {
            List<Reference> refs = new ArrayList<>();
            List<Token> tokens = s.tokens();
            List<EntityMention> here = bySentence.get(s.index());
            List<Antecedent> candidates = new ArrayList<>();
            for (EntityMention m : here) {
                candidates.add(new Antecedent(m.start(), m.end(), m));
            }
            antecedents.add(candidates);
            for (int t = 0; t < tokens.size(); t++) {
                Token tok = tokens.get(t);
                String w = tok.text().toLowerCase(Locale.ROOT);
                if (insideName(here, tok)) {
                    continue;
                }
                Set<EntityType> pronoun = PRONOUNS.get(w);
                if (pronoun != null) {
                    EntityMention a = pronounAntecedent(antecedents, s.index(), tok.start(), pronoun,
                            !PLURAL_PRONOUNS.contains(w));
                    if (a != null) {
                        refs.add(new Reference(tok.start(), tok.end(), tok.text(), RelationArgument.PRONOUN, a));
                    }
                    continue;
                }
                if (DETERMINERS.contains(w) && t + 1 < tokens.size()) {
                    Token noun = tokens.get(t + 1);
                    Set<EntityType> kind = DESCRIPTIONS.get(noun.text().toLowerCase(Locale.ROOT));
                    boolean followedByOf = t + 2 < tokens.size() && tokens.get(t + 2).text().equalsIgnoreCase("of");
                    if (kind != null && !followedByOf && !insideName(here, noun)) {
                        EntityMention a = nearestAntecedent(antecedents, s.index(), tok.start(), kind);
                        if (a != null) {
                            refs.add(new Reference(tok.start(), noun.end(), s.text().substring(
                                    tok.start() - s.start(), noun.end() - s.start()), RelationArgument.DESCRIPTION, a));
                            insert(candidates, new Antecedent(tok.start(), noun.end(), a));
                        }
                        t++;
                    }
                }
            }
            out.add(refs);
        }
        return out;
    }

    /**
     * Something a later pronoun or description may refer to: a name, or a description already resolved to
     * one ("The group ... its leader" reaches the group's name through "The group").
     *
     * @param start the offset where it starts
     * @param end   where it ends
     * @param name  the name it is or stands for
     */
    private record Antecedent(int start, int end, EntityMention name) {
    }

    private static void insert(List<Antecedent> sorted, Antecedent a) {
        int at = sorted.size();
        while (at > 0 && sorted.get(at - 1).start() > a.start()) {
            at--;
        }
        sorted.add(at, a);
    }

    /**
     * True for a name that ends in a plural common noun ("British soldiers", "Kurdish fighters"), which a
     * singular pronoun or description does not refer to.
     */
    static boolean pluralCommonNoun(EntityMention m) {
        String text = m.text().strip();
        String last = text.substring(text.lastIndexOf(' ') + 1);
        return last.length() > 3 && Character.isLowerCase(last.charAt(0)) && last.endsWith("s") && !last.endsWith("ss");
    }

    private static boolean insideName(List<EntityMention> mentions, Token tok) {
        for (EntityMention m : mentions) {
            if (m.start() < tok.end() && tok.start() < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first compatible antecedent before {@code offset} in its sentence, else in the nearest earlier
     * one; a singular pronoun skips names that end in a plural common noun.
     */
    private static EntityMention pronounAntecedent(List<List<Antecedent>> antecedents, int sentence, int offset,
                                                   Set<EntityType> types, boolean singular) {
        for (int si = sentence; si >= Math.max(0, sentence - WINDOW); si--) {
            for (Antecedent c : antecedents.get(si)) {
                if (c.end() <= offset && fits(c.name(), types, singular)) {
                    return c.name();
                }
            }
        }
        return null;
    }

    /** The nearest compatible antecedent before {@code offset}, in this or the earlier sentences of the window. */
    private static EntityMention nearestAntecedent(List<List<Antecedent>> antecedents, int sentence, int offset,
                                                   Set<EntityType> types) {
        for (int si = sentence; si >= Math.max(0, sentence - WINDOW); si--) {
            List<Antecedent> cs = antecedents.get(si);
            for (int i = cs.size() - 1; i >= 0; i--) {
                Antecedent c = cs.get(i);
                if (c.end() <= offset && fits(c.name(), types, true)) {
                    return c.name();
                }
            }
        }
        return null;
    }

    private static boolean fits(EntityMention m, Set<EntityType> types, boolean singular) {
        return types.contains(m.type()) && !(singular && pluralCommonNoun(m));
    }
}
