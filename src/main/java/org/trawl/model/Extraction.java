package org.trawl.model;

import java.util.List;

/** Everything trawl extracted from one document: the linked mentions and the relations between them. */
public record Extraction(SourceDocument document, List<EntityMention> mentions, List<Relation> relations) {

    public Extraction {
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
    }
}
