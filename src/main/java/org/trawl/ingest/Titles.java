package org.trawl.ingest;

/** Picks an article's title: from its metadata, else its first line when that reads like a title, else the file name. */
final class Titles {

    private static final int MAX_TITLE_CHARS = 200;

    private Titles() {
    }

    static String choose(String metadataTitle, String text, String fileName) {
        if (metadataTitle != null && !metadataTitle.isBlank()) {
            return metadataTitle.strip();
        }
        String first = text.strip().lines().findFirst().orElse("").strip();
        if (first.length() >= 3 && first.length() <= MAX_TITLE_CHARS && !first.endsWith(".")
                && !first.endsWith(",") && first.chars().anyMatch(Character::isLetter)) {
            return first;
        }
        String name = fileName == null ? "" : fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
