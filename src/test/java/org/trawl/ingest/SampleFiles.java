package org.trawl.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Writes articles in the formats users feed trawl (HTML, PDF, DOCX), for tests. */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static Path html(Path file, String title, String text) throws IOException {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title>")
                .append("<meta property=\"article:published_time\" content=\"2017-06-10T08:00:00Z\">")
                .append("<meta property=\"og:site_name\" content=\"Example News\">")
                .append("</head><body><nav>Home | World</nav><article>");
        for (String para : text.split("\n\\s*\n")) {
            b.append("<p>").append(escape(para.strip())).append("</p>\n");
        }
        b.append("</article></body></html>");
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        return file;
    }

    public static Path pdf(Path file, String title, String text, String password) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(title);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = wrap(text, 90);
            int perPage = 45;
            for (int from = 0; from < lines.size(); from += perPage) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.setLeading(14);
                    cs.newLineAtOffset(50, 740);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                        cs.showText(winAnsi(line));
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    public static Path docx(Path file, String title, String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.getProperties().getCoreProperties().setTitle(title);
            for (String para : text.split("\n\\s*\n")) {
                doc.createParagraph().createRun().setText(para.strip().replaceAll("\\s+", " "));
            }
            doc.write(out);
        }
        return file;
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n\\s*\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : para.strip().split("\\s+")) {
                if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.isEmpty() ? "" : " ").append(word);
            }
            lines.add(line.toString());
            lines.add("");
        }
        return lines;
    }

    /** The text with characters Helvetica's WinAnsi encoding lacks replaced. */
    static String winAnsi(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c < 256 || "‘’“”–—…•€".indexOf(c) >= 0 ? c : '?');
        }
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
