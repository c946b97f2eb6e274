package org.trawl.nlp;

import java.util.IdentityHashMap;
import java.util.Map;
import opennlp.tools.postag.POSTaggerME;
import org.trawl.model.Sentence;

/**
 * Tags the tokens of a sentence with Universal Dependencies parts of speech ({@code NOUN}, {@code VERB},
 * {@code PROPN}, ...) using OpenNLP's UD English model. Tagging is the slowest step of analysis, so it is
 * done on demand, only for the sentences a later stage asks about, and remembered until
 * {@link #forgetDocument()}. Not thread-safe: one instance per thread.
 */
public final class PartOfSpeechTagger {

    private final POSTaggerME tagger = new POSTaggerME(NlpModels.partsOfSpeech());
    private final Map<Sentence, String[]> tagged = new IdentityHashMap<>();

    /** The tags of the sentence's tokens, in order. */
    public String[] tags(Sentence sentence) {
        return tagged.computeIfAbsent(sentence, s -> tagger.tag(s.tokenTexts()));
    }

    /** The tag of one token. */
    public String tag(Sentence sentence, int token) {
        return tags(sentence)[token];
    }

    /** Drops the tags remembered for the previous document. */
    public void forgetDocument() {
        tagged.clear();
    }
}
