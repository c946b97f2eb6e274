package org.trawl.model;

/**
 * One end of a relation: where in the text it is named and which entity it is.
 *
 * @param start    first char of the words standing for the entity in the sentence
 * @param end      one past their last char
 * @param text     those words: the name, or the pronoun or description that refers to the entity
 * @param entityId the entity
 * @param via      null when the words are a name of the entity; {@link #PRONOUN} or {@link #DESCRIPTION}
 *                 when they refer to it ("he", "its"; "the group"), resolved to an earlier name
 */
public record RelationArgument(int start, int end, String text, String entityId, String via) {

    /** {@link #via()} of an argument that is a pronoun resolved to a name. */
    public static final String PRONOUN = "pronoun";
    /** {@link #via()} of an argument that is a description ("the group") resolved to a name. */
    public static final String DESCRIPTION = "description";

    /** An argument that is a name. */
    public RelationArgument(int start, int end, String text, String entityId) {
        this(start, end, text, entityId, null);
    }

    public static RelationArgument of(EntityMention m) {
        return new RelationArgument(m.start(), m.end(), m.text(), m.entityId());
    }

    /** True when the argument is a pronoun or description resolved to a name, not a name itself. */
    public boolean referring() {
        return via != null;
    }

    public RelationArgument withEntity(String id) {
        return new RelationArgument(start, end, text, id, via);
    }
}
