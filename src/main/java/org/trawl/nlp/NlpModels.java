package org.trawl.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models trawl uses from Maven Central (Universal Dependencies English EWT models and the
 * language detector), each loaded once on first use and shared by all threads. Model objects are
 * thread-safe; the tools built on them are not, so each thread makes its own.
 */
public final class NlpModels {

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LANGUAGE_MODEL = "/langdetect-183.bin";
    private static final String POS_MODEL_ENTRY = "pos.model";

    private NlpModels() {
    }

    public static SentenceModel sentences() {
        return SentenceHolder.MODEL;
    }

    public static TokenizerModel tokens() {
        return TokenHolder.MODEL;
    }

    public static POSModel partsOfSpeech() {
        return PosHolder.MODEL;
    }

    public static LanguageDetectorModel languages() {
        return LanguageHolder.MODEL;
    }

    private static final class SentenceHolder {
        static final SentenceModel MODEL = load(SENTENCE_MODEL, SentenceModel::new);
    }

    private static final class TokenHolder {
        static final TokenizerModel MODEL = wholeAlphanumerics(load(TOKEN_MODEL, TokenizerModel::new));
    }

    private static final class PosHolder {
        static final POSModel MODEL = greedy(load(POS_MODEL, POSModel::new));
    }

    private static final class LanguageHolder {
        static final LanguageDetectorModel MODEL = load(LANGUAGE_MODEL, LanguageDetectorModel::new);
    }

    /**
     * The tagger model with greedy decoding (beam 1) instead of the shipped beam of 3: three times fewer
     * model evaluations, and the tags trawl's patterns read (verbs, nouns, auxiliaries) hardly change.
     */
    private static POSModel greedy(POSModel shipped) {
        MaxentModel maxent = shipped.getArtifact(POS_MODEL_ENTRY);
        return new POSModel(shipped.getLanguage(), maxent, 1, null, shipped.getFactory());
    }

    /**
     * The tokenizer model with OpenNLP's alphanumeric optimisation on, which the shipped model leaves off:
     * a word of letters and digits only ({@code [A-Za-z0-9]+}) is one token without asking the model at
     * each of its characters. Tokenising is about 3.5 times faster, and on 20,186 sentences (re3d-dev, the
     * sample corpus, 300 generated articles) the tokens differ in 29 sentences, all of them the name
     * "Markazi", which the model alone splits.
     */
    private static TokenizerModel wholeAlphanumerics(TokenizerModel shipped) {
        TokenizerFactory f = shipped.getFactory();
        return new TokenizerModel(shipped.getMaxentModel(), null, new TokenizerFactory(f.getLanguageCode(),
                f.getAbbreviationDictionary(), true, f.getAlphaNumericPattern()));
    }

    @FunctionalInterface
    interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
