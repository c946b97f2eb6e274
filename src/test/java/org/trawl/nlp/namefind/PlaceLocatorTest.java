package org.trawl.nlp.namefind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trawl.Fixtures;
import org.trawl.model.Entity;
import org.trawl.model.EntityType;

/** Geocoding an analyst can trust: the test list, prominence, context, and names that are never placed. */
class PlaceLocatorTest {

    private static final PlaceLocator LOCATOR = new PlaceLocator(Fixtures.resources().gazetteer());

    private static String country(String name, String... others) {
        return LOCATOR.locate(name, List.of(others)).map(PlaceLocator.Location::country).orElse(null);
    }

    @Test
    void atLeast95PercentOfTheTestListResolveToTheRightCountry() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = PlaceLocatorTest.class.getResourceAsStream("/geocoding/places.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        assertTrue(rows.size() >= 150, "the list has " + rows.size() + " names");
        List<String> wrong = new ArrayList<>();
        for (String[] r : rows) {
            String got = LOCATOR.locate(r[0], List.of()).map(l -> l.country() == null ? "-" : l.country()).orElse(null);
            if (!r[1].equals(got)) {
                wrong.add(r[0] + " -> " + got + " (expected " + r[1] + ")");
            }
        }
        double accuracy = 1 - (double) wrong.size() / rows.size();
        System.out.printf("geocoding test list: %d names, %.3f correct; wrong: %s%n", rows.size(), accuracy, wrong);
        assertTrue(accuracy >= 0.95, String.format("%.3f correct; wrong: %s", accuracy, wrong));
    }

    @Test
    void continentsRegionsAndFormerNamesArePlacedWhereTheyAre() {
        assertArea("Europe", 35, 72, -25, 45);
        assertArea("Africa", -35, 37, -18, 52);
        assertArea("the Middle East", 12, 42, 25, 63);
        assertArea("the Balkans", 36, 47, 13, 30);
        assertArea("Kashmir", 32, 37, 72, 80);
        assertArea("the Sahel", 10, 20, -17, 40);
        assertArea("Southeast Asia", -10, 25, 92, 130);
        assertEquals("GB", country("Britain"));
        assertEquals("IR", country("Persia"));
        assertEquals("PS", country("Gaza"));
        assertEquals("ZA", country("South Africa"), "a country beats a region named like it");
    }

    private static void assertArea(String name, double latMin, double latMax, double lngMin, double lngMax) {
        PlaceLocator.Location l = LOCATOR.locate(name, List.of()).orElseThrow(() -> new AssertionError(name + " not placed"));
        assertTrue(l.lat() >= latMin && l.lat() <= latMax && l.lng() >= lngMin && l.lng() <= lngMax, name + " at " + l);
    }

    @Test
    void aCountryWinsOverATownOfTheSameName() {
        assertEquals("GE", country("Georgia"));
        assertEquals("JO", country("Jordan"));
    }

    @Test
    void otherPlacesOfTheArticleMoveTheChoice() {
        assertEquals("FR", country("Paris"));
        assertEquals("US", country("Paris", "Texas", "Dallas"));
    }

    @Test
    void namesLocatedTogetherMoveEachOther() {
        List<GazetteerEntry> placed = LOCATOR.placesTogether(List.of("Paris", "Texas", "Dallas", "December"));
        assertEquals("US", placed.get(0).country());
        assertEquals("US", placed.get(1).country());
        assertNull(placed.get(3), "a month is never placed");
        assertEquals("FR", LOCATOR.placesTogether(List.of("Paris", "Lyon")).get(0).country());
    }

    @Test
    void nonPlacesAreNeverPlaced() {
        for (String n : List.of("March", "Christmas", "Ramadan", "North", "West", "the West", "Southeast", "Monday")) {
            assertEquals(null, country(n), n);
        }
    }

    @Test
    void onlyPlacesArePlaced() {
        Entity group = new Entity("g1", EntityType.GROUP, "Paris", List.of("Paris"), 1, 1);
        assertEquals(Optional.empty(), LOCATOR.locate(group));
    }

    @Test
    void aNameWhoseOnlyCandidatesAreTinyAndFarIsLeftUnlocated() {
        // "Nowhere" style names: a tiny GeoNames village, with the article's places on another continent
        List<String> article = List.of("Kabul", "Kandahar", "Pakistan");
        long tinyFar = LOCATOR.tinyCandidatesOnly("Is") ? 1 : 0;
        assertEquals(1, tinyFar, "the test needs 'Is' to name only tiny places");
        assertEquals(null, country("Is", article.toArray(String[]::new)));
    }
}
