package org.trawl.store;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.trawl.model.Entity;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.RelationType;

/**
 * The read side of a store: what the search, entity, relations, network, stats and failures commands and
 * the web workspace ask of the articles, mentions, entities and relations trawl keeps. It has no write
 * methods: read-only commands and {@code trawl serve} are given this type. Reads see the store as of its
 * last commit when it was opened or last {@link #refresh() refreshed} (a {@link StoreWriter} also sees its
 * own commits at once). A backend implements it for its own storage; {@code StoreContractTest} pins the
 * behaviour every backend must have.
 */
public interface StoreReader extends Closeable {

    /** Makes reads see what was committed since (by this or another process); true when anything changed. */
    boolean refresh();

    /** What the store knows of a file path, if it has read it. */
    Optional<PathRecord> path(String path);

    /** True when the store holds this article. */
    boolean containsDocument(String documentId);

    SearchResults search(SearchRequest request);

    /**
     * What the articles a search matches have in common: counts by entity type, the top entities of each
     * type, sources and years ({@code perFacet} values per list). Paging fields of the request are ignored.
     */
    SearchFacets facets(SearchRequest request, int perFacet);

    Optional<DocumentRecord> document(String documentId, boolean withText);

    /** The article's mentions, in text order. */
    List<EntityMention> mentions(String documentId);

    Optional<Entity> entity(String entityId);

    /** Entities with this name or one of its variants, best first (type may be null). */
    List<Entity> findEntities(String name, EntityType type, int limit);

    /** The entity with this id, else the best entity with this name or one of its variants (type may be null). */
    default Optional<Entity> lookup(String idOrName, EntityType type) {
        return entity(idOrName).or(() -> findEntities(idOrName, type, 1).stream().findFirst());
    }

    /** All entities (of this type, unless null), most mentioned first; {@code limit} 0 or less for all. */
    List<Entity> entities(EntityType type, int limit);

    /** How many entities the store holds. */
    long entityCount();

    /**
     * An entity with its relations summed per type and other entity, the {@code limit} heaviest of each
     * type shown, and the entities it is most often named with.
     *
     * @throws IllegalArgumentException when there is no such entity
     */
    EntityProfile profile(String entityId, int limit);

    /** The relations the filter selects, in store order. */
    default List<StoredRelation> relations(RelationFilter filter) {
        List<StoredRelation> out = new ArrayList<>();
        forEachRelation(filter, out::add);
        return out;
    }

    /** Streams the relations the filter selects, with the names of their ends. */
    void forEachRelation(RelationFilter filter, Consumer<StoredRelation> consumer);

    /**
     * Streams the relations of these types (all when empty) as links, much faster than
     * {@link #forEachRelation} on a large store; unless {@code ends} is null, only those with an end among
     * {@code ends}, or with both ends among them when {@code bothEnds}. The consumer also gets the link's
     * evidence sentence on demand (read only when asked for, and only during the call).
     */
    void forEachLink(Set<RelationType> types, Set<String> ends, boolean bothEnds,
                     BiConsumer<RelationLink, Supplier<String>> consumer);

    /**
     * Whether the store keeps an {@link EdgeSummary} of every edge, up to date as of its last commit, so
     * that {@link #forEachEdge} answers; an index written before summaries were kept does not.
     */
    default boolean keepsEdgeSummaries() {
        return false;
    }

    /**
     * Streams the summaries of the edges of these relation types (all when empty) with an end among
     * {@code ends}, or with both ends among them when {@code bothEnds}; with at most {@code evidence} of
     * their evidence sentences (none when 0; the first one is the quickest to read).
     *
     * @throws UnsupportedOperationException when the store keeps no summaries
     */
    default void forEachEdge(Set<RelationType> types, Set<String> ends, boolean bothEnds, int evidence,
                             Consumer<EdgeSummary> consumer) {
        throw new UnsupportedOperationException("this store keeps no edge summaries");
    }

    /**
     * The articles matching a search query (the query syntax of {@link SearchRequest#query()}; blank for
     * all), each with its publication year, or 0 when the year is not known.
     */
    Map<String, Integer> articleYears(String query);

    /** These articles (those the store has), each with its publication year, or 0 when it is not known. */
    Map<String, Integer> articleYears(Collection<String> documentIds);

    /** Every file that failed to ingest, by path. */
    List<FailureRecord> failures();

    /** Counts over the whole store, with its {@code topEntities} most mentioned entities. */
    IndexStats stats(int topEntities);

    /** The user's corrections of entity resolution recorded for this store. */
    CorrectionHistory corrections();
}
