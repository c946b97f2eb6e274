package org.trawl.model;

/** One end of a relation: where in the text it is named and which entity it is. */
public record RelationArgument(int start, int end, String text, String entityId) {

    public static RelationArgument of(EntityMention m) {
        return new RelationArgument(m.start(), m.end(), m.text(), m.entityId());
    }
}
