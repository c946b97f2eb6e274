package org.trawl.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.trawl.graph.Network;
import org.trawl.graph.NetworkEdge;
import org.trawl.graph.NetworkNode;
import org.trawl.index.SearchFacets;
import org.trawl.index.Store;
import org.trawl.json.Json;
import org.trawl.model.Entity;
import org.trawl.model.EntityType;
import org.trawl.nlp.namefind.PlaceLocator;

/**
 * {@code GET /api/map}: the places of a search (the search parameters; weight: matching articles that
 * name the place) or, with {@code seed}, of a network (the network parameters; weight: the place's
 * weighted degree), located together through the gazetteer so that each place moves the others (see
 * {@link PlaceLocator}). Places the gazetteer does not know, or cannot place with confidence, are listed
 * apart under {@code unlocated}.
 */
final class MapApi {

    static final int MAX_PLACES = 200;

    private final Store store;
    private final Supplier<PlaceLocator> places;
    private final NetworkApi networks;

    MapApi(Store store, Supplier<PlaceLocator> places, NetworkApi networks) {
        this.store = store;
        this.places = places;
        this.networks = networks;
    }

    /** A place with its weight on the map. */
    private record Weighted(Entity place, double weight) {
    }

    Response map(Request r) {
        boolean network = !r.list("seed").isEmpty();
        List<Weighted> weighted = new ArrayList<>();
        if (network) {
            // only the places' weighted degrees are wanted: summed from the edges, without the network metrics
            Network n = networks.select(r, networks.seeds(r), 0);
            Map<String, Double> degree = new HashMap<>();
            for (NetworkEdge e : n.edges()) {
                degree.merge(e.source(), (double) e.weight(), Double::sum);
                degree.merge(e.target(), (double) e.weight(), Double::sum);
            }
            for (NetworkNode node : n.nodes()) {
                if (node.entity().type() == EntityType.PLACE) {
                    weighted.add(new Weighted(node.entity(), Math.max(1, degree.getOrDefault(node.id(), 0.0))));
                }
            }
            weighted.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        } else {
            SearchFacets f = store.facets(SearchApi.request(r, 0, 0), MAX_PLACES);
            for (SearchFacets.EntityCount c : f.entities().get(EntityType.PLACE)) {
                weighted.add(new Weighted(c.entity(), c.count()));
            }
        }
        PlaceLocator locator = places.get();
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("mode", network ? "network" : "search");
        ArrayNode located = o.putArray("places");
        ArrayNode unlocated = o.putArray("unlocated");
        List<Weighted> shown = weighted.subList(0, Math.min(MAX_PLACES, weighted.size()));
        Map<String, PlaceLocator.Location> where = locator.locateAll(shown.stream().map(Weighted::place).toList());
        for (Weighted w : shown) {
            Optional<PlaceLocator.Location> at = Optional.ofNullable(where.get(w.place().id()));
            ObjectNode p = Json.entity(w.place());
            p.put("weight", Json.round(w.weight()));
            if (at.isPresent()) {
                p.put("lat", at.get().lat());
                p.put("lng", at.get().lng());
                p.put("country", at.get().country());
                p.put("reference", at.get().reference());
                located.add(p);
            } else {
                unlocated.add(p);
            }
        }
        return Response.json(o);
    }
}
