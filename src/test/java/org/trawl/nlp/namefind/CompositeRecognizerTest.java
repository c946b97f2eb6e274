package org.trawl.nlp.namefind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trawl.Fixtures;
import org.trawl.model.EntityType;
import org.trawl.model.Mention;
import org.trawl.pipeline.Pipeline;

/** The name forms the composite recogniser must get right, beyond what the statistical model knows. */
class CompositeRecognizerTest {

    private static final Pipeline PIPELINE = Fixtures.pipeline();

    private static List<Mention> names(String text) {
        return PIPELINE.recognize(PIPELINE.analyze(text));
    }

    private static Optional<Mention> find(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    private static void assertName(String sentence, String name, EntityType type) {
        List<Mention> found = names(sentence);
        Optional<Mention> m = find(found, name);
        assertTrue(m.isPresent(), "expected '" + name + "' in " + found);
        assertEquals(type, m.get().type(), name);
        assertEquals(name, sentence.substring(m.get().start(), m.get().end()), "offsets point at the name");
    }

    @Test
    void titlesStayOutOfNames() {
        assertName("Deputy Assistant Commissioner Neil Basu said the plot was serious.", "Neil Basu", EntityType.PERSON);
        assertName("The group was founded by Maulana Masood Azhar in 2000.", "Masood Azhar", EntityType.PERSON);
        List<Mention> found = names("Minister Ellwood visited the camp.");
        assertTrue(found.stream().noneMatch(m -> m.text().contains("Minister")), found.toString());
    }

    @Test
    void arabicNameForms() {
        assertName("The speech by Abu Bakr al-Baghdadi was broadcast from Mosul.", "Abu Bakr al-Baghdadi", EntityType.PERSON);
        assertName("He trained with fighters of Jaish-e-Mohammed near the border.", "Jaish-e-Mohammed", EntityType.GROUP);
    }

    @Test
    void groupsNamedByShapeOrHeadNoun() {
        assertName("Members of Sharia4Belgium travelled to Syria.", "Sharia4Belgium", EntityType.GROUP);
        assertName("Police say the Zerkani network recruited dozens of young men.", "Zerkani network", EntityType.GROUP);
        assertName("Fighters of the Free Syrian Army withdrew.", "Free Syrian Army", EntityType.GROUP);
    }

    @Test
    void listedAliasesAreFound() {
        assertName("Daesh claimed the attack on Friday.", "Daesh", EntityType.GROUP);
    }

    @Test
    void nationalityAdjectivesAreNotPlacesButCountryModifiersAre() {
        List<Mention> found = names("British police arrested a Belgian man after U.S. forces shared intelligence.");
        assertTrue(find(found, "British").isEmpty(), found.toString());
        assertTrue(find(found, "Belgian").isEmpty(), found.toString());
        assertEquals(EntityType.GROUP, find(found, "U.S. forces").map(Mention::type).orElse(null), found.toString());
        List<Mention> modifier = names("The U.S. embassy in Oslo was closed.");
        assertEquals(EntityType.PLACE, find(modifier, "U.S.").map(Mention::type).orElse(null), modifier.toString());
    }

    @Test
    void aNameInsideALongerNameIsOneMention() {
        String s = "The Islamic State of Iraq and the Levant claimed it.";
        List<Mention> found = names(s);
        assertEquals(1, found.size(), found.toString());
        assertEquals("Islamic State of Iraq and the Levant", found.get(0).text());
        assertEquals(EntityType.GROUP, found.get(0).type());
    }

    @Test
    void aSurnameAfterTheFullNameIsFoundAgain() {
        List<Mention> found = names("Anjem Choudary addressed the crowd. Later, Choudary was arrested in London.");
        long persons = found.stream().filter(m -> m.type() == EntityType.PERSON && m.text().contains("Choudary")).count();
        assertEquals(2, persons, found.toString());
    }

    @Test
    void mentionsDoNotOverlap() {
        List<Mention> found = names("Prime Minister Haider al-Abadi said Iraqi security forces and the Popular "
                + "Mobilization Forces retook Tikrit from ISIS in Salahuddin province.");
        for (int i = 1; i < found.size(); i++) {
            assertFalse(found.get(i - 1).overlaps(found.get(i)), found.toString());
        }
        assertFalse(found.isEmpty());
    }

    @Test
    void whatOneJoinsIsAGroupAndNamesLoseStrayPunctuation() {
        assertName("He was a member of the Al-Muhajiroun for a decade.", "Al-Muhajiroun", EntityType.GROUP);
        List<Mention> found = names("Analysts say the attack was claimed by ISIS’ media arm, and by the U.S. later.");
        assertTrue(find(found, "ISIS").isPresent(), found.toString());
        assertTrue(found.stream().noneMatch(m -> m.text().endsWith("’")), found.toString());
        List<Mention> notes = names("Khalid Zerkani, a 42-year old street preacher from Morocco.5 Another went to"
                + " Aleppo? Nobody knows.");
        assertTrue(find(notes, "Morocco").isPresent() && find(notes, "Aleppo").isPresent(), notes.toString());
    }
}
