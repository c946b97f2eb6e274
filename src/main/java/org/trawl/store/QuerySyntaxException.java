package org.trawl.store;

/** A search query that does not parse; the message is one line a user can act on. */
public final class QuerySyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public QuerySyntaxException(String message) {
        super(message);
    }
}
