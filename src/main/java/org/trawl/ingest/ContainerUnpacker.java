package org.trawl.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.mime.MediaType;

/**
 * Takes archives and mailboxes apart, so that each article or message in them becomes a document of its
 * own: the entries of a zip file (zip files inside it too, down to {@link #MAX_DEPTH} levels) and the
 * messages of an mbox file. Entries are read one at a time, never more than the size limit each, and
 * reading stops with a clear reason at the signs of a zip bomb: more than {@link #MAX_RATIO} times as many
 * bytes out as in, more than {@link #MAX_TOTAL_FACTOR} times the size limit in all, or more than
 * {@link #MAX_ENTRIES} entries.
 */
final class ContainerUnpacker {

    /** Archives inside archives are opened down to this depth; deeper ones are refused. */
    static final int MAX_DEPTH = 3;
    static final int MAX_ENTRIES = 10_000;
    /** Most bytes unpacked per byte of archive, once past {@link #RATIO_GRACE_BYTES}. */
    static final long MAX_RATIO = 100;
    static final long RATIO_GRACE_BYTES = 10L * 1024 * 1024;
    /** All the entries of one container together may hold this many times the file size limit. */
    static final long MAX_TOTAL_FACTOR = 5;

    private static final MediaType ZIP = MediaType.application("zip");
    private static final MediaType MBOX = MediaType.application("mbox");

    /** The kinds of container taken apart. */
    enum Kind { ZIP, MBOX }

    /** What {@link #unpack} reports: each entry's content, or why it (or the rest) could not be read. */
    interface Visitor {
        void entry(String name, byte[] content);

        /** A problem with one entry, or with the container itself when {@code name} is null. */
        void problem(String name, String reason);
    }

    private final long maxEntryBytes;
    /** The entry names reported so far in this container: a name that repeats gets a number. */
    private final java.util.Set<String> names = new java.util.HashSet<>();

    ContainerUnpacker(long maxEntryBytes) {
        this.maxEntryBytes = maxEntryBytes;
    }

    static Optional<Kind> kindOf(MediaType type) {
        MediaType base = type.getBaseType();
        return base.equals(ZIP) ? Optional.of(Kind.ZIP) : base.equals(MBOX) ? Optional.of(Kind.MBOX) : Optional.empty();
    }

    /**
     * Reports each entry of the container to the visitor, in order. Entry names are paths inside the
     * container; those of nested archives are joined with {@code !/}, like {@code inner.zip!/a.txt}.
     */
    void unpack(byte[] content, Kind kind, Visitor visitor) {
        Budget budget = new Budget(content.length);
        names.clear();
        if (kind == Kind.MBOX) {
            mbox(content, visitor, budget);
        } else {
            zip(content, "", 1, visitor, budget);
        }
    }

