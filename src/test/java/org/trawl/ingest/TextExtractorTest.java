package org.trawl.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextExtractorTest {

    static final String ARTICLE = "Anjem Choudary led al-Muhajiroun in London.\n\n"
            + "Khalid Zerkani recruited fighters in Brussels for the Islamic State.";

    static TextExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        extractor = new TextExtractor(Duration.ofSeconds(30), 1_000_000);
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    private ParsedText extract(Path file) throws IOException, IngestException {
        return extractor.extract(Files.readAllBytes(file), file.getFileName().toString());
    }

    @Test
    void plainTextIsTheFileDecodedAsUtf8Unchanged() throws Exception {
        String text = "\uFEFF  Title line\r\n\r\nCafé “quoted” — Çavuşoğlu.\n";
        Path f = Files.writeString(dir.resolve("a.txt"), text, StandardCharsets.UTF_8);
        ParsedText p = extract(f);
        assertEquals(text.substring(1), p.text(), "the file's characters, without its byte-order mark");
        assertEquals("text/plain", p.contentType());
    }

    @Test
    void utf16WithAByteOrderMarkIsTextAndTheMarkIsDropped() throws Exception {
        for (java.nio.charset.Charset cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Path f = Files.writeString(dir.resolve("utf16-" + cs.name() + ".txt"), "\uFEFF" + ARTICLE, cs);
            ParsedText p = extract(f);
            assertEquals(ARTICLE, p.text(), cs.name());
        }
        Path html = Files.writeString(dir.resolve("utf16.html"), "\uFEFF<html><head><title>Zerkani</title></head><body><p>"
                + ARTICLE + "</p></body></html>", StandardCharsets.UTF_16LE);
        ParsedText h = extract(html);
        assertTrue(h.text().contains("Khalid Zerkani"), h.text());
        assertEquals("Zerkani", h.title());
        Path bomHtml = Files.writeString(dir.resolve("bom.html"), "\uFEFF<html><head><title>\uFEFFZerkani</title></head>"
                + "<body><p>" + ARTICLE + "</p></body></html>", StandardCharsets.UTF_8);
        ParsedText b = extract(bomHtml);
        assertTrue(!b.text().startsWith("\uFEFF") && b.text().strip().startsWith("Anjem"), b.text());
        assertEquals("Zerkani", b.title());
    }

    @Test
    void randomBytesNamedLikeTextOrMailAreRefusedAsBinary() throws Exception {
        byte[] noise = new byte[4096];
        new Random(18).nextBytes(noise);
        for (String name : new String[] {"noise.html", "noise.txt", "message-00001.eml"}) {
            IngestException e = assertThrows(IngestException.class, () -> extractor.extract(noise, name), name);
            assertTrue(e.reason().contains("binary data"), name + ": " + e.reason());
        }
    }

    @Test
    void invalidUtf8FallsBackToDetectedCharset() throws Exception {
        byte[] latin1 = "Caf\u00e9 in Brussels, said Zerkani's lawyer.".getBytes(StandardCharsets.ISO_8859_1);
        Path f = Files.write(dir.resolve("latin1.txt"), latin1);
        ParsedText p = extract(f);
        assertTrue(p.text().contains("Brussels"), p.text());
        assertTrue(p.text().contains("Café"), p.text());
    }

    @Test
    void htmlGivesBodyTextTitleDateAndSite() throws Exception {
        Path f = SampleFiles.html(dir.resolve("a.html"), "The network", ARTICLE);
        ParsedText p = extract(f);
        assertTrue(p.text().contains("Khalid Zerkani recruited"), p.text());
        assertEquals("The network", p.title());
        assertEquals(LocalDate.of(2017, 6, 10), p.published());
        assertEquals("Example News", p.site());
        assertEquals("text/html", p.contentType());
    }

    @Test
    void pdfAndDocxGiveTheirText() throws Exception {
        ParsedText pdf = extract(SampleFiles.pdf(dir.resolve("a.pdf"), "PDF article", ARTICLE, null));
        assertTrue(pdf.text().contains("Anjem Choudary led al-Muhajiroun"), pdf.text());
        assertEquals("PDF article", pdf.title());
        ParsedText docx = extract(SampleFiles.docx(dir.resolve("a.docx"), "DOCX article", ARTICLE));
        assertTrue(docx.text().contains("Khalid Zerkani recruited fighters"), docx.text());
        assertEquals("DOCX article", docx.title());
    }

    @Test
    void brokenInputsFailWithAReason() throws Exception {
        Path pdf = SampleFiles.pdf(dir.resolve("full.pdf"), "t", ARTICLE, null);
        byte[] bytes = Files.readAllBytes(pdf);
        Path truncated = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(bytes, bytes.length / 3));
        IngestException e1 = assertThrows(IngestException.class, () -> extract(truncated));
        assertEquals(IngestException.Stage.PARSE, e1.stage());

        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertEquals("empty file", assertThrows(IngestException.class, () -> extract(empty)).reason());

        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path random = Files.write(dir.resolve("random.pdf"), noise);
        assertTrue(assertThrows(IngestException.class, () -> extract(random)).reason().length() > 5);

        Path binaryTxt = Files.write(dir.resolve("binary.txt"), noise);
        assertTrue(assertThrows(IngestException.class, () -> extract(binaryTxt)).reason().contains("binary"));

        Path emptyDocx = Files.write(dir.resolve("empty.docx"), new byte[0]);
        assertThrows(IngestException.class, () -> extract(emptyDocx));
    }

    @Test
    void encryptedPdfSaysSo() throws Exception {
        Path f = SampleFiles.pdf(dir.resolve("secret.pdf"), "t", ARTICLE, "s3cret");
        IngestException e = assertThrows(IngestException.class, () -> extract(f));
        assertTrue(e.reason().contains("encrypted"), e.reason());
    }

    @Test
    void textIsCutAtTheLimit() throws Exception {
        try (TextExtractor small = new TextExtractor(Duration.ofSeconds(30), 100)) {
            Path f = Files.writeString(dir.resolve("long.txt"), "word ".repeat(100));
            ParsedText p = small.extract(Files.readAllBytes(f), "long.txt");
            assertEquals(100, p.text().length());
            assertTrue(p.truncated());
        }
    }

    @Test
    void parsesDatesInCommonForms() {
        assertEquals(LocalDate.of(2016, 3, 22), TextExtractor.parseDate("2016-03-22T07:58:00+01:00"));
        assertEquals(LocalDate.of(2016, 3, 22), TextExtractor.parseDate("2016-03-22"));
        assertEquals(LocalDate.of(2016, 3, 22), TextExtractor.parseDate("Tue, 22 Mar 2016 07:58:00 GMT"));
        assertEquals(null, TextExtractor.parseDate("yesterday"));
        assertEquals(null, TextExtractor.parseDate("0001-01-01"));
    }
}
