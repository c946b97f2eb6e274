package org.trawl.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.Fixtures;
import org.trawl.config.TrawlConfig;
import org.trawl.store.IndexChecks;
import org.trawl.search.LuceneStore;
import org.trawl.store.StoreReader;

/**
 * A failure says what actually went wrong, on files made here: a PDF cut short is damaged, not a scan
 * that needs OCR; a gzip file whose text is hundreds of times its size is a compression bomb, refused,
 * not an article cut at the text cap; an article that takes longer than {@code --timeout}, from parse to
 * relations, fails as timed out while the run goes on.
 */
class HonestReasonsTest {

    static TextExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        extractor = new TextExtractor(Duration.ofSeconds(60), TrawlConfig.DEFAULT_MAX_TEXT_CHARS);
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    private static String reason(byte[] content, String name) {
        return assertThrows(IngestException.class, () -> extractor.extract(content, name)).reason();
    }

    @Test
    void aTruncatedPdfIsDamagedNotAScan() throws Exception {
        byte[] text = Files.readAllBytes(SampleFiles.pdf(dir.resolve("text.pdf"), "t",
                "Anjem Choudary led al-Muhajiroun in London for many years. ".repeat(40), null));
        byte[] noTextLayer = pageWithoutText();
        String whole = reason(noTextLayer, "scan.pdf");
        assertFalse(whole.contains("truncated"), "a complete PDF without text is no damaged file: " + whole);
        // cut at 70 % or more, the text PDF's text is recovered by PDFBox (checked below): nothing to report
        for (byte[] pdf : new byte[][] {text, noTextLayer}) {
            for (double kept : pdf == text ? new double[] {0.1, 0.3, 0.5} : new double[] {0.3, 0.7, 0.95}) {
                String r = reason(Arrays.copyOf(pdf, (int) (pdf.length * kept)), "cut.pdf");
                assertTrue(r.contains("damaged or truncated PDF"), kept + ": " + r);
                assertFalse(r.toLowerCase(java.util.Locale.ROOT).contains("tesseract"), kept + ": " + r);
            }
        }
        assertTrue(extractor.extract(Arrays.copyOf(text, (int) (text.length * 0.95)), "cut.pdf").text().contains("Choudary"));
    }

    @Test
    void aGzipBombIsRefusedNotReadUpToTheCap() throws Exception {
        byte[] line = "Anjem Choudary spoke in London about the group and its aims.\n".getBytes(StandardCharsets.UTF_8);
        int copies = 2 * TrawlConfig.DEFAULT_MAX_TEXT_CHARS / line.length; // twice the text cap, ~300 times its gzip size
        byte[] bomb = gzip(line, copies);
        assertTrue((long) line.length * copies > 100L * bomb.length);
        String r = reason(bomb, "bomb.txt.gz");
        assertTrue(r.contains("compression bomb"), r);

        // an ordinary gzip-compressed article is read
        byte[] article = gzip(("Khalid Zerkani recruited fighters in Brussels; he was sentenced in 2015. The court "
                + "heard how he sent young men from Molenbeek to Syria. ").getBytes(StandardCharsets.UTF_8), 50);
        assertTrue(extractor.extract(article, "article.txt.gz").text().contains("Zerkani recruited"));
    }

    @Test
    void theTimeoutBoundsTheWholeArticleAndTheRunGoesOn() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        // ten million characters of plain news text: parsing is instant, names and relations take far longer
        // than a second on any machine (about 150 s on the 2-core test machine)
        String paragraph = "Anjem Choudary spoke in London about al-Muhajiroun. Khalid Zerkani recruited fighters in "
                + "Brussels for the Islamic State, and Abdelhamid Abaaoud travelled from Molenbeek to Raqqa. ";
        Files.writeString(articles.resolve("a-huge.txt"),
                paragraph.repeat(TrawlConfig.DEFAULT_MAX_TEXT_CHARS / paragraph.length()));
        Files.writeString(articles.resolve("b-small.txt"), "Anjem Choudary spoke in Luton about the group.\n");
        Path index = dir.resolve("index");
        IngestSummary s = Fixtures.ingest(TrawlConfig.defaults().withIndexDir(index).withThreads(1)
                .withParseTimeout(Duration.ofSeconds(1)), articles, false, ProgressListener.silent());

        assertEquals(1, s.failed(), s.toString());
        IngestSummary.Failure f = s.failures().get(0);
        assertTrue(f.path().endsWith("a-huge.txt"), f.toString());
        assertTrue(f.reason().contains("timed out") && f.reason().contains("1 s (--timeout)"), f.reason());
        assertEquals(1, s.added(), "the run goes on: " + s);
        try (StoreReader store = LuceneStore.openForReading(index)) {
            IndexChecks.assertConsistent(store);
            assertEquals(1, store.stats(0).documents());
            assertEquals(1, store.failures().size(), "the failure is recorded");
        }
    }

    private static byte[] gzip(byte[] line, int copies) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            for (int i = 0; i < copies; i++) {
                z.write(line);
            }
        }
        return out.toByteArray();
    }

    /** A complete one-page PDF with a drawing and no text layer, as a scan has. */
    private static byte[] pageWithoutText() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(50, 50, 300, 400);
                cs.fill();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
