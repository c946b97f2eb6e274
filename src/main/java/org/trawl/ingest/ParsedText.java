package org.trawl.ingest;

import java.time.LocalDate;

/**
 * What Tika made of a file.
 *
 * @param text        the text
 * @param title       title from the metadata, or null
 * @param author      author, or null
 * @param published   publication (or creation) date, or null
 * @param contentType detected media type
 * @param site        the web site it names (og:site_name or the host of its URL), or null
 * @param truncated   true when the text was cut at the size limit
 */
public record ParsedText(String text, String title, String author, LocalDate published, String contentType,
                         String site, boolean truncated) {
}
