package org.trawl.store;

import org.trawl.model.Extraction;

/**
 * The write side of a store, for an ingest run: puts and replaces articles with everything extracted
 * from them, records the files they came from and the files that failed, and commits. Only one writer may
 * be open on a store at a time (a second one is refused with {@link IndexBusyException}). Write methods
 * are safe to call from several threads; changes become visible and durable on {@link #commit()}, and all
 * changes for one article become durable together. A writer reads too (what it committed, at once), as an
 * ingest asks which files it has seen and what failed before.
 */
public interface StoreWriter extends StoreReader {

    /** True when the store holds this article, uncommitted puts included. */
    @Override
    boolean containsDocument(String documentId);

    /**
     * Adds an article with its mentions and relations, and records the file it came from. An article that
     * nearly repeats one already stored (the same story with small edits: an estimated Jaccard similarity
     * of at least 0.85 between the two texts' five-word shingles) is stored, searchable, as that article's
     * near-duplicate, without its mentions and relations, so counts and networks are not inflated. To
     * replace the article a file held before, put the new one and {@link #release} the old.
     *
     * @return the id of the article this one nearly repeats, or null when it is an original
     */
    String put(Extraction extraction, PathRecord path);

    /** Records that a file holds an article already stored (a duplicate, or an untouched copy). */
    void putPath(PathRecord path);

    /**
     * Notes that a file no longer holds this article. At the next commit the article and everything
     * extracted from it are removed if no file holds it any more, with the near-duplicates stored for it
     * (and their files, so that the next ingest reads those again as articles of their own).
     */
    void release(String documentId);

    /** Records a file that could not be ingested (replacing an earlier failure of the same path). */
    void recordFailure(FailureRecord failure);

    void clearFailure(String path);

    /**
     * Makes every change so far durable and visible, and brings entity counts up to date.
     *
     * @throws IndexWriteException when the store cannot be written (a full disk): nothing more can be
     *                             written by this writer, and the store stays as of its last commit
     */
    void commit();
}
