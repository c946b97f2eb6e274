package org.trawl.relate;

import java.util.ArrayList;
import java.util.List;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.nlp.namefind.GazetteerEntry;
import org.trawl.nlp.namefind.PlaceLocator;

/**
 * What the gazetteer says about the places of a candidate pair, as features of the relation model: the
 * kind of each place argument (a country, a region of the world, a first-level region, a city by size, or
 * unknown), and for two places where one lies relative to the other (a city inside the country named
 * beside it, two places of one country and how far apart, places of different countries). The places of a
 * sentence are located together ({@link PlaceLocator#placesTogether}), so each moves the others' choice.
 * Immutable and thread-safe.
 */
final class PlaceFeatures {

    private final PlaceLocator locator;

    /** @param locator the gazetteer's place locator */
    PlaceFeatures(PlaceLocator locator) {
        this.locator = locator;
    }

    /** The gazetteer place of each argument of a sentence (null where it is not a place or is not placed). */
    GazetteerEntry[] locate(List<EntityMention> args) {
        GazetteerEntry[] out = new GazetteerEntry[args.size()];
        List<String> names = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).type() == EntityType.PLACE) {
                names.add(args.get(i).canonical());
                at.add(i);
            }
        }
        if (names.isEmpty()) {
            return out;
        }
        List<GazetteerEntry> placed = locator.placesTogether(names);
        for (int k = 0; k < at.size(); k++) {
            out[at.get(k)] = placed.get(k);
        }
        return out;
    }

    /** Adds the features of the pair of arguments i and j (in text order) to {@code f}. */
    void add(List<String> f, String types, List<EntityMention> args, GazetteerEntry[] placed, int i, int j) {
        boolean aPlace = args.get(i).type() == EntityType.PLACE;
        boolean bPlace = args.get(j).type() == EntityType.PLACE;
        if (aPlace) {
            f.add("pk1=" + types + kind(placed[i]));
        }
        if (bPlace) {
            f.add("pk2=" + types + kind(placed[j]));
        }
        if (aPlace && bPlace && placed[i] != null && placed[j] != null) {
            String where = where(placed[i], placed[j]);
            f.add("geo=" + where);
            f.add("geoK=" + where + kind(placed[i]) + kind(placed[j]));
        }
    }

    /** A place's kind: C country, A region of the world (or a country's other name), R first-level region,
     *  T3/T2/T1 a city of a million people or more, of 100,000 or more, or smaller; U not placed. */
    static String kind(GazetteerEntry e) {
        if (e == null) {
            return "U";
        }
        return switch (e.kind()) {
            case COUNTRY -> "C";
            case AREA -> "A";
            case REGION -> "R";
            default -> e.population() >= 1_000_000 ? "T3" : e.population() >= 100_000 ? "T2" : "T1";
        };
    }

    /** True when both places are countries in the gazetteer (null for a name that is not placed). */
    static boolean countries(GazetteerEntry a, GazetteerEntry b) {
        return a != null && b != null && a.kind() == GazetteerEntry.Kind.COUNTRY && b.kind() == GazetteerEntry.Kind.COUNTRY;
    }

    /** True for a place the gazetteer knows as a city or a first-level region (false when not placed). */
    static boolean local(GazetteerEntry e) {
        return e != null && (e.kind() == GazetteerEntry.Kind.CITY || e.kind() == GazetteerEntry.Kind.REGION);
    }

    /** Where the first place lies relative to the second. */
    static String where(GazetteerEntry a, GazetteerEntry b) {
        if (a.country() == null || b.country() == null) {
            return "area";
        }
        boolean aCountry = a.kind() == GazetteerEntry.Kind.COUNTRY;
        boolean bCountry = b.kind() == GazetteerEntry.Kind.COUNTRY;
        boolean same = a.country().equals(b.country());
        if (aCountry && bCountry) {
            return same ? "samec" : "twoc";
        }
        if (bCountry) {
            return same ? "in>" : "out>";
        }
        if (aCountry) {
            return same ? "in<" : "out<";
        }
        if (!same) {
            return "diff";
        }
        double km = PlaceLocator.km(a, b);
        return "same" + (km < 30 ? "0" : km < 150 ? "1" : "2");
    }

}
