package org.trawl.store;

import java.util.List;
import org.trawl.model.RelationType;

/**
 * A relation's type, ends, weight, article and years, without its text: what network building needs,
 * streamed by {@link StoreReader#forEachLink}.
 *
 * @param documentId the article the relation was found in
 * @param type       relation type
 * @param sourceId   the entity at the source end
 * @param targetId   the entity at the target end
 * @param count      evidence sentences it stands for
 * @param years      the years its evidence states
 */
public record RelationLink(String documentId, RelationType type, String sourceId, String targetId, int count,
                           List<Integer> years) {
}
