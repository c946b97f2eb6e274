package org.trawl.ingest;

/**
 * Picks an article's title: from its metadata; else its first line when that reads like a title; else the
 * start of its first line, cut sensibly (its first sentence when short, else at a clause or a word before
 * {@value #MAX_CUT_CHARS} characters, with an ellipsis); the file name only when the text has no words
 * (a file named by a hash would otherwise be shown by its hash).
 */
final class Titles {

    private static final int MAX_TITLE_CHARS = 200;
    static final int MAX_CUT_CHARS = 90;
    private static final int MIN_CUT_CHARS = 30;

    private Titles() {
    }

    /** @param fileName the file's or archive entry's name (text: it need not be a valid path here) */
    static String choose(String metadataTitle, String text, String fileName) {
        if (metadataTitle != null && !metadataTitle.isBlank()) {
            return metadataTitle.strip();
        }
        String first = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("")
                .replaceAll("\\s+", " ");
        if (first.chars().noneMatch(Character::isLetter)) {
            String name = fileName == null ? "" : fileName.substring(fileName.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }
        if (first.length() >= 3 && first.length() <= MAX_TITLE_CHARS && !first.endsWith(".") && !first.endsWith(",")) {
            return first;
        }
        return cut(first);
    }

    /** The first sentence of a line when it is short enough, else its start cut at a clause or word boundary. */
    static String cut(String line) {
        int sentenceEnd = sentenceEnd(line);
        if (sentenceEnd > 0 && sentenceEnd <= MAX_CUT_CHARS) {
            return line.substring(0, sentenceEnd).replaceFirst("[.]$", "");
        }
        if (line.length() <= MAX_CUT_CHARS) {
            return line.replaceFirst("[.,]$", "");
        }
        int at = -1;
        for (int i = MAX_CUT_CHARS; i >= MIN_CUT_CHARS && at < 0; i--) {
            char c = line.charAt(i);
            if ((c == ',' || c == ';' || c == ':' || c == '—' || c == '–') && i + 1 < line.length()
                    && Character.isWhitespace(line.charAt(i + 1))) {
                at = i;
            }
        }
        if (at < 0) {
            at = line.lastIndexOf(' ', MAX_CUT_CHARS);
        }
        if (at < MIN_CUT_CHARS) {
            at = MAX_CUT_CHARS;
        }
        return line.substring(0, at).strip() + "…";
    }

    /** The end of the first sentence (after its full stop, question or exclamation mark), or -1. */
    private static int sentenceEnd(String line) {
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean last = i + 1 == line.length();
            if ((c == '.' || c == '?' || c == '!') && (last || Character.isWhitespace(line.charAt(i + 1)))
                    && !abbreviation(line, i)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** A full stop after an initial or a short capitalised abbreviation ("J.", "Mr.", "U.S."): not a sentence end. */
    private static boolean abbreviation(String line, int dot) {
        int start = line.lastIndexOf(' ', dot - 1) + 1;
        String word = line.substring(start, dot);
        return line.charAt(dot) == '.' && !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                && (word.length() <= 3 || word.contains("."));
    }
}
