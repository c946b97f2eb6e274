package org.trawl.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.trawl.model.EntityType;
import org.trawl.names.NameKey;

/**
 * Stable entity ids: a hash of the type and the matching key of the canonical name, so the same entity
 * gets the same id on every run, in every index, whatever order the articles come in.
 */
public final class EntityIds {

    private EntityIds() {
    }

    /** The id of the entity of this type whose canonical name has this {@link NameKey}. */
    public static String of(EntityType type, String key) {
        return hash(type.name() + "|" + key);
    }

    /** The id of an entity from a reference list (a gazetteer entry), independent of spelling. */
    public static String ofReference(String reference) {
        return hash("ref|" + reference);
    }

    private static String hash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
