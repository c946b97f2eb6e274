package org.trawl.cluster;

/**
 * A cluster that cannot be used: unreachable, missing its collection, or failing to start. Its message is one
 * line naming the cluster and the reason, fit to print as it is.
 */
public final class ClusterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ClusterException(String message) {
        super(message);
    }
}
