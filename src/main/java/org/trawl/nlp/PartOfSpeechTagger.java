package org.trawl.nlp;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import opennlp.tools.postag.POSTaggerME;
import org.trawl.model.Sentence;

/**
 * Tags the tokens of a sentence with Universal Dependencies parts of speech ({@code NOUN}, {@code VERB},
 * {@code PROPN}, ...) using OpenNLP's UD English model, through its {@link CompiledPartOfSpeechModel
 * compiled form} when the model compiles (the same tags, about twice as fast) and OpenNLP's
 * {@code POSTaggerME} otherwise. Tagging is done on demand, only for the sentences a later stage asks
 * about, and remembered until {@link #forgetDocument()}. Not thread-safe: one instance per thread.
 */
public final class PartOfSpeechTagger {

    private final UnaryOperator<String[]> tagger = Compiled.MODEL
            .<UnaryOperator<String[]>>map(model -> model.newTagger()::tag)
            .orElseGet(() -> new POSTaggerME(NlpModels.partsOfSpeech())::tag);
    private final Map<Sentence, String[]> tagged = new IdentityHashMap<>();

    /** True when sentences are tagged with the compiled model. */
    public static boolean compiled() {
        return Compiled.MODEL.isPresent();
    }

    /** The tags of the sentence's tokens, in order. */
    public String[] tags(Sentence sentence) {
        return tagged.computeIfAbsent(sentence, s -> tagger.apply(s.tokenTexts()));
    }

    /** The tag of one token. */
    public String tag(Sentence sentence, int token) {
        return tags(sentence)[token];
    }

    /** Drops the tags remembered for the previous document. */
    public void forgetDocument() {
        tagged.clear();
    }

    private static final class Compiled {
        static final Optional<CompiledPartOfSpeechModel> MODEL =
                CompiledPartOfSpeechModel.compile(NlpModels.partsOfSpeech());
    }
}
