package org.trawl.store;

import java.util.List;

/** One ranked article: its record (without text), its score and the highlighted passages. */
public record SearchHit(DocumentRecord document, float score, List<Snippet> snippets) {

    public SearchHit {
        snippets = List.copyOf(snippets);
    }
}
