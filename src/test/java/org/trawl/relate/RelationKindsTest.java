package org.trawl.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;
import org.trawl.Fixtures;
import org.trawl.json.Json;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.Extraction;
import org.trawl.model.Relation;
import org.trawl.model.RelationArgument;
import org.trawl.model.RelationType;
import org.trawl.model.SourceDocument;
import org.trawl.pipeline.Pipeline;

/**
 * The kinds of wrong relation the trained model and its rules must not make, and the pronoun links it must,
 * on sentences written for this test.
 */
class RelationKindsTest {

    private static final Pipeline PIPELINE = Fixtures.pipeline();

    private static Extraction extract(String text) {
        return PIPELINE.extract(SourceDocument.ofText("t", text));
    }

    private static List<Relation> typed(String text) {
        return extract(text).relations().stream().filter(RelationExtractor::isTyped).toList();
    }

    private static boolean relates(List<Relation> rs, RelationType type, String a, String b) {
        return rs.stream().anyMatch(r -> r.type() == type
                && (r.source().text().contains(a) && r.target().text().contains(b)
                || r.type().symmetric() && r.source().text().contains(b) && r.target().text().contains(a)));
    }

    @Test
    void supportIsNotFighting() {
        List<Relation> rs = typed("The preacher Omar Haddad persuaded 200 young men to go and fight for al-Shabaab.");
        assertFalse(relates(rs, RelationType.FIGHTS, "Haddad", "Shabaab"), rs.toString());
        assertFalse(relates(rs, RelationType.ATTACKED, "Haddad", "Shabaab"), rs.toString());
    }

    @Test
    void speakingToMembersIsNotMembership() {
        List<Relation> rs = typed("Abu Hamza al-Masri lectured to members of Jabhat al-Nusra in Idlib.");
        assertFalse(relates(rs, RelationType.MEMBER_OF, "Masri", "Nusra"), rs.toString());
        List<Relation> positive = typed("Abu Hamza al-Masri became a member of Jabhat al-Nusra.");
        assertTrue(relates(positive, RelationType.MEMBER_OF, "Masri", "Nusra"), "a linking verb keeps it: " + positive);
    }

    @Test
    void anotherClauseHasItsOwnSubject() {
        List<Relation> rs = typed("Yusuf Adeyemi has links to Hezbollah because he was a member of Hamas.");
        assertFalse(relates(rs, RelationType.MEMBER_OF, "Hezbollah", "Hamas"), rs.toString());
    }

    @Test
    void everySentenceThatStatesARelationIsItsOwnEvidence() {
        String first = "In 2006 Hassan Nasrallah, the leader of Hezbollah, spoke in Beirut.";
        String second = "In 2008 Hassan Nasrallah, the leader of Hezbollah, spoke in Tyre.";
        List<Relation> rs = typed(first + " " + second).stream()
                .filter(r -> r.type() == RelationType.LEADS && r.source().text().contains("Nasrallah")).toList();
        assertEquals(Set.of(first, second), rs.stream().map(Relation::sentence).collect(java.util.stream.Collectors.toSet()),
                "one relation per sentence stating it, each with its own sentence: " + rs);
    }

    @Test
    void anObjectIsNotAParty() {
        Set<RelationType> parties = Set.of(RelationType.FIGHTS, RelationType.ATTACKED, RelationType.MEMBER_OF,
                RelationType.ALLIED_WITH);
        List<Relation> rs = typed("Salah Abdeslam drove a rented Renault Clio to the stadium.");
        assertTrue(rs.stream().noneMatch(r -> parties.contains(r.type())), rs.toString());
        // the tagger reads "stolen" as a noun here: the thing is still a thing
        rs = typed("Karim Benali killed two guards after ramming a stolen Peugeot into the checkpoint.");
        assertTrue(rs.stream().noneMatch(r -> parties.contains(r.type())), rs.toString());
    }

    @Test
    void noEntityIsRelatedToItselfAndSameAsKeepsToOneType() {
        String text = "Islamic State, also known as ISIL, attacked Kobane. ISIL (Islamic State) then seized Raqqa. "
                + "The Nusra Front, also known as Jabhat al-Nusra, fought ISIL near Aleppo. Abu Mohammad al-Julani, "
                + "Jabhat al-Nusra's leader, met Ayman al-Zawahiri.";
        Extraction x = extract(text);
        java.util.Map<String, EntityType> types = new java.util.HashMap<>();
        for (EntityMention m : x.mentions()) {
            types.put(m.entityId(), m.type());
        }
        for (Relation r : x.relations()) {
            assertNotEquals(r.source().entityId(), r.target().entityId(), "an entity with itself: " + r);
            if (r.type() == RelationType.SAME_AS) {
                assertEquals(types.get(r.source().entityId()), types.get(r.target().entityId()), r.toString());
            }
            assertTrue(r.type() == RelationType.CO_OCCURS || RelationSchema.bundled().allows(r.type(),
                    types.get(r.source().entityId()), types.get(r.target().entityId())), "outside the schema: " + r);
        }
    }

