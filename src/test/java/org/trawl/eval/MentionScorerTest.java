package org.trawl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trawl.model.EntityType;
import org.trawl.model.Mention;

/** The scoring arithmetic on a tiny hand-made gold file (src/test/resources/gold/tiny.jsonl). */
class MentionScorerTest {

    private static Mention m(String text, String name, EntityType type) {
        int s = text.indexOf(name);
        return new Mention(s, s + name.length(), type, name, 1.0, "test");
    }

    @Test
    void lenientAndStrictCounts() throws Exception {
        List<GoldDocument> gold = GoldReader.read(Path.of("src/test/resources/gold/tiny.jsonl"));
        assertEquals(2, gold.size());
        String a = gold.get(0).text();
        String b = gold.get(1).text();
        List<Mention> predictedA = List.of(
                m(a, "UK", EntityType.GROUP),               // inside "The UK": lenient hit, strict miss
                m(a, "Anjem Choudary", EntityType.PERSON),  // exact
                m(a, "group", EntityType.GROUP),            // overlaps the description "the group": not counted
                m(a, "Iraq", EntityType.GROUP),             // gold PLACE, but Iraq is a GROUP elsewhere: accepted
                m(a, "met", EntityType.PERSON));            // wrong
        List<Mention> predictedB = List.of(m(b, "Iraq", EntityType.PLACE));
        MentionScorer scorer = new MentionScorer(gold);
        Tally lenient = new Tally();
        Tally strict = new Tally();
        List<MentionScorer.Mistake> mistakes = new ArrayList<>();
        scorer.score(gold.get(0), predictedA, lenient, strict, mistakes::add);
        scorer.score(gold.get(1), predictedB, lenient, strict, mistakes::add);

        // lenient: tp = UK, Anjem Choudary, Iraq, Iraq; fp = met; fn = Rebels ("We" is a pronoun: not counted)
        assertEquals(4, lenient.micro().truePositives());
        assertEquals(1, lenient.micro().falsePositives());
        assertEquals(1, lenient.micro().falseNegatives());
        assertEquals(0.8, lenient.micro().precision(), 1e-9);
        assertEquals(0.8, lenient.micro().recall(), 1e-9);
        assertEquals(0.8, lenient.micro().f1(), 1e-9);
        // per type, precision counts under the predicted type and recall under the gold type
        assertEquals(1.0, lenient.counts("GROUP").precision(), 1e-9);
        // GROUP recall: The UK and Iraq (gold GROUP in b) found, Rebels missed
        assertEquals(2.0 / 3, lenient.counts("GROUP").recall(), 1e-9);
        assertEquals(1.0, lenient.counts("PLACE").recall(), 1e-9);
        assertEquals(0.5, lenient.counts("PERSON").precision(), 1e-9);

        // strict: only Anjem Choudary is exact
        assertEquals(1, strict.micro().truePositives());
        assertEquals(4, strict.micro().falsePositives());
        assertEquals(4, strict.micro().falseNegatives());
        assertEquals(0.2, strict.micro().f1(), 1e-9);

        assertEquals(2, mistakes.size(), "lenient mistakes only: " + mistakes);
    }

    @Test
    void namedMentions() {
        assertTrue(MentionScorer.isNamed("the Islamic State"));
        assertTrue(MentionScorer.isNamed("Syrians"));
        assertFalse(MentionScorer.isNamed("the group"));
        assertFalse(MentionScorer.isNamed("The rebels"));
        assertFalse(MentionScorer.isNamed("We"));
    }
}
