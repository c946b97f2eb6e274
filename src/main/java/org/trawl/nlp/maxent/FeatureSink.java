package org.trawl.nlp.maxent;

/**
 * Receives the features of one token, each written as a sequence of parts and closed by {@link #end()}:
 * the feature {@code p1w=state} arrives as {@code "p1w="}, {@code "state"}, end. Lets a feature generator
 * hash features without building their strings, and tests see the strings.
 */
public interface FeatureSink {

    FeatureSink part(String text);

    FeatureSink part(char c);

    /** Writes the characters {@code start} to {@code end} of {@code text}, as {@code substring} would give them. */
    default FeatureSink chars(String text, int start, int end) {
        for (int c = start; c < end; c++) {
            part(text.charAt(c));
        }
        return this;
    }

    /** Closes the current feature. */
    void end();
}
