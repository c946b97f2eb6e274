package org.trawl.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.Mention;
import org.trawl.names.KnownEntities;
import org.trawl.names.KnownEntity;
import org.trawl.names.NameKey;

class DocumentResolverTest {

    /** Mentions of the given names, found in order in the text. */
    static List<Mention> mentions(String text, EntityType type, String... names) {
        List<Mention> out = new ArrayList<>();
        int from = 0;
        for (String n : names) {
            int at = text.indexOf(n, from);
            out.add(new Mention(at, at + n.length(), type, n, 0.9, "test"));
            from = at + n.length();
        }
        return out;
    }

    @Test
    void surnameAfterFullNameIsTheSamePerson() {
        String text = "Anjem Choudary spoke. Later Choudary was jailed.";
        List<EntityMention> r = new DocumentResolver(KnownEntities.none())
                .resolve(text, mentions(text, EntityType.PERSON, "Anjem Choudary", "Choudary"));
        assertEquals(r.get(0).entityId(), r.get(1).entityId());
        assertEquals("Anjem Choudary", r.get(1).canonical());
    }

    @Test
    void aDoubleBarrelledSurnameAloneIsTheFullNamesPerson() {
        String text = "Mary Lane-Fox wrote it. Lane-Fox and Tom Ward-Hill met. Ward-Hill left.";
        List<EntityMention> r = new DocumentResolver(KnownEntities.none())
                .resolve(text, mentions(text, EntityType.PERSON, "Mary Lane-Fox", "Lane-Fox", "Tom Ward-Hill", "Ward-Hill"));
        assertEquals(r.get(0).entityId(), r.get(1).entityId(), r.toString());
        assertEquals("Mary Lane-Fox", r.get(1).canonical());
        assertEquals(r.get(2).entityId(), r.get(3).entityId(), r.toString());
        assertNotEquals(r.get(0).entityId(), r.get(2).entityId());
    }

    @Test
    void ambiguousSurnameStaysApart() {
        String text = "Salah Abdeslam and Brahim Abdeslam were brothers. Abdeslam fled.";
        List<EntityMention> r = new DocumentResolver(KnownEntities.none())
                .resolve(text, mentions(text, EntityType.PERSON, "Salah Abdeslam", "Brahim Abdeslam", "Abdeslam"));
        assertNotEquals(r.get(0).entityId(), r.get(1).entityId());
        assertNotEquals(r.get(2).entityId(), r.get(0).entityId());
        assertNotEquals(r.get(2).entityId(), r.get(1).entityId());
    }

    @Test
    void definedAcronymJoinsTheLongName() {
        String text = "The Joint Terrorism Analysis Centre (JTAC) raised the level. JTAC said so.";
        List<EntityMention> r = new DocumentResolver(KnownEntities.none()).resolve(text,
                mentions(text, EntityType.GROUP, "Joint Terrorism Analysis Centre", "JTAC", "JTAC"));
        assertEquals(r.get(0).entityId(), r.get(1).entityId());
        assertEquals(r.get(0).entityId(), r.get(2).entityId());
        assertTrue(DocumentResolver.isAcronymOf("JTAC", "Joint Terrorism Analysis Centre"));
        assertTrue(!DocumentResolver.isAcronymOf("JTAC", "Islamic State"));
    }

    @Test
    void knownAliasesResolveToTheListedEntity() {
        KnownEntity isil = new KnownEntity("ofac:1", EntityType.GROUP, "Islamic State");
        KnownEntities known = (type, key) -> type == EntityType.GROUP
                && (key.equals(NameKey.of("ISIS")) || key.equals(NameKey.of("Daesh"))) ? Optional.of(isil)
                : Optional.empty();
        String text = "ISIS, also called Daesh, lost ground.";
        List<EntityMention> r = new DocumentResolver(known).resolve(text, mentions(text, EntityType.GROUP, "ISIS", "Daesh"));
        assertEquals(r.get(0).entityId(), r.get(1).entityId());
        assertEquals("Islamic State", r.get(0).canonical());
        assertEquals(EntityIds.ofReference("ofac:1"), r.get(0).entityId());
    }

    @Test
    void idsAreStableAcrossRuns() {
        String text = "Khalid Zerkani recruited in Brussels.";
        List<Mention> ms = mentions(text, EntityType.PERSON, "Khalid Zerkani");
        String a = new DocumentResolver(KnownEntities.none()).resolve(text, ms).get(0).entityId();
        String b = new DocumentResolver(KnownEntities.none()).resolve(text, ms).get(0).entityId();
        assertEquals(a, b);
        assertEquals(EntityIds.of(EntityType.PERSON, NameKey.of("Khalid Zerkani")), a);
    }
}
