package org.trawl.store;

/** Another process is writing to the index. */
public final class IndexBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IndexBusyException(String message) {
        super(message);
    }
}
