package org.trawl.store;

import org.trawl.resolve.Correction;

/**
 * The side of a store that takes the user's corrections of entity resolution ({@code trawl merge},
 * {@code split}, {@code alias}, {@code rename}): it looks entities up, as a reader, and applies a
 * correction to everything stored. It holds the store's write lock like a {@link StoreWriter}.
 */
public interface StoreCorrector extends StoreReader {

    /**
     * Records a correction in the store's {@link #corrections() history} (so every later ingest applies it
     * too) and applies it to everything already stored: each article that mentions an entity it concerns
     * is put again with its mentions relinked and its relations following them. The entities it changes
     * are brought up to date at the next {@link #commit()}.
     *
     * @return the number of articles rewritten
     */
    int correct(Correction correction);

    /** Makes the corrections applied so far durable and visible. */
    void commit();
}
