package org.trawl.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tika.mime.MediaType;
import org.trawl.model.SourceDocument;
import org.trawl.pipeline.Pipeline;
import org.trawl.pipeline.StageTimes.Stage;

/**
 * Reads one file into a {@link SourceDocument}: its bytes, then its text and metadata through Tika, its
 * language, title and source. Shared by {@code ingest} and {@code extract}. Thread-safe.
 */
public final class DocumentReader {

    private final TextExtractor extractor;
    private final Pipeline pipeline;

    public DocumentReader(TextExtractor extractor, Pipeline pipeline) {
        this.extractor = extractor;
        this.pipeline = pipeline;
    }

    /** The file's bytes. */
    public byte[] read(Path file) throws IngestException {
        return pipeline.times().time(Stage.READ, () -> {
            try {
                return Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw new IngestException(IngestException.Stage.READ, "vanished before it could be read");
            } catch (IOException e) {
                throw new IngestException(IngestException.Stage.READ, FileCrawler.describe(e));
            } catch (OutOfMemoryError e) {
                throw new IngestException(IngestException.Stage.READ, "too large to read into memory");
            }
        });
    }

    /** The file's modification time after reading, refusing a file that changed while it was read. */
    public long modifiedAfterReading(Path file, int bytesRead) throws IngestException {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            if (attrs.size() != bytesRead) {
                throw new IngestException(IngestException.Stage.READ,
                        "changed while it was being read; it will be read again on the next run");
            }
            return attrs.lastModifiedTime().toMillis();
        } catch (NoSuchFileException e) {
            throw new IngestException(IngestException.Stage.READ, "vanished while it was being read");
        } catch (IOException e) {
            throw new IngestException(IngestException.Stage.READ, FileCrawler.describe(e));
        }
    }

    /** One article read from a file or from an entry of an archive or mailbox, or why it could not be. */
    public record Article(String path, SourceDocument document, String failure) {
    }

    /**
     * Every article in a file: the file itself, or each entry of a zip archive or message of an mbox
     * mailbox (entries up to {@code maxEntryBytes} each). A failure of one entry comes back in its place;
     * a failure of the file itself is thrown.
     */
    public List<Article> articles(Path file, long maxEntryBytes) throws IngestException {
        byte[] content = read(file);
        MediaType type = detect(file, content);
        Optional<ContainerUnpacker.Kind> kind = ContainerUnpacker.kindOf(type);
        if (kind.isEmpty()) {
            return List.of(new Article(ArticlePaths.of(file), parse(file, content, type, ContentHash.of(content)),
                    null));
        }
        List<Article> out = new ArrayList<>();
        walk(file, content, kind.get(), maxEntryBytes, new EntryVisitor() {
            @Override
            public void entry(Entry entry) {
                try {
                    out.add(new Article(entry.path(), parse(entry, ContentHash.of(entry.content())), null));
                } catch (IngestException e) {
                    out.add(new Article(entry.path(), null, e.reason()));
                }
            }

            @Override
            public void problem(String path, boolean ofContainer, String reason) {
                out.add(new Article(path, null, reason));
            }
        });
        return out;
    }

    /**
     * An entry of an archive or mailbox, read whole.
     *
     * @param container the archive or mailbox file
     * @param name      the entry's path inside it, as {@link ArticlePaths} writes it
     * @param path      the article's path: {@code archive.zip!/name}
     * @param content   its bytes
     */
    record Entry(Path container, String name, String path, byte[] content) {
    }

    /** What {@link #walk} reports, each under its article's path. */
    interface EntryVisitor {
        void entry(Entry entry);

        /**
         * An entry that could not be read, or, when {@code ofContainer}, the container itself or the rest of
         * it (at {@code path}, the container's own path).
         */
        void problem(String path, boolean ofContainer, String reason);
    }

    /**
     * Takes an archive or mailbox apart, for {@code extract} and {@code ingest} alike: each entry (up to
     * {@code maxEntryBytes}) or problem goes to the visitor, in the container's order, under its article's
     * path.
     */
    void walk(Path container, byte[] content, ContainerUnpacker.Kind kind, long maxEntryBytes, EntryVisitor visitor) {
        String containerPath = ArticlePaths.of(container);
        new ContainerUnpacker(maxEntryBytes).unpack(content, kind, new ContainerUnpacker.Visitor() {
            @Override
            public void entry(String name, byte[] bytes) {
                visitor.entry(new Entry(container, name, ArticlePaths.entry(containerPath, name), bytes));
            }

            @Override
            public void problem(String name, String reason) {
                visitor.problem(name == null ? containerPath : ArticlePaths.entry(containerPath, name), name == null, reason);
            }
        });
    }

    /**
     * The media type of content read from {@code file}, detected once for both the question whether it is
     * a container to take apart ({@link ContainerUnpacker#kindOf}) and its parse; none for empty content.
     */
    MediaType detect(Path file, byte[] content) {
        return content.length == 0 ? MediaType.OCTET_STREAM : extractor.detect(content, file.getFileName().toString());
    }

    /** Parses content read from {@code file}, of the type {@link #detect} gave, into an article with the given id. */
    SourceDocument parse(Path file, byte[] content, MediaType type, String id) throws IngestException {
        return parse(ArticlePaths.of(file), file.getFileName().toString(), file, null, content, type, id);
    }

    /** Parses an entry of an archive or mailbox into an article with the given id. */
    SourceDocument parse(Entry entry, String id) throws IngestException {
        String fileName = entry.name().substring(entry.name().lastIndexOf('/') + 1);
        byte[] content = entry.content();
        MediaType type = content.length == 0 ? MediaType.OCTET_STREAM : extractor.detect(content, fileName);
        return parse(entry.path(), fileName, entry.container(), ArticlePaths.of(entry.container()), content, type, id);
    }

    /**
     * @param located where the content was found: the file, or the container of an entry; its folder is
     *                the article's source when the metadata names no site
     */
    private SourceDocument parse(String path, String fileName, Path located, String container, byte[] content,
                                 MediaType type, String id) throws IngestException {
        ParsedText parsed = pipeline.times().time(Stage.PARSE, () -> extractor.extract(content, fileName, type));
        String language = pipeline.identifyLanguage(parsed.text());
        Path parent = located.toAbsolutePath().getParent();
        String source = parsed.site() != null ? parsed.site()
                : parent == null || parent.getFileName() == null ? null : parent.getFileName().toString();
        return new SourceDocument(id, path, source, container,
                Titles.choose(parsed.title(), parsed.text(), fileName), parsed.author(), parsed.published(),
                parsed.contentType(), language, parsed.text());
    }
}
