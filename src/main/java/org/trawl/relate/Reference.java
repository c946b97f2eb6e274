package org.trawl.relate;

import org.trawl.model.EntityMention;
import org.trawl.model.RelationArgument;

/**
 * A pronoun or description in a sentence ("its", "he", "the group") resolved to the named mention it
 * refers to, so that a relation can stand on it.
 *
 * @param start      first char of the words in the document
 * @param end        one past their last char
 * @param text       the words
 * @param via        {@link RelationArgument#PRONOUN} or {@link RelationArgument#DESCRIPTION}
 * @param antecedent the name it refers to (in the same or an earlier sentence)
 */
record Reference(int start, int end, String text, String via, EntityMention antecedent) {
}
