package org.trawl.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
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
        static final TokenizerModel MODEL = load(TOKEN_MODEL, TokenizerModel::new);
    }

    private static final class PosHolder {
        static final POSModel MODEL = load(POS_MODEL, POSModel::new);
    }

    private static final class LanguageHolder {
        static final LanguageDetectorModel MODEL = load(LANGUAGE_MODEL, LanguageDetectorModel::new);
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