    @Test
    void aRelationCanStandOnAPronounAndSaysSo() {
        Extraction x = extract("The Harbour Front was founded in Tripoli in 2004. By 2010, its leader, Salim Haddad, "
                + "was recruiting abroad.");
        Relation leads = x.relations().stream().filter(r -> r.type() == RelationType.LEADS).findFirst()
                .orElseThrow(() -> new AssertionError("no LEADS in " + x.relations()));
        assertEquals("Salim Haddad", leads.source().text());
        RelationArgument its = leads.target();
        assertEquals("its", its.text());
        assertEquals(RelationArgument.PRONOUN, its.via());
        String harbour = x.mentions().stream().filter(m -> m.text().contains("Harbour Front")).findFirst().orElseThrow()
                .entityId();
        assertEquals(harbour, its.entityId(), "the pronoun resolves to the group named before");
        ObjectNode json = Json.relation(leads);
        assertEquals("pronoun", json.get("target").get("via").asText());
        assertEquals(List.of("start", "end", "text", "entity"), fieldNames((ObjectNode) json.get("source")),
                "a name argument keeps exactly the contract's fields");
        assertEquals(List.of("start", "end", "text", "entity", "via"), fieldNames((ObjectNode) json.get("target")));
    }

    private static List<String> fieldNames(ObjectNode o) {
        List<String> out = new java.util.ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void twoCountriesAreNeverOneInsideTheOther() {
        // a model that calls every pair LOCATED_IN: what stays out is what the schema's containment rule keeps out
        RelationModel always = new RelationModel(new GISModel(new Context[0], new String[0],
                new String[] {RelationType.LOCATED_IN.name()}), RelationThresholds.of(0.3, 0.97));
        List<Relation> rs = PIPELINE.prepare(SourceDocument.ofText("t",
                "Aid went to Jordan, Lebanon and Egypt. The fighting reached Aleppo in Syria.")).relations().decide(always)
                .stream().filter(RelationExtractor::isTyped).toList();
        for (String[] pair : new String[][] {{"Jordan", "Lebanon"}, {"Lebanon", "Egypt"}, {"Jordan", "Egypt"}}) {
            assertFalse(relates(rs, RelationType.LOCATED_IN, pair[0], pair[1]) || relates(rs, RelationType.LOCATED_IN, pair[1], pair[0])
                    || relates(rs, RelationType.PART_OF, pair[0], pair[1]) || relates(rs, RelationType.PART_OF, pair[1], pair[0]),
                    "countries in a list: " + rs);
        }
        assertTrue(rs.stream().allMatch(r -> r.source().text().equals("Aleppo") && r.target().text().equals("Syria")),
                "nothing joins the countries, nor a country travels: " + rs);
        assertTrue(relates(rs, RelationType.LOCATED_IN, "Aleppo", "Syria") || relates(rs, RelationType.PART_OF, "Aleppo", "Syria"),
                "a city in its country stays: " + rs);
    }

    @Test
    void aCityDoesNotActThoughItMayBeAttacked() {
        // a model that calls every pair FIGHTS: what stays out is what the schema's actors column keeps out
        RelationModel always = new RelationModel(new GISModel(new Context[0], new String[0],
                new String[] {RelationType.FIGHTS.name()}), RelationThresholds.of(0.3, 0.97));
        List<Relation> rs = PIPELINE.prepare(SourceDocument.ofText("t",
                "Omar Haddad drove to Glasgow on Monday. Syria fought Turkey. The Red Brigade attacked Aleppo."))
                .relations().decide(always).stream().filter(RelationExtractor::isTyped).toList();
        assertTrue(rs.stream().noneMatch(r -> r.source().text().contains("Glasgow") || r.target().text().contains("Glasgow")),
                "a city a person drove to is no party to a fight: " + rs);
        assertTrue(relates(rs, RelationType.FIGHTS, "Syria", "Turkey"), "countries fight: " + rs);
        assertTrue(relates(rs, RelationType.ATTACKED, "Red Brigade", "Aleppo"), "a city may be attacked: " + rs);
    }
}
