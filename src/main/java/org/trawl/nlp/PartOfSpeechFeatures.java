package org.trawl.nlp;

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

    private final TokenForms forms = new TokenForms();

    /** Prepares the per-token parts of a sentence. */
    void sentence(String[] sentence) {
        forms.sentence(sentence);
    }

    /**
     * Writes the features of token {@code i} of the current sentence.
     *
     * @param tags the tags chosen for the tokens before {@code i}
     */
    void write(int i, String[] tags, FeatureSink out) {
        String token = forms.token(i);
        out.part("def").end();
        int affixes = Math.min(AFFIX_LENGTH, token.length());
        for (int len = 1; len <= affixes; len++) {
            out.part("suf=").chars(token, token.length() - len, token.length()).end();
        }
        for (int len = 1; len <= affixes; len++) {
            out.part("pre=").chars(token, 0, len).end();
        }
        int n = forms.length();
        out.part("w=").part(forms.lower(i)).end();
        for (int k = 1; k <= 2 && i - k >= 0; k++) {
            out.part(BEFORE[k - 1]).part("w=").part(forms.lower(i - k)).end();
        }
        for (int k = 1; k <= 2 && i + k < n; k++) {
            out.part(AFTER[k - 1]).part("w=").part(forms.lower(i + k)).end();
        }
        if (i <= 2) { // the sentence's first token, seen from itself or from up to two tokens on
            out.part(i == 0 ? "" : BEFORE[i - 1]).part("S=begin").end();
        }
        out.part("wc=").part(forms.wordClass(i)).end();
        out.part("w&c=").part(forms.lower(i)).part(',').part(forms.wordClass(i)).end();
        if (i >= 1) {
            out.part("t=").part(tags[i - 1]).end();
            if (i >= 2) {
                out.part("t2=").part(tags[i - 2]).part(',').part(tags[i - 1]).end();
            }
        }
    }
}
