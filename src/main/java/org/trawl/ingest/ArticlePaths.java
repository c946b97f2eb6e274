package org.trawl.ingest;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The path by which the index knows an article: a file's path, or {@code container!/entry} for an entry of an
 * archive or mailbox (nested: {@code a.zip!/b.zip!/c.txt}). So that no file and no entry can have the path
 * of another, a run of {@code !} that ends a name (a folder {@code x.zip!}, an entry {@code news!}) is
 * doubled: the real folder {@code x.zip!} holding {@code a.txt} is {@code x.zip!!/a.txt}, the entry
 * {@code a.txt} of the archive {@code x.zip} is {@code x.zip!/a.txt}. An odd run of {@code !} before a
 * {@code /} is always the step into a container.
 */
public final class ArticlePaths {

    private static final Pattern TRAILING_BANGS = Pattern.compile("(!+)(?=/|$)");

    private ArticlePaths() {
    }

    /** The path of a file on disk. */
    public static String of(Path file) {
        return escape(file.toString());
    }

    /** A file path or an entry name with the {@code !} that end its names doubled. */
    static String escape(String raw) {
        return raw.indexOf('!') < 0 ? raw : TRAILING_BANGS.matcher(raw).replaceAll("$1$1");
    }

    /** The path of an entry, named {@code entry} (already escaped), inside the container at {@code container}. */
    static String entry(String container, String entry) {
        return container + "!/" + entry;
    }

    /** The path of the outermost container of an entry's path, or null when the path is not an entry's. */
    static String container(String path) {
        int run = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '!') {
                run++;
            } else {
                if (c == '/' && run % 2 == 1 && i > run) {
                    return path.substring(0, i - 1);
                }
                run = 0;
            }
        }
        return null;
    }

    /** The outermost containers named in those of the paths that are entries' ({@code container!/entry}). */
    static Set<String> containers(Collection<String> paths) {
        Set<String> out = new HashSet<>();
        for (String p : paths) {
            String container = container(p);
            if (container != null) {
                out.add(container);
            }
        }
        return out;
    }
}
