package org.trawl.cli;

/**
 * Quiets the libraries' own logging (Tika, PDFBox, POI, OpenNLP): trawl reports every problem itself, one
 * line per file. {@code TRAWL_LOG=warn} (or info, debug) shows the libraries' messages on stderr.
 */
final class Logging {

    /** Held so the level set on it is not lost to garbage collection. */
    private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");

    private Logging() {
    }

    static void configure() {
        String level = System.getenv("TRAWL_LOG");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level == null ? "off" : level);
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        if (level == null) {
            // Lucene notes through java.util.logging that the optional vector module is not enabled
            LUCENE.setLevel(java.util.logging.Level.SEVERE);
        }
    }
}
