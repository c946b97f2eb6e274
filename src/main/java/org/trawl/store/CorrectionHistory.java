package org.trawl.store;

import java.util.List;
import org.trawl.resolve.Corrections;

/**
 * The user's corrections of entity resolution recorded for a store, oldest first. They are kept apart
 * from the articles, so that no rebuild of the store loses them, and every ingest applies them again.
 */
public interface CorrectionHistory {

    /** The corrections, oldest first, as an ingest applies them (none when none were made). */
    Corrections read();

    /**
     * Each correction as recorded, oldest first: one JSON object (the {@code --json} form of the
     * correction, with the time it was made as {@code at}) per entry.
     */
    List<String> entries();

    /** Where the corrections are kept, as a user would look for them (a file). */
    String place();
}
