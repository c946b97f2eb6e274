package org.trawl.model;

/** A token: its span in the document text and the covered text. */
public record Token(int start, int end, String text) {
}
