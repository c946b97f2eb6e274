package org.trawl.resolve;

import java.util.List;
import java.util.Optional;
import org.trawl.model.Entity;
import org.trawl.model.EntityType;
import org.trawl.nlp.namefind.Gazetteer;
import org.trawl.nlp.namefind.GazetteerEntry;

/**
 * Puts place entities on the map: finds the gazetteer place (GeoNames cities and regions, countries) that
 * an entity's names refer to. A country wins over a town of the same name, then the most populous place;
 * the canonical name is tried first, then the other names seen.
 */
public final class PlaceLocator {

    /** Where a place entity is. */
    public record Location(double lat, double lng, String country, String reference) {
    }

    private final Gazetteer gazetteer;

    public PlaceLocator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Optional<Location> locate(Entity place) {
        if (place.type() != EntityType.PLACE) {
            return Optional.empty();
        }
        Optional<Location> found = locate(place.canonical());
        for (int i = 0; found.isEmpty() && i < place.names().size(); i++) {
            found = locate(place.names().get(i));
        }
        return found;
    }

    private Optional<Location> locate(String name) {
        List<GazetteerEntry> places = gazetteer.places(name);
        return places.stream().filter(p -> p.kind() == GazetteerEntry.Kind.COUNTRY).findFirst()
                .or(() -> places.stream().findFirst())
                .map(p -> new Location(p.lat(), p.lng(), p.country(), p.reference()));
    }
}
