package org.trawl.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trawl.model.AnalyzedText;
import org.trawl.model.Sentence;
import org.trawl.model.Token;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    private static List<String> texts(Sentence s) {
        return s.tokens().stream().map(Token::text).toList();
    }

    @Test
    void keepsHyphenatedNamesWholeAndSplitsPossessives() {
        AnalyzedText t = analyzer.analyze("Al-Muhajiroun’s leader met Jaish-e-Mohammed's envoy in the UK's capital.");
        List<String> tokens = texts(t.sentences().get(0));
        assertTrue(tokens.contains("Al-Muhajiroun"), tokens.toString());
        assertTrue(tokens.contains("’s"), tokens.toString());
        assertTrue(tokens.contains("Jaish-e-Mohammed"), tokens.toString());
        assertTrue(tokens.contains("UK"), tokens.toString());
    }

    @Test
    void keepsADoubleBarrelledSurnameWholeWhereTheModelSplitsItBeforeTheHyphen() {
        List<String> tokens = texts(analyzer.analyze("Mary Scott-Clark and Tom Abu-Khattala met in 12-13 May.").sentences().get(0));
        assertEquals(List.of("Mary", "Scott-Clark", "and", "Tom", "Abu-Khattala", "met", "in", "12-13", "May", "."), tokens);
    }

    @Test
    void tokenOffsetsPointIntoTheText() {
        String text = "  Anjem Choudary, 49, was jailed in 2016.\n\nKhalid Zerkani recruited in Brussels.";
        AnalyzedText t = analyzer.analyze(text);
        for (Sentence s : t.sentences()) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
            for (Token tok : s.tokens()) {
                assertEquals(tok.text(), text.substring(tok.start(), tok.end()));
            }
        }
        assertEquals(2, t.sentences().size());
    }

    @Test
    void doesNotSplitAfterAbbreviations() {
        AnalyzedText t = analyzer.analyze("He met Dr. Smith on Jan. 3 in Washington. Then he left.");
        assertEquals(2, t.sentences().size(), t.sentences().toString());
    }

    @Test
    void headingsAreSentencesButWrappedLinesAreJoined() {
        String text = "The Myth of Homegrown Terrorism\nJytte Klausen\nIn June 2014, Raqqa became the capital city\n\n"
                + "of the Islamic State. It grew.";
        AnalyzedText t = analyzer.analyze(text);
        List<String> sentences = t.sentences().stream().map(Sentence::text).toList();
        assertEquals("The Myth of Homegrown Terrorism", sentences.get(0));
        assertEquals("Jytte Klausen", sentences.get(1));
        assertTrue(sentences.get(2).startsWith("In June 2014") && sentences.get(2).endsWith("Islamic State."),
                sentences.toString());
    }

    @Test
    void capsRunawaySentences() {
        String text = "word ".repeat(1000);
        AnalyzedText t = analyzer.analyze(text);
        assertEquals(1000, t.tokenCount());
        assertTrue(t.sentences().stream().allMatch(s -> s.tokens().size() <= TextAnalyzer.MAX_SENTENCE_TOKENS));
    }

    @Test
    void emptyTextHasNoSentences() {
        assertEquals(0, analyzer.analyze("  \n\n ").sentences().size());
    }
}
