package org.trawl.eval;

import java.util.List;
import org.trawl.model.EntityType;

/**
 * A document of a gold-standard file (the shape of re3d-dev.jsonl): its text, the annotated mentions and
 * the annotated relations.
 */
public record GoldDocument(String id, String text, List<GoldMention> mentions, List<GoldRelation> relations) {

    public GoldDocument {
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
    }

    /** An annotated mention. */
    public record GoldMention(int start, int end, EntityType type, String text) {

        public boolean overlaps(int s, int e) {
            return start < e && s < end;
        }
    }

    /** An annotated relation between two spans. */
    public record GoldRelation(String type, GoldSpan source, GoldSpan target) {
    }

    /** A relation argument span. */
    public record GoldSpan(int start, int end, String text) {

        public boolean overlaps(int s, int e) {
            return start < e && s < end;
        }
    }
}
