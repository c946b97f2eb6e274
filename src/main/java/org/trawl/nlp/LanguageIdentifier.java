package org.trawl.nlp;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Guesses the language of a text (ISO 639-3, e.g. {@code eng}) with OpenNLP's language detector, from a
 * sample of its start. Returns {@code und} when the text is too short or the guess too weak.
 * Not thread-safe: one instance per thread.
 */
public final class LanguageIdentifier {

    public static final String UNDETERMINED = "und";
    private static final int SAMPLE_CHARS = 1500;
    private static final double MIN_CONFIDENCE = 0.2;

    private final LanguageDetectorME detector = new LanguageDetectorME(NlpModels.languages());

    public String identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < 20) {
            return UNDETERMINED;
        }
        Language best = detector.predictLanguage(sample);
        return best == null || best.getConfidence() < MIN_CONFIDENCE ? UNDETERMINED : best.getLang();
    }
}
