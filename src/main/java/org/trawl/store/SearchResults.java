package org.trawl.store;

import java.util.List;

/** A page of ranked hits and the total number of matching articles. */
public record SearchResults(long total, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
