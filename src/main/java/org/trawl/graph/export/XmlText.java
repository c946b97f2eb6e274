package org.trawl.graph.export;

/**
 * Text made safe for XML 1.0: characters XML cannot carry (control characters) are dropped, and, for
 * writers that build XML as text, markup characters are escaped.
 */
final class XmlText {

    private XmlText() {
    }

    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000) {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /** Clean text with {@code & < > "} escaped, for element content and attribute values. */
    static String escape(String s) {
        return clean(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
