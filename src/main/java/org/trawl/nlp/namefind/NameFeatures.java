package org.trawl.nlp.namefind;

import org.trawl.nlp.TokenForms;
import org.trawl.nlp.maxent.FeatureSink;

/**
 * The features trawl's name model was trained with ({@code org/trawl/train/features.xml}), written the
 * way OpenNLP 2.5's {@code DefaultNameContextGenerator} writes them, in the same order, but with each
 * token's lower case and word class worked out once per sentence instead of once per feature that reads
 * them. {@link CompiledNameModel#compile} checks on probe sentences that this reproduces OpenNLP's
 * features for the model at hand and is not used otherwise. Not thread-safe: one per decoder.
 */
final class NameFeatures {

    private static final String OTHER = "other";
    private static final String[] BEFORE = {"p1", "p2"};
    private static final String[] AFTER = {"n1", "n2"};
    private static final int AFFIX_LENGTH = 4;

    private final TokenForms forms = new TokenForms();

    /** Prepares the per-token parts of a sentence. */
    void sentence(String[] sentence) {
        forms.sentence(sentence);
    }

    /**
     * Writes the features of token {@code i} of the current sentence.
     *
     * @param outcomes the outcomes chosen for the tokens before {@code i}
     */
    void write(int i, String[] outcomes, FeatureSink out) {
        int n = forms.length();
        // window of word classes, two tokens either side
        wordClass(out, "", i);
        for (int k = 1; k <= 2 && i - k >= 0; k++) {
            wordClass(out, BEFORE[k - 1], i - k);
        }
        for (int k = 1; k <= 2 && i + k < n; k++) {
            wordClass(out, AFTER[k - 1], i + k);
        }
        // OpenNLP 2.5 generates the rest of the descriptor twice, and the model was trained so
        for (int copy = 0; copy < 2; copy++) {
            out.part("w=").part(forms.lower(i)).end();
            for (int k = 1; k <= 2 && i - k >= 0; k++) {
                out.part(BEFORE[k - 1]).part("w=").part(forms.lower(i - k)).end();
            }
            for (int k = 1; k <= 2 && i + k < n; k++) {
                out.part(AFTER[k - 1]).part("w=").part(forms.lower(i + k)).end();
            }
            out.part("def").end();
            if (i > 0) {
                out.part("pw,w=").part(forms.token(i - 1)).part(',').part(forms.token(i)).end();
                out.part("pwc,wc=").part(forms.wordClass(i - 1)).part(',').part(forms.wordClass(i)).end();
            }
            if (i + 1 < n) {
                out.part("w,nw=").part(forms.token(i)).part(',').part(forms.token(i + 1)).end();
                out.part("wc,nc=").part(forms.wordClass(i)).part(',').part(forms.wordClass(i + 1)).end();
            }
            if (i == 0) {
                out.part("S=begin").end();
            }
            affixes(out, forms.token(i));
        }
        String po = i > 0 ? outcomes[i - 1] : OTHER;
        String ppo = i > 1 ? outcomes[i - 2] : OTHER;
        out.part("po=").part(po).end();
        out.part("pow=").part(po).part(',').part(forms.token(i)).end();
        out.part("powf=").part(po).part(',').part(forms.wordClass(i)).end();
        out.part("ppo=").part(ppo).end();
    }

    private void wordClass(FeatureSink out, String position, int t) {
        out.part(position).part("wc=").part(forms.wordClass(t)).end();
        out.part(position).part("w&c=").part(forms.lower(t)).part(',').part(forms.wordClass(t)).end();
    }

    private static void affixes(FeatureSink out, String token) {
        int k = Math.min(AFFIX_LENGTH, token.length());
        for (int len = 1; len <= k; len++) {
            out.part("pre=").chars(token, 0, len).end();
        }
        for (int len = 1; len <= k; len++) {
            out.part("suf=").chars(token, token.length() - len, token.length()).end();
        }
    }
}
