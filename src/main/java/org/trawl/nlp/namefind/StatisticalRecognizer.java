package org.trawl.nlp.namefind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.trawl.model.AnalyzedText;
import org.trawl.model.EntityType;
import org.trawl.model.Mention;
import org.trawl.model.Sentence;

/**
 * Names found by trawl's trained OpenNLP name-finder model, applied by its {@link CompiledNameModel} when
 * it has one, by OpenNLP's {@code NameFinderME} otherwise. Not thread-safe.
 */
public final class StatisticalRecognizer implements NameRecognizer {

    private final TokenNameFinder finder;
    private final Candidate.Source source;

    /** @param finder this thread's finder; its spans carry their probabilities */
    public StatisticalRecognizer(TokenNameFinder finder) {
        this(finder, Candidate.Source.MODEL);
    }

    private StatisticalRecognizer(TokenNameFinder finder, Candidate.Source source) {
        this.finder = finder;
        this.source = source;
    }

    /** A recogniser for trawl's in-domain model, whose names the composite recogniser weighs apart. */
    public static StatisticalRecognizer inDomain(TokenNameFinder finder) {
        return new StatisticalRecognizer(finder, Candidate.Source.IN_DOMAIN_MODEL);
    }

    /** A recogniser applying {@code model} with OpenNLP's own decoder. */
    public StatisticalRecognizer(TokenNameFinderModel model) {
        this(new NameFinderME(model));
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
        List<Mention> out = new ArrayList<>();
        for (Candidate c : candidates(s)) {
            out.add(CompositeRecognizer.toMention(text, s, c));
        }
        return out;
    }

    /** Names in one sentence as token spans. Call {@link #forgetDocument()} between documents. */
    List<Candidate> candidates(Sentence s) {
        Span[] spans = finder.find(s.tokenTexts());
        List<Candidate> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            Optional<EntityType> type = EntityType.parse(spans[i].getType());
            if (type.isPresent()) {
                out.add(new Candidate(spans[i].getStart(), spans[i].getEnd(), type.get(), spans[i].getProb(),
                        source));
            }
        }
        return out;
    }

    /** Clears what the model learnt from the previous document's names. */
    void forgetDocument() {
        finder.clearAdaptiveData();
    }
}
