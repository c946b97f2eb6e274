package org.trawl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.search.LuceneStore;
import org.trawl.store.StoreReader;
import org.trawl.store.SearchRequest;

/**
 * trawl under a C/POSIX locale, where Java reads file names as ASCII: a folder holding {@code café.txt}
 * (its name in UTF-8 bytes), {@code plain.txt} and a zip with an entry {@code entrée.txt}, ingested by a
 * {@code trawl} process started with {@code LANG=C LC_ALL=C}. Run directly, the JVM cannot name café.txt:
 * it is skipped with a one-line reason and the other files are read (an entry's name is text, never a
 * file name). Run through the {@code ./trawl} launcher, which switches to a UTF-8 locale,
 * both are read.
 */
class LocaleTest {

    /** {@code café.txt} as the shell writes it: octal escapes of its UTF-8 bytes, so no JVM has to encode it. */
    private static final String CAFE_IN_OCTAL = "caf\\303\\251.txt";

    @TempDir
    Path tmp;
    Path articles;

    @BeforeEach
    void folderWithANonAsciiName() throws Exception {
        articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("plain.txt"), "Anjem Choudary spoke in Luton about the mosque.\n");
        Process p = new ProcessBuilder("sh", "-c", "printf 'Anjem Choudary spoke in London about the caf\\303\\251.\\n' > \"$(printf '"
                + CAFE_IN_OCTAL + "')\"").directory(articles.toFile()).start();
        assertEquals(0, p.waitFor(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        try (var names = Files.list(articles)) {
            assertEquals(2, names.count(), "café.txt and plain.txt");
        }
        // a zip (its own name ASCII) with an entry whose name is not: entry names are text, never file names
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(articles.resolve("bundle.zip")))) {
            zip.putNextEntry(new ZipEntry("entrée.txt"));
            zip.write("Khalid Zerkani recruited fighters in Brussels.\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    @Test
    void theJvmInACLocaleSkipsTheNameItCannotReadWithAReason() throws Exception {
        Path index = tmp.resolve("index");
        String java = ProcessHandle.current().info().command().orElse("java");
        Run run = run(List.of(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", articles.toString(), "--index", index.toString(), "--quiet"), Map.of());
        assertEquals(0, run.status(), run.output());
        assertFalse(run.output().contains("Exception"), run.output());
        assertTrue(run.output().contains("not valid in this system's file-name encoding"), run.output());
        assertEquals(List.of("entrée.txt", "plain.txt"), fileNames(index));
    }

    @Test
    void theLauncherReadsEveryNameInACLocale() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("trawl-home"));
        Files.copy(Path.of("trawl"), home.resolve("trawl"));
        Files.createDirectories(home.resolve("target"));
        jarOfThisClassPath(home.resolve("target").resolve("trawl.jar"));
        Path index = tmp.resolve("index");
        Run run = run(List.of("bash", home.resolve("trawl").toString(), "ingest", articles.toString(), "--index",
                index.toString(), "--quiet"), Map.of("JAVA_HOME", System.getProperty("java.home")));
        assertEquals(0, run.status(), run.output());
        assertFalse(run.output().contains("skipped"), run.output());
        assertEquals(List.of("café.txt", "entrée.txt", "plain.txt"), fileNames(index));
    }

    private record Run(int status, String output) {
    }

    /** Runs a command with {@code LANG=C LC_ALL=C} and no other locale setting, and waits for it. */
    private Run run(List<String> command, Map<String, String> more) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(new File("."));
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.environment().putAll(more);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), output);
    }

    /** The names of the files the index holds, sorted. */
    private static List<String> fileNames(Path index) throws IOException {
        try (StoreReader store = LuceneStore.openForReading(index)) {
            List<String> names = new ArrayList<>();
            store.search(SearchRequest.of("", 10)).hits().forEach(h -> h.document().paths()
                    .forEach(p -> names.add(p.substring(p.lastIndexOf('/') + 1))));
            names.sort(String::compareTo);
            return names;
        }
    }

    /** A jar that holds nothing but a manifest running trawl's main class on this test's class path. */
    private static void jarOfThisClassPath(Path jar) throws IOException {
        StringBuilder classPath = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.append(Path.of(entry).toUri()).append(' ');
        }
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString().strip());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
    }
}
