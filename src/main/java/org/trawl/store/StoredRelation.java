package org.trawl.store;

import org.trawl.model.Relation;

/** A relation as stored in the index, with the article it was found in and the names of its two ends. */
public record StoredRelation(String documentId, Relation relation, String sourceName, String targetName) {
}
