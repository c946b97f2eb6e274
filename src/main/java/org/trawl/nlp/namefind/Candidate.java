package org.trawl.nlp.namefind;

import org.trawl.model.EntityType;

/**
 * A possible name in one sentence, before overlaps are resolved: tokens [from, to), its type, a
 * confidence and where it comes from.
 */
record Candidate(int from, int to, EntityType type, double score, Source source) {

    /** Where a candidate comes from, with its precedence when two candidates cover the same tokens. */
    enum Source {
        SANCTIONS_LIST("gazetteer", 6),
        COUNTRY_LIST("gazetteer", 5),
        NAME_PATTERN("pattern", 4),
        ROLE_PATTERN("role", 4),
        MODEL("model", 3),
        /** trawl's small in-domain name model: as trusted as the general one (higher or lower measured worse) */
        IN_DOMAIN_MODEL("model", 3),
        PLACE_LIST("gazetteer", 2),
        WEAK_PATTERN("pattern", 1),
        DOCUMENT("document", 0),
        /** A role right before the name of its holder: kept while resolving overlaps, never output. */
        TITLE("title", 4);

        final String origin;
        final int precedence;

        Source(String origin, int precedence) {
            this.origin = origin;
            this.precedence = precedence;
        }
    }

    /** True for a statistical model's candidate, general or in-domain. */
    boolean fromModel() {
        return source == Source.MODEL || source == Source.IN_DOMAIN_MODEL;
    }

    int length() {
        return to - from;
    }

    boolean overlaps(Candidate o) {
        return from < o.to && o.from < to;
    }

    Candidate withSpan(int newFrom, int newTo) {
        return new Candidate(newFrom, newTo, type, score, source);
    }

    Candidate asTitle() {
        return new Candidate(from, to, type, score, Source.TITLE);
    }

    Candidate withType(EntityType newType) {
        return new Candidate(from, to, newType, score, source);
    }
}
