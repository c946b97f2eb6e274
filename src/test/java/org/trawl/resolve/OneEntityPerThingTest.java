package org.trawl.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.trawl.Fixtures;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.SourceDocument;
import org.trawl.names.KnownEntities;
import org.trawl.pipeline.Pipeline;

/** One entity per real thing and one type per entity, on sentences written for this test. */
class OneEntityPerThingTest {

    private static final Pipeline PIPELINE = Fixtures.pipeline();

    private static List<EntityMention> linked(String text) {
        return PIPELINE.extract(SourceDocument.ofText("t", text)).mentions();
    }

    private static Set<String> ids(List<EntityMention> ms, String... texts) {
        Set<String> wanted = Set.of(texts);
        return ms.stream().filter(m -> wanted.contains(m.text())).map(EntityMention::entityId).collect(Collectors.toSet());
    }

    @Test
    void aCountryIsOnePlaceEntityWhetherItActsOrIsALocation() {
        List<EntityMention> ms = linked("Egypt closed its border. Egypt said the convoy had reached Egypt by night.");
        assertEquals(1, ids(ms, "Egypt").size(), ms.toString());
        assertEquals(Set.of(EntityType.PLACE), ms.stream().filter(m -> m.text().equals("Egypt"))
                .map(EntityMention::type).collect(Collectors.toSet()));
    }

    @Test
    void acronymOfAListedGroupIsThatGroupAndNotAPlace() {
        List<EntityMention> ms = linked("Islamic State claimed the bombing. Later IS said more would come, and "
                + "ISIL fighters left the town. Daesh denied it.");
        assertEquals(1, ids(ms, "Islamic State", "IS", "ISIL", "Daesh").size(), ms.toString());
        assertEquals(Set.of(EntityType.GROUP), ms.stream().filter(m -> Set.of("Islamic State", "IS", "ISIL", "Daesh")
                .contains(m.text())).map(EntityMention::type).collect(Collectors.toSet()), ms.toString());
    }

    @Test
    void mentionsTakeTheirEntitysType() {
        String text = "Spokesman Rafael Ordaz spoke first. Ordaz said the talks failed. Ordaz left.";
        java.util.List<org.trawl.model.Mention> raw = List.of(
                new org.trawl.model.Mention(text.indexOf("Rafael Ordaz"), text.indexOf("Rafael Ordaz") + 12,
                        EntityType.GROUP, "Rafael Ordaz", 0.6, "test"),
                new org.trawl.model.Mention(text.indexOf("Ordaz said"), text.indexOf("Ordaz said") + 5,
                        EntityType.PERSON, "Ordaz", 0.8, "test"),
                new org.trawl.model.Mention(text.lastIndexOf("Ordaz"), text.lastIndexOf("Ordaz") + 5,
                        EntityType.PERSON, "Ordaz", 0.8, "test"));
        List<EntityMention> ms = new DocumentResolver(KnownEntities.none()).resolve(text, raw);
        assertEquals(1, ms.stream().map(EntityMention::entityId).distinct().count(), ms.toString());
        assertEquals(Set.of(EntityType.PERSON), ms.stream().map(EntityMention::type).collect(Collectors.toSet()));
        assertEquals("Rafael Ordaz", ms.get(1).canonical());
    }

    @Test
    void oneNameGivenTwoTypesIsOneEntity() {
        String text = "Kavaro spoke. Kavaro wrote. Kavaro left.";
        List<org.trawl.model.Mention> raw = List.of(
                new org.trawl.model.Mention(0, 6, EntityType.PERSON, "Kavaro", 0.8, "test"),
                new org.trawl.model.Mention(14, 20, EntityType.GROUP, "Kavaro", 0.5, "test"),
                new org.trawl.model.Mention(28, 34, EntityType.PERSON, "Kavaro", 0.8, "test"));
        List<EntityMention> ms = new DocumentResolver(KnownEntities.none()).resolve(text, raw);
        assertEquals(1, ms.stream().map(EntityMention::entityId).distinct().count(), ms.toString());
        assertEquals(Set.of(EntityType.PERSON), ms.stream().map(EntityMention::type).collect(Collectors.toSet()));
    }
}
