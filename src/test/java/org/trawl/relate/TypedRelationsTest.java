package org.trawl.relate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trawl.Fixtures;
import org.trawl.model.Extraction;
import org.trawl.model.Relation;
import org.trawl.model.RelationType;
import org.trawl.model.SourceDocument;
import org.trawl.pipeline.Pipeline;

/** Typed relations from sentences whose wording says how two names are related. */
class TypedRelationsTest {

    private static final Pipeline PIPELINE = Fixtures.pipeline();

    private static List<Relation> relations(String text) {
        Extraction x = PIPELINE.extract(SourceDocument.ofText("t", text));
        return x.relations().stream().filter(RelationExtractor::isTyped).toList();
    }

    private static boolean has(List<Relation> rs, RelationType type, String source, String target) {
        return rs.stream().anyMatch(r -> r.type() == type && r.source().text().contains(source)
                && r.target().text().contains(target));
    }

    @Test
    void appositionsAndPassives() {
        List<Relation> rs = relations("Abu Bakr al-Baghdadi, the leader of Islamic State, was killed in Syria in 2019.");
        assertTrue(has(rs, RelationType.LEADS, "Baghdadi", "Islamic State"), rs.toString());
        rs = relations("The network was led by Khalid Zerkani, according to police. Sharia4Belgium was founded by Fouad Belkacem.");
        assertTrue(has(rs, RelationType.FOUNDED, "Belkacem", "Sharia4Belgium"), rs.toString());
    }

    @Test
    void placesAndTravel() {
        List<Relation> rs = relations("Abdelhamid Abaaoud travelled to Syria in 2013.");
        assertTrue(has(rs, RelationType.TRAVELED_TO, "Abaaoud", "Syria"), rs.toString());
        assertTrue(rs.stream().anyMatch(r -> r.years().contains(2013)), "the year of the evidence is kept");
        rs = relations("The Zerkani network, based in Brussels, recruited dozens of fighters.");
        assertTrue(has(rs, RelationType.LOCATED_IN, "Zerkani", "Brussels"), rs.toString());
    }

    @Test
    void aliasesAndConflict() {
        List<Relation> rs = relations("Jabhat al-Nusra, also known as the Nusra Front, fought against the Free Syrian Army.");
        assertTrue(rs.stream().anyMatch(r -> r.type() == RelationType.FIGHTS), rs.toString());
    }

    @Test
    void negationDropsTheRelation() {
        List<Relation> rs = relations("Anjem Choudary denied being a member of Islamic State.");
        assertTrue(rs.stream().noneMatch(r -> r.type() == RelationType.MEMBER_OF), rs.toString());
        List<Relation> positive = relations("Anjem Choudary is a member of Islamic State.");
        assertTrue(positive.stream().anyMatch(r -> r.type() == RelationType.MEMBER_OF), positive.toString());
    }

    @Test
    void territoryHeldAndPairsNamedTogether() {
        List<Relation> rs = relations("The town of Dabiq was captured by Islamic State in 2014.");
        assertTrue(has(rs, RelationType.CONTROLS, "Islamic State", "Dabiq"), rs.toString());
        rs = relations("Talks between Hamas and Fatah ended without a deal.");
        assertTrue(has(rs, RelationType.COMMUNICATED_WITH, "Hamas", "Fatah"), rs.toString());
        rs = relations("Fighting between Hezbollah and the Free Syrian Army spread to the border.");
        assertTrue(has(rs, RelationType.FIGHTS, "Hezbollah", "Free Syrian Army"), rs.toString());
    }

    @Test
    void aReactionIsNotTheAct() {
        List<Relation> rs = relations("Boris Johnson condemned the attack in Baghdad.");
        assertTrue(rs.stream().noneMatch(r -> r.type() == RelationType.ATTACKED), rs.toString());
    }
}
