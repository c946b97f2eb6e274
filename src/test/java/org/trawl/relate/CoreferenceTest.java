package org.trawl.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trawl.model.AnalyzedText;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.Mention;
import org.trawl.model.RelationArgument;
import org.trawl.nlp.TextAnalyzer;

/** The pronoun and description sieve on its own, with names given by hand. */
class CoreferenceTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    private record Doc(AnalyzedText text, List<List<EntityMention>> bySentence) {
    }

    /** @param names each name and its type, in order of first occurrence, marked wherever it occurs */
    private static Doc doc(String text, Object... names) {
        AnalyzedText t = ANALYZER.analyze(text);
        List<EntityMention> ms = new ArrayList<>();
        for (int i = 0; i < names.length; i += 2) {
            String name = (String) names[i];
            EntityType type = (EntityType) names[i + 1];
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                ms.add(new EntityMention(new Mention(at, at + name.length(), type, name, 0.9, "test"), "id-" + name, name));
            }
        }
        ms.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Doc(t, CoOccurrences.bySentence(t, ms));
    }

    private static List<Reference> all(Doc d) {
        return Coreference.resolve(d.text(), d.bySentence()).stream().flatMap(List::stream).toList();
    }

    @Test
    void aPossessiveGoesToTheGroupOfTheSentenceBefore() {
        Doc d = doc("The Harbour Front was set up in 2004 in Tripoli. Its leader, Salim Haddad, was arrested in 2011.",
                "Harbour Front", EntityType.GROUP, "Tripoli", EntityType.PLACE, "Salim Haddad", EntityType.PERSON);
        List<Reference> refs = all(d);
        assertEquals(1, refs.size(), refs.toString());
        assertEquals("Its", refs.get(0).text());
        assertEquals("Harbour Front", refs.get(0).antecedent().text(), "its is a group's, not the place's");
        assertEquals(RelationArgument.PRONOUN, refs.get(0).via());
    }

    @Test
    void heGoesToAPersonAndTheSubjectIsPreferred() {
        Doc d = doc("Karim Nassar met Walid Aoun in Sidon. He later joined the Harbour Front.",
                "Karim Nassar", EntityType.PERSON, "Walid Aoun", EntityType.PERSON, "Sidon", EntityType.PLACE,
                "Harbour Front", EntityType.GROUP);
        List<Reference> refs = all(d);
        assertEquals(1, refs.size(), refs.toString());
        assertEquals("Karim Nassar", refs.get(0).antecedent().text());
    }

    @Test
    void descriptionsGoToTheNearestNameOfTheirKind() {
        Doc d = doc("Salim Haddad founded the Harbour Front in Tripoli. The group soon spread to the city and beyond.",
                "Salim Haddad", EntityType.PERSON, "Harbour Front", EntityType.GROUP, "Tripoli", EntityType.PLACE);
        List<Reference> refs = all(d);
        assertEquals(2, refs.size(), refs.toString());
        assertEquals("The group", refs.get(0).text());
        assertEquals("Harbour Front", refs.get(0).antecedent().text());
        assertEquals(RelationArgument.DESCRIPTION, refs.get(0).via());
        assertEquals("the city", refs.get(1).text());
        assertEquals("Tripoli", refs.get(1).antecedent().text());
    }

    @Test
    void nothingIsResolvedForwardTooFarBackOrWithoutAKindThatFits() {
        assertTrue(all(doc("He said that Salim Haddad had left.", "Salim Haddad", EntityType.PERSON)).isEmpty(),
                "a pronoun before any name stays unresolved");
        assertTrue(all(doc("Tripoli is calm. They were seen at the port.", "Tripoli", EntityType.PLACE)).isEmpty(),
                "they is never a place");
        assertTrue(all(doc("The Harbour Front is banned. It rained. The sea rose. The wind fell. Its leader spoke.",
                "Harbour Front", EntityType.GROUP)).stream().noneMatch(r -> r.text().equals("Its")),
                "an antecedent more than two sentences back is too far");
        assertTrue(all(doc("The leader of the group spoke.")).isEmpty(), "no names, nothing to resolve to");
    }

    @Test
    void aPronounReachesANameThroughADescriptionResolvedBeforeIt() {
        Doc d = doc("The Harbour Front was banned in 2005. The group then staged protests against Canadian soldiers. "
                + "By 2010, its leader, Salim Haddad, had moved abroad.",
                "Harbour Front", EntityType.GROUP, "Canadian soldiers", EntityType.GROUP, "Salim Haddad", EntityType.PERSON);
        List<Reference> its = all(d).stream().filter(r -> r.text().equals("its")).toList();
        assertEquals(1, its.size(), all(d).toString());
        assertEquals("Harbour Front", its.get(0).antecedent().text(),
                "'The group' stands first in the sentence before, and it stands for the Harbour Front");
    }

    @Test
    void singularWordsSkipNamesThatEndInAPluralCommonNoun() {
        Doc d = doc("Canadian soldiers guarded the offices of the Harbour Front. Its leader, Salim Haddad, fled. "
                + "Their commander, Omar Aziz, stayed.",
                "Canadian soldiers", EntityType.GROUP, "Harbour Front", EntityType.GROUP,
                "Salim Haddad", EntityType.PERSON, "Omar Aziz", EntityType.PERSON);
        List<Reference> refs = all(d);
        Reference its = refs.stream().filter(r -> r.text().equals("Its")).findFirst().orElseThrow();
        assertEquals("Harbour Front", its.antecedent().text(), "'its' is one thing's, not the soldiers'");
        Reference their = refs.stream().filter(r -> r.text().equals("Their")).findFirst().orElseThrow();
        assertEquals("Canadian soldiers", their.antecedent().text(), "'their' may be the soldiers'");
        assertTrue(Coreference.pluralCommonNoun(d.bySentence().get(0).get(0)));
        assertTrue(!Coreference.pluralCommonNoun(d.bySentence().get(0).get(1)), "a proper name is not plural");
    }
}
