package org.trawl.ingest;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scans: a picture of text, as an image file and as a PDF page without a text layer. With Debian's
 * {@code tesseract-ocr} on the PATH, Tika's Tesseract parser recovers the text; without it, each fails
 * with a reason that says OCR needs tesseract. Either way the test checks something.
 */
class OcrTest {

    private static final List<String> LINES = List.of("Anjem Choudary was arrested", "in London in September 2014.");
    private static TextExtractor extractor;

    @BeforeAll
    static void open() {
        extractor = new TextExtractor(Duration.ofSeconds(120), 1_000_000);
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    static boolean tesseractInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, "tesseract").canExecute()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void anImageOfTextIsReadWhenTesseractIsInstalled() throws Exception {
        check(png(), "scan.png");
    }

    @Test
    void aScannedPdfIsReadWhenTesseractIsInstalled() throws Exception {
        check(scannedPdf(), "scan.pdf");
    }

    private static void check(byte[] content, String name) throws Exception {
        if (tesseractInstalled()) {
            String text = extractor.extract(content, name).text();
            assertTrue(text.contains("Choudary") && text.contains("London"), "OCR text of " + name + ": " + text);
        } else {
            System.err.println("OcrTest: tesseract is not on the PATH; checking the failure message instead of OCR");
            IngestException e = assertThrows(IngestException.class, () -> extractor.extract(content, name));
            assertTrue(e.reason().toLowerCase(Locale.ROOT).contains("tesseract"), e.reason());
        }
    }

    private static BufferedImage page() {
        BufferedImage image = new BufferedImage(1400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 56));
        for (int i = 0; i < LINES.size(); i++) {
            g.drawString(LINES.get(i), 40, 100 + 90 * i);
        }
        g.dispose();
        return image;
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(page(), "png", out);
        return out.toByteArray();
    }

    private static byte[] scannedPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage pdfPage = new PDPage();
            doc.addPage(pdfPage);
            PDImageXObject image = LosslessFactory.createFromImage(doc, page());
            try (PDPageContentStream cs = new PDPageContentStream(doc, pdfPage)) {
                cs.drawImage(image, 20, 500, 560, 120);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
