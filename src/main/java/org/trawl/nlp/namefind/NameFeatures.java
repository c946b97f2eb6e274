package org.trawl.nlp.namefind;

import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
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
     * @param outcomes the outcomes chosen for the tokens before {@code i}
     */
    void write(int i, String[] outcomes, FeatureSink out) {
        int n = tokens.length;
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
            out.part("w=").part(lower[i]).end();
            for (int k = 1; k <= 2 && i - k >= 0; k++) {
                out.part(BEFORE[k - 1]).part("w=").part(lower[i - k]).end();
            }
            for (int k = 1; k <= 2 && i + k < n; k++) {
                out.part(AFTER[k - 1]).part("w=").part(lower[i + k]).end();
            }
            out.part("def").end();
            if (i > 0) {
                out.part("pw,w=").part(tokens[i - 1]).part(',').part(tokens[i]).end();
                out.part("pwc,wc=").part(classes[i - 1]).part(',').part(classes[i]).end();
            }
            if (i + 1 < n) {
                out.part("w,nw=").part(tokens[i]).part(',').part(tokens[i + 1]).end();
                out.part("wc,nc=").part(classes[i]).part(',').part(classes[i + 1]).end();
            }
            if (i == 0) {
                out.part("S=begin").end();
            }
            affixes(out, tokens[i]);
        }
        String po = i > 0 ? outcomes[i - 1] : OTHER;
        String ppo = i > 1 ? outcomes[i - 2] : OTHER;
        out.part("po=").part(po).end();
        out.part("pow=").part(po).part(',').part(tokens[i]).end();
        out.part("powf=").part(po).part(',').part(classes[i]).end();
        out.part("ppo=").part(ppo).end();
    }

    private void wordClass(FeatureSink out, String position, int t) {
        out.part(position).part("wc=").part(classes[t]).end();
        out.part(position).part("w&c=").part(lower[t]).part(',').part(classes[t]).end();
    }

    private static void affixes(FeatureSink out, String token) {
        int k = Math.min(AFFIX_LENGTH, token.length());
        for (int len = 1; len <= k; len++) {
            out.part("pre=");
            for (int c = 0; c < len; c++) {
                out.part(token.charAt(c));
            }
            out.end();
        }
        for (int len = 1; len <= k; len++) {
            out.part("suf=");
            for (int c = token.length() - len; c < token.length(); c++) {
                out.part(token.charAt(c));
            }
            out.end();
        }
    }
}
