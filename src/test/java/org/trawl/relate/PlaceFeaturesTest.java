package org.trawl.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.trawl.nlp.namefind.GazetteerEntry;
import org.trawl.nlp.namefind.GazetteerEntry.Kind;

class PlaceFeaturesTest {

    private static GazetteerEntry place(Kind kind, long population, String country, double lat, double lng) {
        return new GazetteerEntry(kind, "test:" + lat + "," + lng, "Somewhere", true, population, country, lat, lng);
    }

    private final GazetteerEntry kenya = place(Kind.COUNTRY, 50_000_000, "KE", 0.5, 38);
    private final GazetteerEntry chad = place(Kind.COUNTRY, 17_000_000, "TD", 15, 19);
    private final GazetteerEntry nairobi = place(Kind.CITY, 4_000_000, "KE", -1.29, 36.82);
    private final GazetteerEntry suburb = place(Kind.CITY, 60_000, "KE", -1.25, 36.85);
    private final GazetteerEntry mombasa = place(Kind.CITY, 1_200_000, "KE", -4.04, 39.67);
    private final GazetteerEntry ndjamena = place(Kind.CITY, 900_000, "TD", 12.1, 15.04);
    private final GazetteerEntry sahel = place(Kind.AREA, 0, null, 15, 5);

    @Test
    void aCityBesideItsCountryIsInsideIt() {
        assertEquals("in>", PlaceFeatures.where(nairobi, kenya));
        assertEquals("in<", PlaceFeatures.where(kenya, nairobi));
        assertEquals("out>", PlaceFeatures.where(ndjamena, kenya));
    }

    @Test
    void placesOfOneCountryAreTiedByDistanceAndOfTwoCountriesApart() {
        assertEquals("same0", PlaceFeatures.where(suburb, nairobi));
        assertEquals("same2", PlaceFeatures.where(nairobi, mombasa));
        assertEquals("diff", PlaceFeatures.where(nairobi, ndjamena));
        assertEquals("twoc", PlaceFeatures.where(kenya, chad));
        assertEquals("area", PlaceFeatures.where(ndjamena, sahel));
    }

    @Test
    void kindsSayCountryRegionOrCityBySize() {
        assertEquals("C", PlaceFeatures.kind(kenya));
        assertEquals("A", PlaceFeatures.kind(sahel));
        assertEquals("T3", PlaceFeatures.kind(nairobi));
        assertEquals("T1", PlaceFeatures.kind(suburb));
        assertEquals("U", PlaceFeatures.kind(null));
    }
}
