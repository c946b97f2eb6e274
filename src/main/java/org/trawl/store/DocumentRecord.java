package org.trawl.store;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as stored in the index.
 *
 * @param id          SHA-256 of the content
 * @param title       title
 * @param paths       every file path this content was read from
 * @param source      where it came from: the folder or web site
 * @param author      author, or null
 * @param published   publication date, or null
 * @param contentType detected media type
 * @param language    ISO 639-3 code
 * @param chars       length of the text
 * @param text        the extracted text, or null when not loaded
 * @param container   archive or mailbox the article came out of, or null
 * @param nearDuplicateOf the earlier article this one nearly repeats (its names and relations are counted
 *                    there, not again here), or null
 */
public record DocumentRecord(String id, String title, List<String> paths, String source, String author,
                             LocalDate published, String contentType, String language, int chars, String text,
                             String container, String nearDuplicateOf) {

    public DocumentRecord {
        paths = List.copyOf(paths);
    }

    /** The first path, for display. */
    public String file() {
        return paths.isEmpty() ? "" : paths.get(0);
    }
}