    private void zip(byte[] content, String prefix, int depth, Visitor visitor, Budget budget) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = unique(prefix + ArticlePaths.escape(e.getName()));
                if (!budget.allowEntry()) {
                    visitor.problem(null, "more than " + MAX_ENTRIES + " entries; the rest were not read");
                    return;
                }
                byte[] bytes = readEntry(zip, name, budget, visitor);
                if (bytes == null) {
                    if (budget.exhausted != null) {
                        return;
                    }
                    continue;
                }
                if (isZip(e.getName(), bytes)) {
                    if (depth >= MAX_DEPTH) {
                        visitor.problem(name, "archive nested more than " + MAX_DEPTH + " levels deep; not opened");
                    } else {
                        zip(bytes, name + "!/", depth + 1, visitor, budget);
                        if (budget.exhausted != null) {
                            return;
                        }
                    }
                    continue;
                }
                visitor.entry(name, bytes);
            }
        } catch (IOException | IllegalArgumentException ex) {
            visitor.problem(prefix.isEmpty() ? null : prefix.substring(0, prefix.length() - 2),
                    "corrupt or unreadable zip archive: " + ex.getMessage());
        }
    }

    /**
     * One entry's bytes; null (after telling the visitor why) when it is larger than the size limit or the
     * container's budget runs out. The rest of an entry too large is still unpacked, to reach the next
     * one, but counted against the budget, so a bomb stops early.
     */
    private byte[] readEntry(InputStream in, String name, Budget budget, Visitor visitor) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        boolean tooLarge = false;
        int n;
        while ((n = in.read(buffer)) > 0) {
            size += n;
            String stop = budget.take(n);
            if (stop != null) {
                visitor.problem(null, stop + " (at " + name + ")");
                return null;
            }
            if (size > maxEntryBytes && !tooLarge) {
                tooLarge = true;
                visitor.problem(name, "larger than the size limit (" + maxEntryBytes / (1024 * 1024) + " MB) when unpacked");
                out = null;
            }
            if (out != null) {
                out.write(buffer, 0, n);
            }
        }
        return tooLarge ? null : out.toByteArray();
    }

    /**
     * The name, or when an earlier entry of the container had it (a zip may hold two entries of one name),
     * the name with the first free number after it: {@code a.txt (2)}. Entries come in the archive's order,
     * so each keeps its path from run to run.
     */
    private String unique(String name) {
        String out = name;
        for (int n = 2; !names.add(out); n++) {
            out = name + " (" + n + ")";
        }
        return out;
    }

    private static boolean isZip(String name, byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4
                && !name.toLowerCase(Locale.ROOT).matches(".*\\.(docx|xlsx|pptx|odt|ods|odp|epub|jar)$");
    }

    /** The messages of an mbox file: each starts at a line "From " at the start or after a blank line. */
    private void mbox(byte[] content, Visitor visitor, Budget budget) {
        String text = new String(content, StandardCharsets.ISO_8859_1); // bytes kept one to one
        int start = -1;
        int number = 0;
        int pos = 0;
        while (pos <= text.length()) {
            int lineEnd = text.indexOf('\n', pos);
            boolean last = lineEnd < 0;
            boolean from = !last && text.startsWith("From ", pos) && (pos == 0 || pos >= 2 && text.charAt(pos - 2) == '\n'
                    || pos >= 3 && text.startsWith("\n\r\n", pos - 3));
            if (from || last) {
                if (start >= 0) {
                    int end = last ? text.length() : pos;
                    String name = String.format(Locale.ROOT, "message-%05d.eml", ++number);
                    if (!budget.allowEntry()) {
                        visitor.problem(null, "more than " + MAX_ENTRIES + " messages; the rest were not read");
                        return;
                    }
                    byte[] message = unescape(text.substring(start, end)).getBytes(StandardCharsets.ISO_8859_1);
                    if (message.length > maxEntryBytes) {
                        visitor.problem(name, "larger than the size limit (" + maxEntryBytes / (1024 * 1024) + " MB)");
                    } else {
                        visitor.entry(name, message);
                    }
                }
                if (last) {
                    break;
                }
                start = lineEnd + 1; // the message begins after its "From " separator line
            }
            pos = lineEnd + 1;
        }
        if (number == 0) {
            visitor.problem(null, "no messages found in the mailbox");
        }
    }

    /** Undoes mboxrd quoting: a body line "&gt;From " (any number of &gt;) loses one &gt;. */
    private static String unescape(String message) {
        return message.replaceAll("(?m)^>(>*From )", "$1");
    }

    /** What one container may still unpack. */
    private final class Budget {
        final long archiveBytes;
        long unpacked;
        int entries;
        String exhausted;

        Budget(long archiveBytes) {
            this.archiveBytes = archiveBytes;
        }

        boolean allowEntry() {
            return ++entries <= MAX_ENTRIES;
        }

        /** Counts n more bytes unpacked; the reason to stop when that is too many. */
        String take(int n) {
            unpacked += n;
            if (unpacked > RATIO_GRACE_BYTES && unpacked > MAX_RATIO * archiveBytes) {
                exhausted = "suspected zip bomb: more than " + MAX_RATIO + " times its size when unpacked; not read further";
            } else if (unpacked > MAX_TOTAL_FACTOR * maxEntryBytes) {
                exhausted = "more than " + MAX_TOTAL_FACTOR + " times the size limit when unpacked; not read further";
            }
            return exhausted;
        }
    }
}
