package org.trawl.relate;

import org.trawl.model.RelationType;

/**
 * What the trigger rules ({@link TypedRelations}) say of a pair of arguments: a relation type and whether
 * the first-named is its source. The model reads it as a feature, and it refines the model's coarse type
 * into a finer one ("FIGHTS" into "ATTACKED").
 */
record RuleHint(RelationType type, boolean firstIsSource) {

    String feature() {
        return type.name() + (type.symmetric() ? "" : firstIsSource ? ">" : "<");
    }
}
