package org.trawl.nlp;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Guesses the language of a text (ISO 639-3, e.g. {@code eng}) with OpenNLP's language detector, from a
 * sample of its start. Returns {@code und} when the text is too short or, for text mostly in Latin
 * script, when the guess is too weak. Text mostly in another script is not English whatever the
 * detector's confidence (which stays low for Chinese and Japanese, whose n-grams are many), so there the
 * best guess is taken.
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
        if (best == null) {
            return UNDETERMINED;
        }
        return best.getConfidence() >= MIN_CONFIDENCE || !mostlyLatin(sample) ? best.getLang() : UNDETERMINED;
    }

    private static boolean mostlyLatin(String text) {
        long letters = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                letters++;
                latin += Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? 1 : 0;
            }
            i += Character.charCount(c);
        }
        return latin * 2 >= letters;
    }
}
