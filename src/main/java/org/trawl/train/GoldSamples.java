package org.trawl.train;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.trawl.eval.GoldDocument;
import org.trawl.eval.MentionScorer;
import org.trawl.model.AnalyzedText;
import org.trawl.model.Sentence;
import org.trawl.model.Token;
import org.trawl.nlp.TextAnalyzer;

/**
 * Gold documents (re3d's JSON Lines shape) as name-finder training sentences: each document split into
 * sentences and tokens as trawl splits them, and each named gold mention (as {@code trawl evaluate}
 * counts them: not a description such as "the group") that starts and ends on token boundaries of one
 * sentence becomes a name of its type. A mention that does not align with the tokens is left out.
 */
final class GoldSamples {

    private GoldSamples() {
    }

    static List<NameSample> of(List<GoldDocument> docs) {
        TextAnalyzer analyzer = new TextAnalyzer();
        List<NameSample> out = new ArrayList<>();
        for (GoldDocument d : docs) {
            AnalyzedText text = analyzer.analyze(d.text());
            for (Sentence s : text.sentences()) {
                out.add(sample(d, s));
            }
        }
        return out;
    }

    private static NameSample sample(GoldDocument d, Sentence s) {
        List<Token> tokens = s.tokens();
        List<Span> names = new ArrayList<>();
        int lastEnd = 0;
        for (GoldDocument.GoldMention m : d.mentions().stream()
                .sorted(java.util.Comparator.comparingInt(GoldDocument.GoldMention::start)).toList()) {
            if (m.start() < s.start() || m.end() > s.end() || !MentionScorer.isNamed(m.text())) {
                continue;
            }
            int from = s.tokenAtOrAfter(m.start());
            int to = s.tokenAtOrAfter(m.end());
            if (from >= tokens.size() || tokens.get(from).start() != m.start() || to == from
                    || tokens.get(to - 1).end() != m.end() || from < lastEnd) {
                continue;
            }
            names.add(new Span(from, to, m.type().name().toLowerCase(java.util.Locale.ROOT)));
            lastEnd = to;
        }
        return new NameSample(s.tokenTexts(), names.toArray(new Span[0]), true);
    }
}
