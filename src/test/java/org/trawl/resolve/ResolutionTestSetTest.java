package org.trawl.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trawl.model.EntityMention;
import org.trawl.model.EntityType;
import org.trawl.model.Mention;
import org.trawl.nlp.ModelFiles;
import org.trawl.nlp.namefind.Gazetteer;

/**
 * trawl's own resolution test set ({@code resolution/pairs.tsv}): pairs of names that must, and must not,
 * resolve to one entity, within an article and across articles, resolved with the shipped gazetteers.
 * Reports pairwise precision and recall and pins floors under them.
 */
class ResolutionTestSetTest {

    record Pair(boolean same, EntityType type, String text1, String name1, String text2, String name2) {
    }

    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.load(ModelFiles.bundled());
    }

    @Test
    void pairwisePrecisionAndRecall() throws IOException {
        List<Pair> pairs = read();
        Map<String, Map<String, List<String>>> namesByText = new LinkedHashMap<>();
        for (Pair p : pairs) {
            names(namesByText, p.text1(), p.type()).add(p.name1());
            names(namesByText, p.text2().equals("=") ? p.text1() : p.text2(), p.type()).add(p.name2());
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> wrong = new ArrayList<>();
        DocumentResolver resolver = new DocumentResolver(gazetteer);
        for (Pair p : pairs) {
            String text2 = p.text2().equals("=") ? p.text1() : p.text2();
            String id1 = idOf(resolver, p.text1(), namesByText.get(p.text1()), p.name1(), p.type());
            String id2 = idOf(resolver, text2, namesByText.get(text2), p.name2(), p.type());
            boolean merged = id1.equals(id2);
            if (merged && p.same()) {
                tp++;
            } else if (merged) {
                fp++;
                wrong.add("merged but different: " + p.name1() + " / " + p.name2());
            } else if (p.same()) {
                fn++;
                wrong.add("apart but the same: " + p.name1() + " / " + p.name2());
            }
        }
        double precision = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        System.out.printf("resolution test set: %d pairs, pairwise precision %.3f recall %.3f%n", pairs.size(),
                precision, recall);
        wrong.forEach(w -> System.out.println("  " + w));
        assertTrue(precision >= 1.0, "pairwise precision " + precision + ": " + wrong);
        assertTrue(recall >= 0.9, "pairwise recall " + recall + ": " + wrong);
    }

    private static List<String> names(Map<String, Map<String, List<String>>> byText, String text, EntityType type) {
        return byText.computeIfAbsent(text, t -> new LinkedHashMap<>()).computeIfAbsent(type.name(), t -> new ArrayList<>());
    }

    /** Resolves every listed name of the article and returns the entity of {@code name}. */
    private static String idOf(DocumentResolver resolver, String text, Map<String, List<String>> namesByType,
                               String name, EntityType type) {
        List<Mention> mentions = place(text, namesByType);
        List<EntityMention> linked = resolver.resolve(text, mentions);
        for (EntityMention m : linked) {
            if (m.text().equals(name) && m.type() == type) {
                return m.entityId();
            }
        }
        throw new AssertionError(name + " not placed in: " + text);
    }

    /** Mentions of the names, longest names placed first, each at a free whole-word occurrence. */
    private static List<Mention> place(String text, Map<String, List<String>> namesByType) {
        record Named(String name, EntityType type) {
        }
        Set<Named> all = new LinkedHashSet<>();
        namesByType.forEach((type, names) -> names.forEach(n -> all.add(new Named(n, EntityType.valueOf(type)))));
        List<Named> longestFirst = new ArrayList<>(all);
        longestFirst.sort(Comparator.comparingInt((Named n) -> n.name().length()).reversed());
        List<Mention> out = new ArrayList<>();
        for (Named n : longestFirst) {
            int at = -1;
            for (int from = 0; (at = text.indexOf(n.name(), from)) >= 0; from = at + 1) {
                int end = at + n.name().length();
                boolean word = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetter(text.charAt(end)));
                int s = at;
                if (word && out.stream().noneMatch(m -> m.start() < end && s < m.end())) {
                    break;
                }
            }
            if (at < 0) {
                throw new AssertionError(n.name() + " has no free occurrence in: " + text);
            }
            out.add(new Mention(at, at + n.name().length(), n.type(), n.name(), 0.9, "test"));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static List<Pair> read() throws IOException {
        List<Pair> out = new ArrayList<>();
        try (InputStream in = ResolutionTestSetTest.class.getResourceAsStream("/resolution/pairs.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("expect\t")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Pair(f[0].equals("same"), EntityType.valueOf(f[1]), f[2], f[3], f[4], f[5]));
            }
        }
        return out;
    }
}
