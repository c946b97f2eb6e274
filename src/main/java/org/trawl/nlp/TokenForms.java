package org.trawl.nlp;

import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The forms of a sentence's tokens that OpenNLP's feature generators read again and again: each token's
 * text, its lower case ({@code StringUtil.toLowerCase}) and its word class
 * ({@code FeatureGeneratorUtil.tokenFeature}), worked out once per sentence for trawl's compiled feature
 * writers. Reused from sentence to sentence; not thread-safe.
 */
public final class TokenForms {

    private String[] tokens = new String[0];
    private String[] lower = new String[0];
    private String[] classes = new String[0];

    /** Works out the forms of a new sentence's tokens. */
    public void sentence(String[] sentence) {
        tokens = sentence;
        if (lower.length < sentence.length) {
            lower = new String[sentence.length];
            classes = new String[sentence.length];
        }
        for (int i = 0; i < sentence.length; i++) {
            lower[i] = StringUtil.toLowerCase(sentence[i]);
            classes[i] = FeatureGeneratorUtil.tokenFeature(sentence[i]);
        }
    }

    /** The number of tokens in the sentence. */
    public int length() {
        return tokens.length;
    }

    public String token(int i) {
        return tokens[i];
    }

    public String lower(int i) {
        return lower[i];
    }

    public String wordClass(int i) {
        return classes[i];
    }
}
