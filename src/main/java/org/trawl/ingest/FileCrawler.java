package org.trawl.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the files to ingest under the given paths. Folders are walked recursively; hidden files and folders
 * (name starting with a dot) are left out; files that cannot be reached are reported rather than stopping
 * the walk. A symbolic link is followed only when it leads to a place inside the folder given (its real
 * path under the folder's real path); a link leading outside it, a dangling link, a link loop, and
 * anything that is neither a regular file nor a folder (a FIFO, a device, a socket) is skipped, with the
 * reason, and never opened; so is a file or folder whose name cannot be decoded in the locale's file-name
 * encoding (a UTF-8 name under a C/POSIX locale).
 */
public final class FileCrawler {

    /** The encoding Java reads and writes file names in: the locale's (ASCII under a C/POSIX locale). */
    static final String FILE_NAME_ENCODING = System.getProperty("sun.jnu.encoding", "the locale's");

    /**
     * What the walk found: files in a stable order, paths it could not read, and paths it skipped on
     * purpose (links leading outside the folder, dangling links, link loops, FIFOs, devices, sockets).
     */
    public record Result(List<FileCandidate> files, List<Problem> problems, List<Problem> skipped) {
    }

    /** A path the walk could not enter or read, or chose not to, and why. */
    public record Problem(Path path, String reason) {
    }

    public Result crawl(List<Path> roots) {
        List<FileCandidate> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Problem> skipped = new ArrayList<>();
        for (Path root : roots) {
            new Walk(root.toAbsolutePath().normalize(), files, problems, skipped).start();
        }
        files.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
        return new Result(files, problems, skipped);
    }

    /** The walk of one root given by the user. */
    private static final class Walk {
        private final Path start;
        private final List<FileCandidate> files;
        private final List<Problem> problems;
        private final List<Problem> skipped;
        private Path realRoot;

        Walk(Path start, List<FileCandidate> files, List<Problem> problems, List<Problem> skipped) {
            this.start = start;
            this.files = files;
            this.problems = problems;
            this.skipped = skipped;
        }

        void start() {
            if (!Files.exists(start)) {
                if (Files.isSymbolicLink(start)) {
                    skipped.add(new Problem(start, "dangling symbolic link (its target does not exist)"));
                } else {
                    problems.add(new Problem(start, "no such file or folder"));
                }
                return;
            }
            try {
                // the user named this path: a link given as the root itself is followed
                realRoot = start.toRealPath();
                BasicFileAttributes attrs = Files.readAttributes(realRoot, BasicFileAttributes.class);
                if (attrs.isDirectory()) {
                    Set<Path> ancestors = new HashSet<>();
                    ancestors.add(realRoot);
                    walkFolder(start, realRoot, ancestors);
                } else {
                    visit(start, realRoot, attrs);
                }
            } catch (IOException e) {
                problems.add(new Problem(start, describe(e)));
            }
        }

        /** Walks the folder shown as {@code shown} whose real path is {@code real}. */
        private void walkFolder(Path shown, Path real, Set<Path> ancestors) {
            if (!Files.isReadable(real)) {
                problems.add(new Problem(shown, "permission denied"));
                return;
            }
            List<Path> names = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(real)) {
                for (Path entry : entries) {
                    names.add(entry.getFileName());
                }
            } catch (IOException e) {
                problems.add(new Problem(shown, describe(e)));
                return;
            }
            for (Path name : names) {
                if (name.toString().startsWith(".")) {
                    continue;
                }
                if (!decodable(name)) {
                    skipped.add(new Problem(shown.resolve(name), "its name is not valid in this system's file-name encoding ("
                            + FILE_NAME_ENCODING + "): not read (run trawl in a UTF-8 locale, as ./trawl does, or rename it)"));
                    continue;
                }
                Path child = shown.resolve(name.toString());
                try {
                    entry(child, real.resolve(name.toString()), ancestors);
                } catch (IOException e) {
                    problems.add(new Problem(child, describe(e)));
                }
            }
        }

        private void entry(Path shown, Path path, Set<Path> ancestors) throws IOException {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Path real = path;
            if (attrs.isSymbolicLink()) {
                try {
                    real = path.toRealPath();
                } catch (NoSuchFileException e) {
                    skipped.add(new Problem(shown, "dangling symbolic link (its target does not exist)"));
                    return;
                } catch (FileSystemException e) {
                    if (e instanceof FileSystemLoopException || String.valueOf(e.getReason()).contains("levels")) {
                        skipped.add(new Problem(shown, "symbolic link loop"));
                        return;
                    }
                    throw e;
                }
                if (!real.startsWith(realRoot)) {
                    skipped.add(new Problem(shown, "symbolic link to " + real + ", outside the folder given ("
                            + start + "): not followed"));
                    return;
                }
                attrs = Files.readAttributes(real, BasicFileAttributes.class);
            }
            if (attrs.isDirectory()) {
                if (ancestors.contains(real)) {
                    skipped.add(new Problem(shown, "symbolic link loop"));
                    return;
                }
                ancestors.add(real);
                walkFolder(shown, real, ancestors);
                ancestors.remove(real);
            } else {
                visit(shown, real, attrs);
            }
        }

        private void visit(Path shown, Path real, BasicFileAttributes attrs) {
            if (attrs.isRegularFile()) {
                files.add(new FileCandidate(shown, attrs.size(), attrs.lastModifiedTime().toMillis()));
            } else {
                skipped.add(new Problem(shown, "not a regular file (" + kind(real) + "): not read"));
            }
        }
    }

    /**
     * Whether a name read from a folder survives being written as text and read back: file names are bytes,
     * and Java decodes them in the locale's encoding, so under a C/POSIX locale a UTF-8 name such as
     * {@code café.txt}, or under any locale a name that is not valid in its encoding, comes out mangled and
     * would name no file (or fail) when the path is used again.
     */
    static boolean decodable(Path name) {
        try {
            return name.getFileSystem().getPath(name.toString()).equals(name);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** What kind of special file this is: a FIFO, a device, a socket. */
    static String kind(Path p) {
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return switch (mode & 0170000) {
                case 0010000 -> "a FIFO";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            return "a special file";
        }
    }

    static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    static String describe(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "vanished during the walk";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
