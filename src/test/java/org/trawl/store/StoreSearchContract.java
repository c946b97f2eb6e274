package org.trawl.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trawl.store.StoreContractTest.CHOUDARY;
import static org.trawl.store.StoreContractTest.IZZADEEN;
import static org.trawl.store.StoreContractTest.MUHAJIROUN;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trawl.model.EntityType;

/**
 * The search and facet part of the store contract, as a test interface: {@link StoreContractTest}
 * implements it, so a backend that subclasses that runs these too. The articles are those of
 * {@link StoreContractTest#putTwoArticles}: d1 (2014, source news) and d2 (2016, source wire).
 */
interface StoreSearchContract {

    StoreWriter openWriter();

    StoreReader openReader();

    void putTwoArticles(StoreWriter w);

    private StoreReader twoArticles() throws Exception {
        try (StoreWriter w = openWriter()) {
            putTwoArticles(w);
            w.commit();
        }
        return openReader();
    }

    private static List<String> ids(SearchResults r) {
        return r.hits().stream().map(h -> h.document().id()).toList();
    }

    private static SearchRequest filtered(String query, List<String> entities, EntityType type, String source,
                                          LocalDate from, LocalDate to) {
        return new SearchRequest(query, entities, type, source, from, to, 0, 10);
    }

    @Test
    default void searchMatchesEveryWordUnlessToldOtherwiseAndMarksTheMatches() throws Exception {
        try (StoreReader r = twoArticles()) {
            assertEquals(2, r.search(SearchRequest.of("Choudary", 10)).total());
            assertEquals(List.of("d2"), ids(r.search(SearchRequest.of("choudary izzadeen", 10))));
            assertEquals(2, r.search(SearchRequest.of("Izzadeen OR spoke", 10)).total());
            assertEquals(2, r.search(SearchRequest.of("Choudary's", 10)).total(), "a possessive finds the name");
            assertEquals(List.of("d1"), ids(r.search(SearchRequest.of("\"Choudary spoke\"", 10))));
            SearchHit hit = r.search(SearchRequest.of("Izzadeen", 10)).hits().get(0);
            assertTrue(hit.score() > 0);
            assertTrue(hit.snippets().get(0).render("[", "]").contains("[Izzadeen]"), hit.snippets().toString());
            assertEquals(List.of("/data/d2.txt"), hit.document().paths());
            assertEquals("Title of d2", hit.document().title());
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                    () -> r.search(SearchRequest.of("\"unclosed AND (", 10)));
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
    }

    @Test
    default void searchFiltersByEntityTypeSourceAndDateAndPagesNewestFirstWithoutAQuery() throws Exception {
        try (StoreReader r = twoArticles()) {
            SearchResults all = r.search(SearchRequest.of("", 10));
            assertEquals(List.of("d2", "d1"), ids(all), "no query: newest first");
            assertEquals(0f, all.hits().get(0).score());
            assertEquals(List.of("d2", "d1"), ids(r.search(SearchRequest.of("*", 10))));
            assertEquals(List.of("d2"), ids(r.search(filtered("", List.of(IZZADEEN.id()), null, null, null, null))));
            assertEquals(2, r.search(filtered("", List.of(CHOUDARY.id(), MUHAJIROUN.id()), null, null, null, null)).total(),
                    "articles naming all the entities");
            assertEquals(2, r.search(filtered("", List.of(), EntityType.PERSON, null, null, null)).total());
            assertEquals(List.of("d2"), ids(r.search(filtered("", List.of(), null, "wire", null, null))));
            assertEquals(List.of("d2"), ids(r.search(filtered("", List.of(), null, null, LocalDate.of(2015, 1, 1), null))));
            assertEquals(List.of("d1"), ids(r.search(filtered("London", List.of(), null, null, null,
                    LocalDate.of(2015, 1, 1)))));
            SearchResults second = r.search(new SearchRequest("", List.of(), null, null, null, null, 1, 1));
            assertEquals(2, second.total(), "the total counts every match, not the page");
            assertEquals(List.of("d1"), ids(second));
            assertTrue(r.search(new SearchRequest("", List.of(), null, null, null, null, 5, 10)).hits().isEmpty());
            SearchHit named = r.search(filtered("", List.of(IZZADEEN.id()), null, null, null, null)).hits().get(0);
            assertTrue(named.snippets().get(0).render("[", "]").contains("[Abu Izzadeen]"),
                    "the filtered entity's names are marked: " + named.snippets());
        }
    }

    @Test
    default void facetsCountWhatTheMatchingArticlesHaveInCommon() throws Exception {
        try (StoreReader r = twoArticles()) {
            SearchFacets f = r.facets(new SearchRequest("London", List.of(), null, null, null, null, 1, 1), 5);
            assertEquals(2, f.total(), "paging is ignored");
            assertFalse(f.sampled());
            assertEquals(Map.of(EntityType.PERSON, 2L, EntityType.GROUP, 2L, EntityType.PLACE, 2L), f.types());
            assertEquals(List.of("Anjem Choudary:2", "Abu Izzadeen:1"), f.entities().get(EntityType.PERSON).stream()
                    .map(c -> c.entity().canonical() + ":" + c.count()).toList());
            assertEquals(List.of(new SearchFacets.ValueCount("news", 1), new SearchFacets.ValueCount("wire", 1)),
                    f.sources());
            assertEquals(List.of(new SearchFacets.ValueCount("2016", 1), new SearchFacets.ValueCount("2014", 1)),
                    f.years(), "newest first");
            SearchFacets one = r.facets(filtered("", List.of(IZZADEEN.id()), null, null, null, null), 1);
            assertEquals(1, one.total());
            assertEquals(1, one.entities().get(EntityType.PERSON).size(), "perFacet values per list");
        }
    }
}
