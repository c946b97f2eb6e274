package org.trawl.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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

    /** Parses content read from {@code file} into an article with the given id. */
    public SourceDocument parse(Path file, byte[] content, String id) throws IngestException {
        ParsedText parsed = pipeline.times().time(Stage.PARSE,
                () -> extractor.extract(content, file.getFileName().toString()));
        String language = pipeline.identifyLanguage(parsed.text());
        Path parent = file.toAbsolutePath().getParent();
        String source = parsed.site() != null ? parsed.site()
                : parent == null || parent.getFileName() == null ? null : parent.getFileName().toString();
        return new SourceDocument(id, file.toString(), source, null,
                Titles.choose(parsed.title(), parsed.text(), file), parsed.author(), parsed.published(),
                parsed.contentType(), language, parsed.text());
    }
}
