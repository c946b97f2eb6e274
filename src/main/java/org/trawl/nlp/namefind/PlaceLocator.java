package org.trawl.nlp.namefind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trawl.model.Entity;
import org.trawl.model.EntityType;

/**
 * Puts place entities on the map: finds the gazetteer place (countries; continents, regions and other
 * names of countries; GeoNames first-level regions and cities) that an entity's names refer to. An area
 * across countries ("the Balkans") is placed with no country code.
 * <ul>
 *   <li>Only entities typed PLACE are placed, and never a month, a holiday or a compass direction ("the
 *       West", "North").</li>
 *   <li>The most prominent candidate wins: a country, then a first-level region or a city by population.</li>
 *   <li>The other places named with it move the choice: a candidate in the country of another place, or
 *       near one, gains ("Paris" beside "Texas" is Paris, Texas).</li>
 *   <li>A name whose only candidates are tiny places (under {@value #TINY} people), in none of the other
 *       places' countries and far from all of them, is left unlocated rather than guessed.</li>
 * </ul>
 * Thread-safe.
 */
public final class PlaceLocator {

    /** Where a place entity is. */
    public record Location(double lat, double lng, String country, String reference) {
    }

    /** Below this population a place is tiny: it is placed only when the other places vouch for it. */
    static final long TINY = 5_000;
    /** Within this distance of another place of the article, a candidate counts as near it. */
    static final double NEAR_KM = 600;

    private final Gazetteer gazetteer;
    private final NameLexicon lexicon = NameLexicon.bundled();

    public PlaceLocator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Where the place is, without other places to go by. */
    public Optional<Location> locate(Entity place) {
        if (place.type() != EntityType.PLACE) {
            return Optional.empty();
        }
        return locate(names(place), Context.NONE);
    }

    /** Where each place is (by entity id), the places located together so that each moves the others. */
    public Map<String, Location> locateAll(List<Entity> places) {
        List<Entity> typed = places.stream().filter(p -> p.type() == EntityType.PLACE).toList();
        List<List<String>> names = typed.stream().map(PlaceLocator::names).toList();
        Context context = context(names);
        Map<String, Location> out = new LinkedHashMap<>();
        for (int i = 0; i < typed.size(); i++) {
            int self = i;
            locate(names.get(i), context.without(self)).ifPresent(l -> out.put(typed.get(self).id(), l));
        }
        return out;
    }

    /** Where a place name is, among the other place names of the same article. */
    public Optional<Location> locate(String name, List<String> others) {
        List<List<String>> all = new ArrayList<>();
        all.add(List.of(name));
        others.forEach(o -> all.add(List.of(o)));
        return locate(all.get(0), context(all).without(0));
    }

