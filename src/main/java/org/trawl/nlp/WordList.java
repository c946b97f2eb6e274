package org.trawl.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A word list or small table that trawl ships as text, as its one reader reads it: UTF-8, one entry a
 * line, blank lines and comment lines (starting with {@code #}) left out. The name lists of the
 * recognisers, the common words of the gazetteers, the relation trigger lexicon and the relation schema
 * are all read through it.
 *
 * @param name  the file's name, for messages
 * @param lines its lines that are neither blank nor comments, in order
 */
public record WordList(String name, List<Line> lines) {

    /** One line of the list: its number in the file (from 1) and its text as written. */
    public record Line(int number, String text) {
    }

    public WordList {
        lines = List.copyOf(lines);
    }

    /** The list in the resource {@code name} beside the class {@code owner} (bundled in the jar). */
    public static WordList bundled(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + name + " beside " + owner.getName());
            }
            return read(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads a list from a stream (left open), naming it {@code name}. */
    public static WordList read(String name, InputStream in) throws IOException {
        List<Line> lines = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line; (line = r.readLine()) != null; ) {
            number++;
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                lines.add(new Line(number, line));
            }
        }
        return new WordList(name, lines);
    }

    /** The entries as words: each line without the white space around it. */
    public Set<String> words() {
        return lines.stream().map(l -> l.text().strip()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The tab-separated fields of a line of a table, which must have exactly {@code count} of them.
     *
     * @throws IllegalStateException naming the list and the line when it has another number
     */
    public String[] fields(Line line, int count) {
        String[] f = line.text().split("\t");
        if (f.length != count) {
            throw new IllegalStateException(problem(line, "expected " + count + " columns"));
        }
        return f;
    }

    /** A message about a line: the list's name and the line's number, then {@code what}. */
    public String problem(Line line, String what) {
        return name + " line " + line.number() + ": " + what;
    }
}
