package org.trawl.store;

/**
 * A file the index has read: which article its content is, and the size and modification time it had,
 * so that an unchanged file is skipped without reading it again.
 */
public record PathRecord(String path, String documentId, long size, long modified) {

    public boolean sameFile(long otherSize, long otherModified) {
        return size == otherSize && modified == otherModified;
    }
}
