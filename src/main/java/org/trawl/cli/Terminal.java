package org.trawl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** How output is shown: ANSI emphasis only on an interactive terminal, paths relative to the working folder. */
final class Terminal {

    private static final boolean INTERACTIVE = System.console() != null && System.getenv("NO_COLOR") == null
            && !"dumb".equals(System.getenv("TERM"));

    private Terminal() {
    }

    static boolean interactive() {
        return INTERACTIVE;
    }

    static String bold(String s) {
        return INTERACTIVE ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    static String dim(String s) {
        return INTERACTIVE ? "\u001b[2m" + s + "\u001b[0m" : s;
    }

    /** A marked passage: bold on a terminal, **like this** elsewhere. */
    static String highlight(org.trawl.store.Snippet s) {
        return INTERACTIVE ? s.render("\u001b[1;33m", "\u001b[0m") : s.render("**", "**");
    }

    /** A path relative to the working folder when it lies under it. */
    static String display(String path) {
        if (path == null) {
            return "";
        }
        try {
            Path p = Path.of(path);
            Path cwd = Path.of("").toAbsolutePath();
            return p.isAbsolute() && p.startsWith(cwd) ? cwd.relativize(p).toString() : path;
        } catch (RuntimeException e) {
            return path;
        }
    }

    static void flush(PrintWriter out) {
        out.flush();
    }
}
