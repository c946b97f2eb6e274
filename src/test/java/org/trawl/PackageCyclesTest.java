package org.trawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No dependency cycle between trawl's packages: a package may use the packages below it, never one that
 * uses it back, so each can be read, tested and replaced from the bottom up. Read from the imports (and
 * qualified names) of every main source file.
 */
class PackageCyclesTest {

    private static final Path MAIN = Path.of("src", "main", "java");

    @Test
    void mainSourcesHaveNoPackageCycle() {
        assertTrue(Files.isDirectory(MAIN.resolve("org/trawl")), "the tests run from the project folder");
        PackageGraph graph = PackageGraph.ofSources("org.trawl", MAIN);
        assertTrue(graph.dependencies().size() >= 15, "read the packages: " + graph.dependencies().keySet());
        assertTrue(graph.dependencies().get("org.trawl.cli").contains("org.trawl.index"), "read the imports");
        List<String> cycles = graph.cycles().stream().map(graph::describe).toList();
        assertEquals(List.of(), cycles, "package dependency cycles");
    }

    @Test
    void findsEveryCycleOfAMadeUpGraphAndNamesItsFiles() {
        PackageGraph g = new PackageGraph("x");
        g.addEdge("x.a", "x.b", "a/A.java");
        g.addEdge("x.b", "x.c", "b/B.java");
        g.addEdge("x.c", "x.a", "c/C.java");
        g.addEdge("x.c", "x.d", "c/C.java");
        g.addEdge("x.d", "x.e", "d/D.java");
        g.addEdge("x.e", "x.d", "e/E.java");
        g.addEdge("x.f", "x.a", "f/F.java");
        assertEquals(List.of(List.of("x.d", "x.e", "x.d"), List.of("x.a", "x.b", "x.c", "x.a")), g.cycles());
        assertEquals("x.d -> x.e -> x.d (x.d -> x.e in d/D.java; x.e -> x.d in e/E.java)", g.describe(g.cycles().get(0)));
    }

    @Test
    void aLayeredGraphHasNoCycle() {
        PackageGraph g = new PackageGraph("x");
        g.addEdge("x.cli", "x.index", "Cli.java");
        g.addEdge("x.cli", "x.model", "Cli.java");
        g.addEdge("x.index", "x.model", "Index.java");
        assertEquals(List.of(), g.cycles());
    }

    @Test
    void theCycleThisTestWasWrittenForIsFoundInSources() {
        // the cycle issue 16 removed: nlp.namefind used resolve's NameKey, resolve's PlaceLocator the Gazetteer
        PackageGraph g = new PackageGraph("org.trawl");
        g.addSource("nlp/namefind/Gazetteer.java", """
                package org.trawl.nlp.namefind;

                import org.trawl.model.Sentence;
                import org.trawl.resolve.NameKey;

                public final class Gazetteer {
                }
                """);
        g.addSource("resolve/PlaceLocator.java", """
                package org.trawl.resolve;

                public final class PlaceLocator {
                    private final org.trawl.nlp.namefind.Gazetteer gazetteer = null;
                }
                """);
        assertEquals(List.of(List.of("org.trawl.nlp.namefind", "org.trawl.resolve", "org.trawl.nlp.namefind")),
                g.cycles());
    }

    @Test
    void readsImportsOfEveryKindAndQualifiedNamesButNotCommentsOrStrings() {
        PackageGraph g = new PackageGraph("org.trawl");
        g.addSource("a/A.java", """
                package org.trawl.a;

                import static org.trawl.b.B.CONSTANT;
                import org.trawl.c.*;
                import org.trawl.d.D.Inner;
                // import org.trawl.comment.Line;
                /* org.trawl.comment.Block */

                /** See {@link org.trawl.comment.Javadoc}. */
                final class A {
                    String s = "org.trawl.string.Literal";
                    String t = \"""
                            org.trawl.string.TextBlock
                            \""";
                    char quote = '"';
                    org.trawl.e.E e = new org.trawl.f.sub.F();
                    org.trawl.a.Self self;
                }
                """);
        assertEquals(Map.of("org.trawl.a", Set.of("org.trawl.b", "org.trawl.c", "org.trawl.d", "org.trawl.e",
                        "org.trawl.f.sub"), "org.trawl.b", Set.of(), "org.trawl.c", Set.of(), "org.trawl.d", Set.of(),
                "org.trawl.e", Set.of(), "org.trawl.f.sub", Set.of()), g.dependencies());
    }
}