    /**
     * The gazetteer place each name is, the names located together so that each moves the others (as
     * {@link #locateAll} does for entities); an entry is null where a name is not placed.
     */
    public List<GazetteerEntry> placesTogether(List<String> names) {
        List<List<GazetteerEntry>> candidates = new ArrayList<>(names.size());
        List<GazetteerEntry> anchors = new ArrayList<>(names.size());
        for (String name : names) {
            List<GazetteerEntry> c = isNonPlace(name) ? null : candidates(name); // looked up once per name
            candidates.add(c);
            anchors.add(c == null ? null : anchor(c));
        }
        Context context = new Context(anchors, -1);
        List<GazetteerEntry> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            out.add(candidates.get(i) == null ? null : choose(candidates.get(i), context.without(i)));
        }
        return out;
    }

    private static List<String> names(Entity place) {
        List<String> out = new ArrayList<>();
        out.add(place.canonical());
        for (String n : place.names()) {
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** True for names that are never places: months, holidays, days, compass directions. */
    boolean isNonPlace(String name) {
        return lexicon.isCompassName(name) || lexicon.isCalendarName(name.strip()) || lexicon.isFunctionWord(name.strip());
    }

    private Optional<Location> locate(List<String> names, Context context) {
        GazetteerEntry best = entry(names, context);
        return best == null ? Optional.empty()
                : Optional.of(new Location(best.lat(), best.lng(), best.country(), best.reference()));
    }

    private GazetteerEntry entry(List<String> names, Context context) {
        for (String name : names) {
            if (isNonPlace(name)) {
                return null;
            }
            List<GazetteerEntry> c = candidates(name);
            if (!c.isEmpty()) {
                return choose(c, context); // the canonical name decides when it is known; other names only when it is not
            }
        }
        return null;
    }

    /** The highest-scoring candidate, or null when none is vouched for by the context. */
    private static GazetteerEntry choose(List<GazetteerEntry> candidates, Context context) {
        GazetteerEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (GazetteerEntry e : candidates) {
            double s = score(e, context);
            if (s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        return best == null || !vouched(best, context) ? null : best;
    }

    /** True when the name has candidates and all are tiny cities. */
    boolean tinyCandidatesOnly(String name) {
        List<GazetteerEntry> c = candidates(name);
        return !c.isEmpty() && c.stream().allMatch(e -> e.kind() == GazetteerEntry.Kind.CITY && e.population() < TINY);
    }

    private List<GazetteerEntry> candidates(String name) {
        return gazetteer.places(name).stream().filter(e -> e.kind() == GazetteerEntry.Kind.COUNTRY
                || e.kind() == GazetteerEntry.Kind.AREA || e.kind() == GazetteerEntry.Kind.REGION
                || e.kind() == GazetteerEntry.Kind.CITY).toList();
    }

    /** Prominence (country, then region, then population), raised by the other places of the article. */
    private static double score(GazetteerEntry e, Context context) {
        double s = switch (e.kind()) {
            case COUNTRY -> 20;
            case AREA -> 19; // a continent, a region of the world or a country's other name: wider than any town
            case REGION -> 5.5; // a first-level region counts as a city of about 300,000
            default -> Math.log10(e.population() + 10);
        };
        if (context.countries().contains(e.country())) {
            s += 2.5;
        }
        if (context.near(e)) {
            s += 1;
        }
        return s;
    }

    /** A tiny place is kept only when the article's other places are in its country or near it. */
    private static boolean vouched(GazetteerEntry e, Context context) {
        if (e.kind() != GazetteerEntry.Kind.CITY || e.population() >= TINY) {
            return true;
        }
        return context.countries().contains(e.country()) || context.near(e);
    }

    /** The places that the article's other names settle on their own: countries and clear favourites. */
    private Context context(List<List<String>> names) {
        List<GazetteerEntry> anchors = new ArrayList<>(names.size());
        for (List<String> n : names) {
            anchors.add(n.isEmpty() || isNonPlace(n.get(0)) ? null : anchor(candidates(n.get(0))));
        }
        return new Context(anchors, -1);
    }

    /** A country, or a candidate at least ten times as populous as any other and not tiny; else null. */
    private static GazetteerEntry anchor(List<GazetteerEntry> candidates) {
        GazetteerEntry best = null;
        for (GazetteerEntry e : candidates) {
            if (e.kind() == GazetteerEntry.Kind.COUNTRY) {
                return e;
            }
            if (best == null || e.population() > best.population()) {
                best = e;
            }
        }
        if (best == null || best.kind() == GazetteerEntry.Kind.REGION || best.population() < TINY) {
            return best != null && candidates.size() == 1 && best.kind() == GazetteerEntry.Kind.REGION ? best : null;
        }
        for (GazetteerEntry e : candidates) {
            if (e != best && e.kind() == GazetteerEntry.Kind.CITY && e.population() * 10 > best.population()) {
                return null;
            }
        }
        return best;
    }

    /** The other places of the article, as settled on their own; {@code self} is left out. */
    private record Context(List<GazetteerEntry> anchors, int self) {

        static final Context NONE = new Context(List.of(), -1);

        Context without(int index) {
            return new Context(anchors, index);
        }

        Set<String> countries() {
            Set<String> out = new HashSet<>();
            for (int i = 0; i < anchors.size(); i++) {
                if (i != self && anchors.get(i) != null && anchors.get(i).country() != null) {
                    out.add(anchors.get(i).country());
                }
            }
            return out;
        }

        boolean near(GazetteerEntry e) {
            for (int i = 0; i < anchors.size(); i++) {
                GazetteerEntry a = anchors.get(i);
                if (i != self && a != null && a.kind() != GazetteerEntry.Kind.COUNTRY && km(a, e) < NEAR_KM) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Great-circle distance in kilometres. */
    public static double km(GazetteerEntry a, GazetteerEntry b) {
        double p1 = Math.toRadians(a.lat());
        double p2 = Math.toRadians(b.lat());
        double dp = p2 - p1;
        double dl = Math.toRadians(b.lng() - a.lng());
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
