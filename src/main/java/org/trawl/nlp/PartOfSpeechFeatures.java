package org.trawl.nlp;

import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.trawl.nlp.maxent.FeatureSink;

/**
 * The features of OpenNLP's English UD part-of-speech model ({@code generator.featuregen} in the model:
 * definition, suffixes and prefixes up to 4 characters, the lower-cased words two either side, the
 * sentence start two either side, the word class, and the one and two previous tags), written the way
 * OpenNLP 2.5's {@code ConfigurablePOSContextGenerator} writes them, in the same order, but with each
 * token's lower case and word class worked out once per sentence. {@link CompiledPartOfSpeechModel#compile}
 * checks on probe sentences that this reproduces OpenNLP's features and is not used otherwise. Not
 * thread-safe: one per tagger.
 */
final class PartOfSpeechFeatures {

    private static final int AFFIX_LENGTH = 4;
    private static final String[] BEFORE = {"p1", "p2"};
    private static final String[] AFTER = {"n1", "n2"};

    private String[] tokens = new String[0];
    private String[] lower = new String[0];
    private String[] classes = new String[0];

    /** Prepares the per-token parts of a sentence. */
    void sentence(String[] sentence) {
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

    /**
     * Writes the features of token {@code i} of the current sentence.
     *
     * @param tags the tags chosen for the tokens before {@code i}
     */
    void write(int i, String[] tags, FeatureSink out) {
        String token = tokens[i];
        out.part("def").end();
        int affixes = Math.min(AFFIX_LENGTH, token.length());
        for (int len = 1; len <= affixes; len++) {
            out.part("suf=");
            for (int c = token.length() - len; c < token.length(); c++) {
                out.part(token.charAt(c));
            }
            out.end();
        }
        for (int len = 1; len <= affixes; len++) {
            out.part("pre=");
            for (int c = 0; c < len; c++) {
                out.part(token.charAt(c));
            }
            out.end();
        }
        int n = tokens.length;
        out.part("w=").part(lower[i]).end();
        for (int k = 1; k <= 2 && i - k >= 0; k++) {
            out.part(BEFORE[k - 1]).part("w=").part(lower[i - k]).end();
        }
        for (int k = 1; k <= 2 && i + k < n; k++) {
            out.part(AFTER[k - 1]).part("w=").part(lower[i + k]).end();
        }
        if (i <= 2) { // the sentence's first token, seen from itself or from up to two tokens on
            out.part(i == 0 ? "" : BEFORE[i - 1]).part("S=begin").end();
        }
        out.part("wc=").part(classes[i]).end();
        out.part("w&c=").part(lower[i]).part(',').part(classes[i]).end();
        if (i >= 1) {
            out.part("t=").part(tags[i - 1]).end();
            if (i >= 2) {
                out.part("t2=").part(tags[i - 2]).part(',').part(tags[i - 1]).end();
            }
        }
    }
}
