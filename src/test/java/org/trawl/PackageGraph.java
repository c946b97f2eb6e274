package org.trawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The dependencies between trawl's packages, read from the sources as text: a package depends on another
 * when one of its files imports a type of it (plain, static or on demand) or names one by its qualified
 * name in code. Comments and string literals are left out. {@link #cycles()} finds every dependency
 * cycle, each as a path of packages and the files that make its edges, so a test can name them.
 */
final class PackageGraph {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    /** A reference to a type of {@code prefix}: the packages' lower-case names, then a type's capital. */
    private static final String REFERENCE = "\\b(%s(?:\\.[a-z_][\\w]*)*)\\s*\\.\\s*(?:[A-Z]|\\*)";

    private final String prefix;
    /** Package to the packages it uses, each with the first file found that uses it. */
    private final Map<String, Map<String, String>> edges = new TreeMap<>();

    /** @param prefix the root package whose packages count, like {@code org.trawl} */
    PackageGraph(String prefix) {
        this.prefix = prefix;
    }

    /** The graph of every {@code .java} file under {@code sourceRoot}. */
    static PackageGraph ofSources(String prefix, Path sourceRoot) {
        PackageGraph g = new PackageGraph(prefix);
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                g.addSource(sourceRoot.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    /** Adds the dependencies of one source file, named {@code file} in reports. */
    void addSource(String file, String source) {
        String code = codeOnly(source);
        Matcher p = PACKAGE.matcher(code);
        if (!p.find()) {
            throw new IllegalArgumentException(file + " has no package declaration");
        }
        String from = p.group(1);
        node(from);
        Matcher ref = Pattern.compile(String.format(REFERENCE, Pattern.quote(prefix))).matcher(code);
        while (ref.find()) {
            String to = ref.group(1).replaceAll("\\s", "");
            if (!to.equals(from)) {
                addEdge(from, to, file);
            }
        }
    }

    /** Records that {@code from} uses {@code to}, because of {@code file}. */
    void addEdge(String from, String to, String file) {
        node(to);
        node(from).putIfAbsent(to, file);
    }

    private Map<String, String> node(String pkg) {
        return edges.computeIfAbsent(pkg, k -> new TreeMap<>());
    }

    /** Every package seen, and the packages each uses. */
    Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> out = new TreeMap<>();
        edges.forEach((k, v) -> out.put(k, new TreeSet<>(v.keySet())));
        return out;
    }

    /**
     * One cycle per group of packages that depend on each other (strongly connected component), as the
     * shortest path from the group's first package back to itself, like {@code [a, b, a]}.
     */
    List<List<String>> cycles() {
        List<List<String>> out = new ArrayList<>();
        for (Set<String> group : stronglyConnected()) {
            if (group.size() > 1) {
                out.add(shortestCycle(group.iterator().next(), group));
            }
        }
        return out;
    }

    /** A cycle as a readable line: the packages, and for each edge the file that makes it. */
    String describe(List<String> cycle) {
        StringBuilder b = new StringBuilder(String.join(" -> ", cycle));
        for (int i = 0; i + 1 < cycle.size(); i++) {
            b.append(i == 0 ? " (" : "; ").append(cycle.get(i)).append(" -> ").append(cycle.get(i + 1))
                    .append(" in ").append(edges.get(cycle.get(i)).get(cycle.get(i + 1)));
        }
        return b.append(')').toString();
    }

    /** Tarjan's algorithm, iterative; each component's packages sorted. */
    private List<Set<String>> stronglyConnected() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String start : edges.keySet()) {
            if (index.containsKey(start)) {
                continue;
            }
            Deque<Map.Entry<String, List<String>>> work = new ArrayDeque<>();
            visit(start, index, low, stack, onStack, counter, work);
            while (!work.isEmpty()) {
                Map.Entry<String, List<String>> top = work.peek();
                String v = top.getKey();
                if (!top.getValue().isEmpty()) {
                    String w = top.getValue().removeFirst();
                    if (!index.containsKey(w)) {
                        visit(w, index, low, stack, onStack, counter, work);
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = work.peek().getKey();
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    Set<String> group = new TreeSet<>();
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        group.add(w);
                    } while (!w.equals(v));
                    out.add(group);
                }
            }
        }
        return out;
    }

    private void visit(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
                       Set<String> onStack, int[] counter, Deque<Map.Entry<String, List<String>>> work) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        work.push(Map.entry(v, new ArrayList<>(edges.get(v).keySet())));
    }

    /** The shortest path from {@code start} back to it through the group (breadth first). */
    private List<String> shortestCycle(String start, Set<String> group) {
        Map<String, String> cameFrom = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String v = queue.poll();
            for (String w : edges.get(v).keySet()) {
                if (w.equals(start)) {
                    List<String> path = new ArrayList<>(List.of(start));
                    for (String at = v; !at.equals(start); at = cameFrom.get(at)) {
                        path.add(1, at);
                    }
                    path.add(start);
                    return path;
                }
                if (group.contains(w) && !cameFrom.containsKey(w)) {
                    cameFrom.put(w, v);
                    queue.add(w);
                }
            }
        }
        throw new IllegalStateException(start + " is in no cycle of " + group);
    }

    /**
     * The source without its comments and without the contents of its string, character and text-block
     * literals (each replaced by a space, so line structure and word breaks stay).
     */
    static String codeOnly(String source) {
        StringBuilder b = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                b.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                i = end < 0 ? n : end + 3;
                b.append(' ');
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                b.append(' ');
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }
}
