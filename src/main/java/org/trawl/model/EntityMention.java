package org.trawl.model;

/**
 * A mention linked to the entity it names.
 *
 * @param mention   the recognised span
 * @param entityId  stable id of the entity (same on every run)
 * @param canonical the entity's canonical name
 */
public record EntityMention(Mention mention, String entityId, String canonical) {

    public int start() {
        return mention.start();
    }

    public int end() {
        return mention.end();
    }

    public EntityType type() {
        return mention.type();
    }

    public String text() {
        return mention.text();
    }
}
