package org.trawl.nlp.namefind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.trawl.model.AnalyzedText;
import org.trawl.model.EntityType;
import org.trawl.model.Mention;
import org.trawl.model.Sentence;
import org.trawl.model.Token;

/** Names found by trawl's trained OpenNLP name-finder model. Not thread-safe. */
public final class StatisticalRecognizer implements NameRecognizer {

    public static final String ORIGIN = "model";

    private final NameFinderME finder;

    public StatisticalRecognizer(TokenNameFinderModel model) {
        this.finder = new NameFinderME(model);
    }

    @Override
    public List<Mention> recognize(AnalyzedText text) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            out.addAll(recognize(text.text(), s));
        }
        finder.clearAdaptiveData();
        return out;
    }

    /** Names in one sentence. */
    public List<Mention> recognize(String text, Sentence s) {
        List<Token> tokens = s.tokens();
        Span[] spans = finder.find(s.tokenTexts());
        double[] probs = finder.probs(spans);
        List<Mention> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            Optional<EntityType> type = EntityType.parse(spans[i].getType());
            if (type.isEmpty()) {
                continue;
            }
            int start = tokens.get(spans[i].getStart()).start();
            int end = tokens.get(spans[i].getEnd() - 1).end();
            out.add(new Mention(start, end, type.get(), text.substring(start, end), probs[i], ORIGIN));
        }
        return out;
    }
}
