package org.trawl.ingest;

/** A file that cannot be ingested, with the stage that failed and a reason a user can read. */
public final class IngestException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Where in the pipeline a file failed. */
    public enum Stage { READ, PARSE, EXTRACT, INDEX }

    private final Stage stage;

    public IngestException(Stage stage, String reason) {
        super(reason);
        this.stage = stage;
    }

    public IngestException(Stage stage, String reason, Throwable cause) {
        super(reason, cause);
        this.stage = stage;
    }

    public Stage stage() {
        return stage;
    }

    public String reason() {
        return getMessage();
    }
}
