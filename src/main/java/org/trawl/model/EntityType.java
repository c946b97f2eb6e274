package org.trawl.model;

import java.util.Locale;
import java.util.Optional;

/** The three kinds of named thing trawl recognises. These names are part of the output contract. */
public enum EntityType {
    PERSON,
    GROUP,
    PLACE;

    /** Parses a type name case-insensitively, also accepting the training-corpus labels. */
    public static Optional<EntityType> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "person", "per" -> Optional.of(PERSON);
            case "group", "organization", "organisation", "org" -> Optional.of(GROUP);
            case "place", "location", "loc" -> Optional.of(PLACE);
            default -> Optional.empty();
        };
    }
}
