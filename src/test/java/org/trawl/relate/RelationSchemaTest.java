package org.trawl.relate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.trawl.model.EntityType;
import org.trawl.model.RelationType;

/** The table of what relation types may join, read from relation-schema.tsv. */
class RelationSchemaTest {

    private final RelationSchema schema = RelationSchema.bundled();

    @Test
    void directedTypesHaveTheirWayRound() {
        assertTrue(schema.allows(RelationType.LEADS, EntityType.PERSON, EntityType.GROUP));
        assertFalse(schema.allows(RelationType.LEADS, EntityType.GROUP, EntityType.PERSON), "a group does not lead a person");
        assertTrue(schema.allows(RelationType.LOCATED_IN, EntityType.GROUP, EntityType.PLACE));
        assertFalse(schema.allows(RelationType.LOCATED_IN, EntityType.PLACE, EntityType.GROUP));
        assertTrue(schema.allows(RelationType.CONTROLS, EntityType.PLACE, EntityType.PLACE), "a country may hold a town");
        assertTrue(schema.allows(RelationType.MEMBER_OF, EntityType.PLACE, EntityType.GROUP),
                "a country (one PLACE entity) may belong to an alliance or a coalition");
        assertFalse(schema.allows(RelationType.MEMBER_OF, EntityType.GROUP, EntityType.PLACE), "nobody is a member of a place");
    }

    @Test
    void symmetricTypesEitherWayAndSameAsOnlyWithinOneType() {
        assertTrue(schema.allows(RelationType.FIGHTS, EntityType.GROUP, EntityType.PLACE));
        assertTrue(schema.allows(RelationType.FIGHTS, EntityType.PLACE, EntityType.GROUP));
        assertTrue(schema.allows(RelationType.SAME_AS, EntityType.GROUP, EntityType.GROUP));
        assertFalse(schema.allows(RelationType.SAME_AS, EntityType.GROUP, EntityType.PERSON));
        assertFalse(schema.allows(RelationType.SAME_AS, EntityType.PLACE, EntityType.GROUP));
    }

    @Test
    void whatAPlaceMayDoIsReadFromTheTable() {
        assertFalse(schema.joinsCountries(RelationType.LOCATED_IN), "a country lies in no other country");
        assertFalse(schema.joinsCountries(RelationType.TRAVELED_TO));
        assertTrue(schema.joinsCountries(RelationType.FIGHTS), "two countries may fight");
        assertFalse(schema.allowsLocalPlace(RelationType.FIGHTS, true), "a city does not fight");
        assertFalse(schema.allowsLocalPlace(RelationType.FIGHTS, false));
        assertFalse(schema.allowsLocalPlace(RelationType.ATTACKED, true), "nor attack");
        assertTrue(schema.allowsLocalPlace(RelationType.ATTACKED, false), "but it may be attacked");
        assertTrue(schema.allowsLocalPlace(RelationType.LOCATED_IN, true), "and a city lies in a place");
    }

    @Test
    void coOccurrenceAndProjectionsAreNotExtractedTypes() {
        assertFalse(schema.extracted(RelationType.CO_OCCURS));
        assertFalse(schema.extracted(RelationType.SHARES_GROUP));
        assertFalse(schema.allows(RelationType.SHARES_MEMBER, EntityType.GROUP, EntityType.GROUP));
    }
}
