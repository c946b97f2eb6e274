package org.trawl.nlp.maxent;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link FeatureSink} that keeps each feature as a string: what a compiled feature generator is
 * checked with against the OpenNLP generator it stands in for.
 */
public final class FeatureRecorder implements FeatureSink {

    private final List<String> features = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    @Override
    public FeatureSink part(String text) {
        current.append(text);
        return this;
    }

    @Override
    public FeatureSink part(char c) {
        current.append(c);
        return this;
    }

    @Override
    public void end() {
        features.add(current.toString());
        current.setLength(0);
    }

    /** The features written so far, in order. */
    public String[] features() {
        return features.toArray(String[]::new);
    }
}
