package org.trawl.solr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.util.NamedList;

/**
 * The {@code facets} part of a Solr answer to a JSON facet request, read by name: a facet's count, a terms
 * facet's buckets, and the counts or sums of their own sub-facets.
 */
final class JsonFacets {

    private final NamedList<?> facets;

    private JsonFacets(NamedList<?> facets) {
        this.facets = facets;
    }

    static JsonFacets of(QueryResponse response) {
        Object f = response.getResponse().get("facets");
        return new JsonFacets(f instanceof NamedList<?> n ? n : new NamedList<>());
    }

    private static JsonFacets of(Object node) {
        return new JsonFacets(node instanceof NamedList<?> n ? n : new NamedList<>());
    }

    /** The number of records in this facet's domain. */
    long count() {
        return number(facets.get("count"));
    }

    /** A sub-facet by name (empty when the domain had no records). */
    JsonFacets facet(String name) {
        return of(facets.get(name));
    }

    /** A statistic of this facet or bucket ({@code sum(...)}) by name, 0 when absent. */
    double stat(String name) {
        Object v = facets.get(name);
        return v instanceof Number n ? n.doubleValue() : 0;
    }

    /** The buckets of a terms sub-facet, in the order Solr sorted them. */
    List<Bucket> buckets(String name) {
        Object f = facets.get(name);
        if (!(f instanceof NamedList<?> n) || !(n.get("buckets") instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(b -> new Bucket(String.valueOf(((NamedList<?>) b).get("val")), of(b))).toList();
    }

    /** A terms sub-facet as value → count, in Solr's order. */
    Map<String, Long> counts(String name) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Bucket b : buckets(name)) {
            out.put(b.value(), b.facets().count());
        }
        return out;
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }

    /** One value of a terms facet, with its count and sub-facets. */
    record Bucket(String value, JsonFacets facets) {
    }
}
