package org.trawl.model;

import java.util.Locale;
import java.util.Optional;

/** Kinds of relation between entities. Symmetric types have no direction. */
public enum RelationType {
    MEMBER_OF(false),
    LEADS(false),
    FOUNDED(false),
    ALLIED_WITH(true),
    FIGHTS(true),
    LOCATED_IN(false),
    TRAVELED_TO(false),
    ATTACKED(false),
    ASSOCIATE_OF(true),
    WORKS_FOR(false),
    PART_OF(false),
    COMMUNICATED_WITH(true),
    SAME_AS(true),
    /** A group or person holds a place (controls, captured, seized). */
    CONTROLS(false),
    /** Named in the same sentence, with no typed relation found. */
    CO_OCCURS(true),
    /** Network projections only, never extracted: two people affiliated with the same group. */
    SHARES_GROUP(true),
    /** Network projections only, never extracted: two groups with a member (or leader, founder) in common. */
    SHARES_MEMBER(true);

    private final boolean symmetric;

    RelationType(boolean symmetric) {
        this.symmetric = symmetric;
    }

    public boolean symmetric() {
        return symmetric;
    }

    public static Optional<RelationType> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
