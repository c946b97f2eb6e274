package org.trawl.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Finds the files to ingest under the given paths: folders are walked recursively (following links, with
 * loops detected), hidden files and folders (name starting with a dot) are skipped, and files that
 * cannot be reached are reported rather than stopping the walk.
 */
public final class FileCrawler {

    /** What the walk found: files in a stable order, and paths it could not read. */
    public record Result(List<FileCandidate> files, List<Problem> problems) {
    }

    /** A path the walk could not enter or read. */
    public record Problem(Path path, String reason) {
    }

    public Result crawl(List<Path> roots) {
        List<FileCandidate> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path root : roots) {
            Path start = root.toAbsolutePath().normalize();
            if (!Files.exists(start)) {
                problems.add(new Problem(start, "no such file or folder"));
                continue;
            }
            try {
                Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new Visitor(start, files, problems));
            } catch (IOException e) {
                problems.add(new Problem(start, describe(e)));
            }
        }
        files.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
        return new Result(files, problems);
    }

    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<FileCandidate> files;
        private final List<Problem> problems;

        Visitor(Path root, List<FileCandidate> files, List<Problem> problems) {
            this.root = root;
            this.files = files;
            this.problems = problems;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && isHidden(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (!Files.isReadable(dir)) {
                problems.add(new Problem(dir, "permission denied"));
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if ((file.equals(root) || !isHidden(file)) && attrs.isRegularFile()) {
                files.add(new FileCandidate(file, attrs.size(), attrs.lastModifiedTime().toMillis()));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            problems.add(new Problem(file, describe(e)));
            return FileVisitResult.CONTINUE;
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
