package org.trawl.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trawl.model.AnalyzedText;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.Mention;
import org.trawl.model.Relation;
import org.trawl.model.RelationType;
import org.trawl.nlp.TextAnalyzer;

class CoOccurrencesTest {

    private static EntityMention at(String text, String name, int from, String id) {
        int s = text.indexOf(name, from);
        return new EntityMention(new Mention(s, s + name.length(), EntityType.PERSON, name, 1, "test"), id, name);
    }

    @Test
    void countsSentencesPerPairAndKeepsTheFirstAsEvidence() {
        String text = "Abaaoud met Abdeslam in 2014. Abaaoud called Abdeslam again. Mostefai was alone.";
        AnalyzedText t = new TextAnalyzer().analyze(text);
        List<EntityMention> ms = List.of(
                at(text, "Abaaoud", 0, "a"), at(text, "Abdeslam", 0, "b"),
                at(text, "Abaaoud", 20, "a"), at(text, "Abdeslam", 40, "b"),
                at(text, "Mostefai", 0, "c"));
        List<Relation> rs = CoOccurrences.find(t, CoOccurrences.bySentence(t, ms));
        assertEquals(1, rs.size());
        Relation r = rs.get(0);
        assertEquals(RelationType.CO_OCCURS, r.type());
        assertEquals(2, r.count());
        assertEquals("Abaaoud met Abdeslam in 2014.", r.sentence());
        assertEquals(List.of(2014), r.years());
    }
}
