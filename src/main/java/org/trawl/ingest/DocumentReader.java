package org.trawl.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        Optional<ContainerUnpacker.Kind> kind = containerKind(file, content);
        if (kind.isEmpty()) {
            return List.of(new Article(ArticlePaths.of(file), parse(file, content, ContentHash.of(content)), null));
        }
        List<Article> out = new ArrayList<>();
        new ContainerUnpacker(maxEntryBytes).unpack(content, kind.get(), new ContainerUnpacker.Visitor() {
            @Override
            public void entry(String name, byte[] bytes) {
                String path = ArticlePaths.entry(ArticlePaths.of(file), name);
                try {
                    out.add(new Article(path, parseEntry(file, name, bytes, ContentHash.of(bytes)), null));
                } catch (IngestException e) {
                    out.add(new Article(path, null, e.reason()));
                }
            }

            @Override
            public void problem(String name, String reason) {
                out.add(new Article(name == null ? ArticlePaths.of(file) : ArticlePaths.entry(ArticlePaths.of(file), name),
                        null, reason));
            }
        });
        return out;
    }

    /** The kind of container the content is, when it is an archive or mailbox to take apart. */
    Optional<ContainerUnpacker.Kind> containerKind(Path file, byte[] content) {
        return content.length == 0 ? Optional.empty()
                : ContainerUnpacker.kindOf(extractor.detect(content, file.getFileName().toString()));
    }

    /** Parses content read from {@code file} into an article with the given id. */
    public SourceDocument parse(Path file, byte[] content, String id) throws IngestException {
        return parse(ArticlePaths.of(file), file.getFileName().toString(), file, null, content, id);
    }

    /**
     * Parses an entry of an archive or mailbox: {@code name} is its path inside {@code container}, as
     * {@link ArticlePaths} writes it.
     */
    SourceDocument parseEntry(Path container, String name, byte[] content, String id) throws IngestException {
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        return parse(ArticlePaths.entry(ArticlePaths.of(container), name), fileName, container,
                ArticlePaths.of(container), content, id);
    }

    /**
     * @param located where the content was found: the file, or the container of an entry; its folder is
     *                the article's source when the metadata names no site
     */
    private SourceDocument parse(String path, String fileName, Path located, String container, byte[] content,
                                 String id) throws IngestException {
        ParsedText parsed = pipeline.times().time(Stage.PARSE, () -> extractor.extract(content, fileName));
        String language = pipeline.identifyLanguage(parsed.text());
        Path parent = located.toAbsolutePath().getParent();
        String source = parsed.site() != null ? parsed.site()
                : parent == null || parent.getFileName() == null ? null : parent.getFileName().toString();
        return new SourceDocument(id, path, source, container,
                Titles.choose(parsed.title(), parsed.text(), fileName), parsed.author(), parsed.published(),
                parsed.contentType(), language, parsed.text());
    }
}
