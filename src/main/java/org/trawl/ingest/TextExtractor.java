package org.trawl.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts text and metadata from a file's bytes with Apache Tika, whatever the format. Each parse runs
 * with a time limit and a text-size limit; failures come back as {@link IngestException}s with a reason
 * a user can read. Plain text is decoded as UTF-8 unchanged, so offsets into it are offsets into the
 * file's characters. Thread-safe.
 */
public final class TextExtractor implements AutoCloseable {

    private static final List<String> DATE_KEYS = List.of(
            "article:published_time", "og:article:published_time", "article:published", "datePublished",
            "DC.date.issued", "dc.date.issued", "pubdate", "publishdate", "publication_date", "date",
            "dc:date", "DC.date", TikaCoreProperties.CREATED.getName());

    /** Characters of text out before the compression ratio is checked (see {@link #limits}). */
    static final long BOMB_CHECK_CHARS = 1_000_000;

    private final AutoDetectParser parser;
    private final Detector detector;
    private final Duration timeout;
    private final int maxChars;
    private final ExecutorService parseThreads;

    public TextExtractor(Duration timeout, int maxChars) {
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.parser = new AutoDetectParser(tika);
        parser.setAutoDetectParserConfig(limits(maxChars));
        this.detector = tika.getDetector();
        this.timeout = timeout;
        this.maxChars = maxChars;
        this.parseThreads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "tika-parse");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Tika's guards, set here rather than left to its defaults: text more than 100 times the size of its
     * compressed source (a gzip file, say) is a compression bomb and stops the parse. The ratio is checked
     * once {@link #BOMB_CHECK_CHARS} characters are out (or a tenth of the text cap, if lower): it must trip
     * well before the cap on the text, or a bomb would only ever be cut at the cap and read as an article.
     * XML nested 100 deep and packages inside packages 3 deep are as far as a parse goes. (Zip archives
     * and mailboxes are taken apart before Tika by {@link ContainerUnpacker}, with the same ratio.)
     */
    private static AutoDetectParserConfig limits(int maxChars) {
        AutoDetectParserConfig limits = new AutoDetectParserConfig();
        limits.setMaximumCompressionRatio(ContainerUnpacker.MAX_RATIO);
        limits.setOutputThreshold(Math.min(BOMB_CHECK_CHARS, Math.max(1, maxChars / 10)));
        limits.setMaximumDepth(100);
        limits.setMaximumPackageEntryDepth(ContainerUnpacker.MAX_DEPTH);
        return limits;
    }

    /** Extracts the text of a file's content; {@code fileName} helps detection. */
    public ParsedText extract(byte[] content, String fileName) throws IngestException {
        return extract(content, fileName, content.length == 0 ? MediaType.OCTET_STREAM : detect(content, fileName));
    }

    /** Extracts the text of a file's content, whose type {@link #detect} has given already. */
    ParsedText extract(byte[] content, String fileName, MediaType type) throws IngestException {
        if (content.length == 0) {
            throw new IngestException(IngestException.Stage.PARSE, "empty file");
        }
        if (isTextual(type) && utf16Bom(content) == null && looksBinary(content)) {
            // random bytes named .html, or a mailbox message of garbage: not an article
            throw new IngestException(IngestException.Stage.PARSE,
                    "binary data, not text (named like a " + type.getSubtype() + " file)");
        }
        if (isPlainText(type)) {
            ParsedText plain = plainText(content, type);
            if (plain != null) {
                return plain;
            }
        }
        Future<ParsedText> future = parseThreads.submit(() -> parse(content, fileName, type));
        try {
            return future.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IngestException(IngestException.Stage.PARSE,
                    "parser timed out after " + timeout.toSeconds() + " s (" + type + ")");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IngestException(IngestException.Stage.PARSE, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IngestException ie) {
                throw ie;
            }
            throw new IngestException(IngestException.Stage.PARSE, describe(cause, type), cause);
        }
    }

    MediaType detect(byte[] content, String fileName) {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = TikaInputStream.get(content)) {
            return detector.detect(in, md);
        } catch (IOException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    private ParsedText parse(byte[] content, String fileName, MediaType type) throws IngestException {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        md.set(Metadata.CONTENT_TYPE, type.toString());
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        boolean truncated = false;
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(content))) {
            parser.parse(in, handler, md, new ParseContext());
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = true;
            } else {
                throw failure(e, content, type);
            }
        } catch (TikaException | IOException | RuntimeException e) {
            throw failure(e, content, type);
        }
        String text = handler.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark is not part of the text
        }
        if (text.isBlank()) {
            String damage = damage(content, type);
            throw damage != null ? new IngestException(IngestException.Stage.PARSE, damage + "; no text could be read from it")
                    : noText(type);
        }
        String detected = md.get(Metadata.CONTENT_TYPE);
        return new ParsedText(text, clean(md.get(TikaCoreProperties.TITLE)), clean(md.get(TikaCoreProperties.CREATOR)),
                date(md), detected == null ? type.toString() : MediaType.parse(detected).getBaseType().toString(),
                site(md), truncated);
    }

    /**
     * Plain text read as UTF-8 without Tika's parser (which would guess the charset, sniff for CSV, and
     * be thrown away anyway, since trawl keeps the file's own characters so offsets match it). Null when
     * the content is not valid UTF-8: Tika then finds the charset.
     */
    private ParsedText plainText(byte[] content, MediaType type) throws IngestException {
        java.nio.charset.Charset utf16 = utf16Bom(content);
        String utf8 = utf16 != null ? strict(content, 2, utf16)
                : hasUtf8Bom(content) ? strict(content, 3, StandardCharsets.UTF_8) : strictUtf8(content);
        if (utf8 == null) {
            return null;
        }
        if (utf8.isBlank()) {
            throw noText(type);
        }
        boolean truncated = utf8.length() > maxChars;
        return new ParsedText(truncated ? utf8.substring(0, maxChars) : utf8, null, null, null,
                type.getBaseType().toString(), null, truncated);
    }

    private static IngestException noText(MediaType type) {
        return new IngestException(IngestException.Stage.PARSE, type.equals(MediaType.OCTET_STREAM)
                ? "unsupported or unrecognised format"
                : "no text found in " + type + (type.getType().equals("image") || "application/pdf"
                        .equals(type.toString()) ? " (a scan? OCR needs tesseract installed)" : ""));
    }

    /** Why a parse failed, in words: a damaged file said to be damaged, whatever the parser made of it. */
    private static IngestException failure(Throwable e, byte[] content, MediaType type) {
        String reason = describe(e, type);
        String damage = damage(content, type);
        if (damage != null && reason.startsWith(CORRUPT)) {
            reason = damage + ": " + rootMessage(e);
        }
        return new IngestException(IngestException.Stage.PARSE, reason, e);
    }

    /**
     * What is wrong with the file itself, when its bytes show it, else null: a PDF that does not end with
     * the {@code %%EOF} marker (in its last 1,024 bytes, where every complete PDF has it) was cut short, by
     * a download or a copy that stopped, and whatever text it lacks was lost with its end, not left out of
     * a scan.
     */
    static String damage(byte[] content, MediaType type) {
        if (!"application/pdf".equals(type.getBaseType().toString())) {
            return null;
        }
        int from = Math.max(0, content.length - 1024);
        String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF") ? null : "damaged or truncated PDF (it stops before the %%EOF marker that ends a complete PDF)";
    }

    static boolean isPlainText(MediaType type) {
        return type.getBaseType().equals(MediaType.TEXT_PLAIN);
    }

    /** The content as UTF-8, or null when it is not valid UTF-8. */
    static String strictUtf8(byte[] content) {
        return strict(content, 0, StandardCharsets.UTF_8);
    }

    /** The content after its first {@code skip} bytes (a byte-order mark) in {@code charset}, or null when invalid. */
    static String strict(byte[] content, int skip, java.nio.charset.Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, skip, content.length - skip)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static boolean hasUtf8Bom(byte[] c) {
        return c.length >= 3 && (c[0] & 0xff) == 0xEF && (c[1] & 0xff) == 0xBB && (c[2] & 0xff) == 0xBF;
    }

    /** UTF-16LE or UTF-16BE when the content starts with that byte-order mark, else null. */
    static java.nio.charset.Charset utf16Bom(byte[] c) {
        if (c.length >= 2 && (c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (c.length >= 2 && (c[0] & 0xff) == 0xFE && (c[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Types whose content is text: checked for binary data before parsing. */
    static boolean isTextual(MediaType type) {
        String base = type.getBaseType().toString();
        return type.getType().equals("text") || base.equals("message/rfc822") || base.equals("application/xhtml+xml");
    }

    /** True when the start of the content holds NUL bytes or mostly control characters. */
    static boolean looksBinary(byte[] content) {
        int n = Math.min(content.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    private static final String CORRUPT = "corrupt or unreadable ";

    static String describe(Throwable e, MediaType type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return "encrypted or password-protected " + type.getSubtype();
            }
            if (t instanceof ZeroByteFileException) {
                return "empty file";
            }
            if (t instanceof OutOfMemoryError) {
                return "too large to parse in memory";
            }
        }
        String msg = e.getMessage();
        if (e instanceof TikaException && msg != null && msg.startsWith("Unexpected RuntimeException")) {
            msg = e.getCause() == null ? msg : e.getCause().toString();
        }
        String root = rootMessage(e);
        if (root != null && root.startsWith("Suspected zip bomb")) { // Tika's compression-ratio and nesting guards
            return "suspected compression bomb (more than " + ContainerUnpacker.MAX_RATIO
                    + " times its compressed size as text, or nested too deep); not read: " + root;
        }
        return CORRUPT + type + ": " + (root != null ? root : msg != null ? msg : e.toString());
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (m == null) {
            return t.getClass().getSimpleName();
        }
        m = m.lines().findFirst().orElse(m).strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    static LocalDate date(Metadata md) {
        for (String key : DATE_KEYS) {
            String v = md.get(key);
            LocalDate d = parseDate(v);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    static LocalDate parseDate(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = v.strip();
        LocalDate d = null;
        try {
            d = OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e1) {
            try {
                d = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
            } catch (DateTimeParseException e2) {
                try {
                    d = LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s);
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
        int year = d.getYear();
        return year < 1800 || year > LocalDate.now().getYear() + 1 ? null : d;
    }

    static String site(Metadata md) {
        String name = clean(md.get("og:site_name"));
        if (name != null) {
            return name;
        }
        for (String key : List.of("og:url", "twitter:url", "canonical", "dc:identifier")) {
            String url = md.get(key);
            if (url != null && url.startsWith("http")) {
                try {
                    String host = URI.create(url.strip()).getHost();
                    if (host != null) {
                        return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                    }
                } catch (IllegalArgumentException e) {
                    // not a URL after all; try the next key
                }
            }
        }
        return null;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace("\uFEFF", "").strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }

    @Override
    public void close() {
        parseThreads.shutdownNow();
    }
}
