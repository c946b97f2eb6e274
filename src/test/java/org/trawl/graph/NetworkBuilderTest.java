package org.trawl.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.Extraction;
import org.trawl.model.Mention;
import org.trawl.model.Relation;
import org.trawl.model.RelationArgument;
import org.trawl.model.RelationType;
import org.trawl.model.SourceDocument;
import org.trawl.search.LuceneStore;
import org.trawl.store.PathRecord;

/** Networks from a small hand-made index: search-selected articles, dates from articles, projections. */
class NetworkBuilderTest {

    @TempDir
    Path tmp;

    LuceneStore store;

    /** Builds an article whose text is its sentences; each relation is "A rel B" over the named entities. */
    private static final class Article {
        final StringBuilder text = new StringBuilder();
        final List<EntityMention> mentions = new ArrayList<>();
        final List<Relation> relations = new ArrayList<>();

        Article relation(String a, EntityType ta, RelationType type, String b, EntityType tb, String words) {
            int start = text.length();
            EntityMention ma = mention(a, ta, start);
            text.append(a).append(' ').append(words).append(' ');
            EntityMention mb = mention(b, tb, text.length());
            text.append(b).append(". ");
            mentions.add(ma);
            mentions.add(mb);
            relations.add(new Relation(type, RelationArgument.of(ma), RelationArgument.of(mb),
                    a + " " + words + " " + b + ".", start, 0.8, List.of(), 1));
            return this;
        }

        private static EntityMention mention(String name, EntityType type, int at) {
            return new EntityMention(new Mention(at, at + name.length(), type, name, 0.9, "test"), "id-" + name, name);
        }

        void put(LuceneStore store, String id, LocalDate published) {
            SourceDocument doc = new SourceDocument(id, id + ".txt", "test", null, id, null, published, "text/plain",
                    "eng", text.toString());
            store.put(new Extraction(doc, mentions, relations), new PathRecord(id + ".txt", id, 1, 1));
        }
    }

    @BeforeEach
    void index() {
        store = LuceneStore.openForWriting(tmp.resolve("index"));
        new Article()
                .relation("Alpha", EntityType.PERSON, RelationType.MEMBER_OF, "Gamma Front", EntityType.GROUP, "is a member of")
                .relation("Bravo", EntityType.PERSON, RelationType.MEMBER_OF, "Gamma Front", EntityType.GROUP, "joined")
                .put(store, "d1", LocalDate.of(2015, 3, 1));
        new Article()
                .relation("Charlie", EntityType.PERSON, RelationType.LEADS, "Delta Brigade", EntityType.GROUP, "leads")
                .relation("Alpha", EntityType.PERSON, RelationType.MEMBER_OF, "Delta Brigade", EntityType.GROUP, "fights for")
                .relation("Alpha", EntityType.PERSON, RelationType.LOCATED_IN, "Brussels", EntityType.PLACE, "lives in")
                .put(store, "d2", LocalDate.of(2019, 6, 1));
        store.commit();
    }

    @AfterEach
    void close() throws java.io.IOException {
        store.close();
    }

    private Network build(String query, NetworkSpec.Projection projection, Integer from) {
        return new NetworkBuilder(store).build(new NetworkSpec(List.of(), 0, EnumSet.allOf(EntityType.class),
                EnumSet.allOf(RelationType.class), 1, from, null, query, projection, NetworkSpec.DEFAULT_EVIDENCE));
    }

    private static Set<String> pairs(Network n) {
        return n.edges().stream().map(e -> e.source().replace("id-", "") + "-" + e.target().replace("id-", "")
                + ":" + e.type()).collect(Collectors.toSet());
    }

    @Test
    void projectionsLinkPeopleBySharedGroupsAndGroupsBySharedMembers() {
        Network people = build(null, NetworkSpec.Projection.PEOPLE, null);
        assertEquals(Set.of("Alpha-Bravo:SHARES_GROUP", "Alpha-Charlie:SHARES_GROUP"), pairs(people));
        assertTrue(people.nodes().stream().allMatch(n -> n.entity().type() == EntityType.PERSON));
        NetworkEdge ab = people.edges().stream().filter(e -> e.target().equals("id-Bravo")).findFirst().orElseThrow();
        assertEquals(Set.of("d1"), ab.documents());
        assertEquals(2015, ab.firstYear(), "dated by the article");
        assertEquals(List.of("both tied to Gamma Front"), ab.evidence());

        Network groups = build(null, NetworkSpec.Projection.GROUPS, null);
        assertEquals(Set.of("Delta Brigade-Gamma Front:SHARES_MEMBER"), pairs(groups));
    }

    @Test
    void aQuerySelectsArticlesAndArticleDatesFilterYears() {
        assertEquals(5, build(null, NetworkSpec.Projection.NONE, null).edges().size());
        Set<String> brussels = pairs(build("Brussels", NetworkSpec.Projection.NONE, null));
        assertEquals(3, brussels.size(), brussels.toString());
        assertTrue(brussels.contains("Alpha-Brussels:LOCATED_IN"));
        Set<String> recent = pairs(build(null, NetworkSpec.Projection.NONE, 2018));
        assertEquals(brussels, recent, "only the 2019 article's evidence is from 2018 or later");
        NetworkEdge lives = build("Brussels", NetworkSpec.Projection.NONE, null).edges().stream()
                .filter(e -> e.type() == RelationType.LOCATED_IN).findFirst().orElseThrow();
        assertEquals(List.of("Alpha lives in Brussels."), lives.evidence(), "the evidence sentence is read");
        Network bare = new NetworkBuilder(store).build(new NetworkSpec(List.of(), 0, EnumSet.allOf(EntityType.class),
                EnumSet.allOf(RelationType.class), 1, null, null, null, NetworkSpec.Projection.NONE, 0));
        assertTrue(bare.edges().stream().allMatch(e -> e.evidence().isEmpty()) && bare.edges().size() == 5);
    }
}
