package org.trawl.relate;

import org.trawl.model.EntityType;
import org.trawl.model.RelationArgument;

/**
 * A candidate pair as training sees it: the two arguments (the first named first), their types and the
 * model's features.
 */
public record CandidatePair(RelationArgument first, EntityType firstType, RelationArgument second,
                            EntityType secondType, String[] features) {
}
