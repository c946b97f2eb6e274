package org.trawl.index;

import java.io.Closeable;
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
import org.trawl.model.Extraction;
import org.trawl.model.RelationType;

/**
 * Where trawl keeps articles, mentions, entities and relations. The embedded Lucene index
 * ({@link LuceneStore}) is the default; the interface is what a distributed backend would implement.
 * Write methods are safe to call from several threads; changes become visible to readers and durable on
 * {@link #commit()}, and all changes for one article become durable together.
 */
public interface Store extends Closeable {

    // ---- writing (an ingest run) ----

    /** What the index knows of a file path, if it has read it. */
    Optional<PathRecord> path(String path);

    boolean containsDocument(String documentId);

    /**
     * Adds an article with its mentions and relations, and records the file it came from. An article that
     * nearly repeats one already in the index (MinHash similarity of at least {@link MinHash#NEAR_DUPLICATE}:
     * the same story with small edits) is stored, searchable, as that article's near-duplicate, without its
     * mentions and relations, so counts and networks are not inflated.
     *
     * @return the id of the article this one nearly repeats, or null when it is an original
     */
    String put(Extraction extraction, PathRecord path);

    /** Records that a file holds an article already in the index (a duplicate, or an untouched copy). */
    void putPath(PathRecord path);

    /**
     * Notes that a file no longer holds this article. At the next commit the article and everything
     * extracted from it are removed if no file holds it any more.
     */
    void release(String documentId);

    void recordFailure(FailureRecord failure);

    void clearFailure(String path);

    /** Makes every change so far durable and visible, and brings entity counts up to date. */
    void commit();

    // ---- reading ----

    /** Makes reads see what was committed since (by this or another process); true when anything changed. */
    boolean refresh();

    SearchResults search(SearchRequest request);

    /**
     * What the articles a search matches have in common: counts by entity type, the top entities of each
     * type, sources and years ({@code perFacet} values per list). Paging fields of the request are ignored.
     */
    SearchFacets facets(SearchRequest request, int perFacet);

    Optional<DocumentRecord> document(String documentId, boolean withText);

    List<EntityMention> mentions(String documentId);

    Optional<Entity> entity(String entityId);

    /** Entities with this name or one of its variants, best first. */
    List<Entity> findEntities(String name, EntityType type, int limit);

    /** The entity with this id, else the best entity with this name or one of its variants (type may be null). */
    default Optional<Entity> lookup(String idOrName, EntityType type) {
        return entity(idOrName).or(() -> findEntities(idOrName, type, 1).stream().findFirst());
    }

    EntityProfile profile(String entityId, int limit);

    List<StoredRelation> relations(RelationFilter filter);

    /** Streams every relation in the index (for network building). */
    void forEachRelation(RelationFilter filter, Consumer<StoredRelation> consumer);

    /**
     * A relation's type, ends, weight, article and years, without its text: what network building needs,
     * read from doc values.
     */
    record RelationLink(String documentId, RelationType type, String sourceId, String targetId, int count,
                        List<Integer> years) {
    }

    /**
     * Streams the relations of these types (all when empty) as links, much faster than
     * {@link #forEachRelation} on a large index; unless {@code ends} is null, only those with an end among
     * {@code ends}, or with both ends among them when {@code bothEnds}. The consumer also gets the link's
     * evidence sentence on demand (read only when asked for, and only during the call).
     */
    void forEachLink(Set<RelationType> types, Set<String> ends, boolean bothEnds,
                     BiConsumer<RelationLink, Supplier<String>> consumer);

    /**
     * The articles matching a search query (Lucene syntax; blank for all), each with its publication year,
     * or 0 when the year is not known.
     */
    Map<String, Integer> articleYears(String query);

    /** These articles (those the index has), each with its publication year, or 0 when it is not known. */
    Map<String, Integer> articleYears(Collection<String> documentIds);

    /** How many entities the index holds. */
    long entityCount();

    /** All entities, most mentioned first. */
    List<Entity> entities(EntityType type, int limit);

    List<FailureRecord> failures();

    IndexStats stats(int topEntities);
}
