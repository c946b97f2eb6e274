package org.trawl.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as read from a file: its text and metadata.
 *
 * @param id          SHA-256 (hex) of the file content; identifies the article
 * @param path        where it was read from
 * @param source      where it comes from: the web site when the metadata names one, else the folder
 * @param container   the archive or mailbox it was found in, or null
 * @param title       title from metadata, or derived from the text or file name
 * @param author      author from metadata, or null
 * @param published   publication date when known, or null
 * @param contentType detected media type
 * @param language    ISO 639-3 language code, or "und"
 * @param text        the extracted text; offsets of mentions index into it
 */
public record SourceDocument(String id, String path, String source, String container, String title, String author,
                             LocalDate published, String contentType, String language, String text) {

    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** A bare document for text that did not come from a file (tests, evaluation). */
    public static SourceDocument ofText(String id, String text) {
        return new SourceDocument(id, null, null, null, null, null, null, "text/plain", "eng", text);
    }
}
