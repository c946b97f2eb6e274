package org.trawl.nlp.namefind;

import java.util.List;
import org.trawl.model.AnalyzedText;
import org.trawl.model.Mention;

/**
 * Finds the people, groups and places named in a text. Implementations need not be thread-safe; the
 * pipeline gives each thread its own.
 */
public interface NameRecognizer {

    /** Mentions in document order, not overlapping. */
    List<Mention> recognize(AnalyzedText text);
}
