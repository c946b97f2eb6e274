package org.trawl.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.trawl.nlp.ModelFiles;

/**
 * Writes synthetic news articles for benchmarks: each has a cast of people, groups and places drawn from
 * the shipped reference lists (people's names recombined from the sanctions list's given names and
 * surnames, so there are many; some recur across articles, as in real coverage), a date, and 300 to 1,500
 * words of sentences about them (arrests, attacks, alliances, meetings, travel, leadership) mixed with
 * sentences that name no one. Plain text or HTML. The same seed writes the same articles.
 */
public final class ArticleGenerator {

    /** Formats the generator writes. */
    public enum Format { TXT, HTML }

    private static final String[] NAMED = {
        "{P}, a senior member of {G}, was arrested in {L} in {Y}.",
        "Police in {L} said {P} had travelled to {L2} to meet {P2} before the attack.",
        "{G} claimed responsibility for the attack in {L}, which killed {N} people and wounded dozens more.",
        "{P} is believed to lead {G}, according to officials in {L}.",
        "Analysts say {G} has formed an alliance with {G2} in recent months.",
        "Fighters from {G} clashed with {G2} near {L} on Tuesday, residents said.",
        "{P} met {P2} in {L} in {Y}, according to court documents seen by reporters.",
        "The group, founded by {P} in {Y}, is based in {L}.",
        "{G} now controls several villages around {L}, a monitoring group said.",
        "Prosecutors allege that {P} recruited young men in {L} for {G}.",
        "{P2}, an associate of {P}, was detained at the airport in {L2}.",
        "In a statement, {G} denied any link to the bombing in {L}.",
        "The leader of {G}, {P}, called on supporters to travel to {L}.",
        "{P} and {P2} were convicted in {Y} of financing {G}.",
        "Security officials in {L} said {G} had been weakened by the arrests.",
        "{P} fled to {L2} after the raid, investigators believe.",
    };

    private static final String[] FILLER = {
        "The authorities did not comment on the report.",
        "Residents described scenes of chaos as security forces sealed off the area.",
        "The investigation is continuing, and further arrests have not been ruled out.",
        "Experts warn that the threat remains high despite recent successes.",
        "The ministry said it would review its procedures in the light of the findings.",
        "Several witnesses said they had heard gunfire late into the night.",
        "Officials declined to say how many suspects remain at large.",
        "The court is expected to deliver its verdict next month.",
        "Human rights groups have called for an independent inquiry into the events.",
        "It was not immediately clear who had carried out the attack.",
    };

    /** The names the articles draw from, each list in a fixed random order (see {@link #shuffled}). */
    private record NamePools(List<String> givenNames, List<String> surnames, List<String> groups, List<String> places) {
    }

    private final NamePools names;

    private ArticleGenerator(NamePools names) {
        this.names = names;
    }

    /** A generator drawing its names from the gazetteers in {@code files}. */
    public static ArticleGenerator fromGazetteers(ModelFiles files) throws IOException {
        Set<String> given = new LinkedHashSet<>();
        Set<String> family = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        for (String[] row : files.tsvRows("gazetteers/sanctions.tsv")) {
            String name = titleCase(row[2]);
            if (!name.matches("[\\p{L} '\\-]+")) {
                continue;
            }
            String[] words = name.split(" ");
            if (row[1].equals("PERSON") && words.length >= 2) {
                addWord(given, words[0]);
                addWord(family, words[words.length - 1]);
            } else if (row[1].equals("GROUP") && words.length >= 2 && words.length <= 6) {
                groups.add(name);
            }
        }
        List<String> places = new ArrayList<>();
        for (String[] row : files.tsvRows("gazetteers/places.tsv.gz")) {
            if (row[7].equals("1") && Long.parseLong(row[4]) >= 100_000) {
                places.add(row[0]);
            }
        }
        return new ArticleGenerator(new NamePools(shuffled(given), shuffled(family), shuffled(groups), shuffled(places)));
    }

    private static void addWord(Set<String> words, String w) {
        if (w.length() >= 3 && Character.isUpperCase(w.charAt(0))) {
            words.add(w);
        }
    }

    /** The list in a fixed random order, so that the names that recur most are not the alphabet's first. */
    private static List<String> shuffled(Collection<String> names) {
        List<String> out = new ArrayList<>(names);
        Collections.shuffle(out, new Random(42));
        return List.copyOf(out);
    }

    /** Writes {@code count} articles into {@code dir}, every {@code htmlEvery}-th one as HTML (0: none). */
    public void write(Path dir, int count, long seed, int htmlEvery) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            Format format = htmlEvery > 0 && i % htmlEvery == htmlEvery - 1 ? Format.HTML : Format.TXT;
            Article a = article(random);
            String name = String.format(Locale.ROOT, "%07d.%s", i, format == Format.HTML ? "html" : "txt");
            Files.writeString(dir.resolve(name), format == Format.HTML ? a.html() : a.text(), StandardCharsets.UTF_8);
        }
    }

    /** One generated article, with the people, groups and places it names. */
    record Article(String title, LocalDate date, List<String> paragraphs, List<String> people, List<String> groups,
                   List<String> places) {

        String text() {
            return title + "\n\nPublished " + date + "\n\n" + String.join("\n\n", paragraphs) + "\n";
        }

        String html() {
            StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                    .append(escape(title)).append("</title><meta name=\"date\" content=\"").append(date)
                    .append("\"></head>\n<body><article><h1>").append(escape(title)).append("</h1>\n");
            for (String p : paragraphs) {
                b.append("<p>").append(escape(p)).append("</p>\n");
            }
            return b.append("</article></body></html>\n").toString();
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }

    /** The next article from {@code random}. */
    Article article(Random random) {
        List<String> people = new ArrayList<>();
        for (int k = 2 + random.nextInt(4); k > 0; k--) {
            people.add(skewed(names.givenNames(), random) + " " + skewed(names.surnames(), random));
        }
        List<String> cast = pick(names.groups(), 1 + random.nextInt(3), random);
        List<String> where = pick(names.places(), 2 + random.nextInt(3), random);
        int year = 2005 + random.nextInt(20);
        LocalDate date = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        int words = 300 + random.nextInt(1200);
        List<String> paragraphs = new ArrayList<>();
        int written = 0;
        while (written < words) {
            StringBuilder p = new StringBuilder();
            for (int s = 2 + random.nextInt(4); s > 0; s--) {
                String sentence = random.nextInt(3) == 0 ? FILLER[random.nextInt(FILLER.length)]
                        : fill(NAMED[random.nextInt(NAMED.length)], people, cast, where, year, random);
                p.append(p.isEmpty() ? "" : " ").append(sentence);
                written += sentence.split(" ").length;
            }
            paragraphs.add(p.toString());
        }
        String title = cast.get(0) + " linked to violence in " + where.get(0);
        return new Article(title, date, paragraphs, people, cast, where);
    }

    private static String fill(String template, List<String> people, List<String> groups, List<String> places,
                               int year, Random random) {
        int p = random.nextInt(people.size());
        int g = random.nextInt(groups.size());
        int l = random.nextInt(places.size());
        return template
                .replace("{P2}", people.get((p + 1) % people.size()))
                .replace("{P}", people.get(p))
                .replace("{G2}", groups.get((g + 1) % groups.size()))
                .replace("{G}", groups.get(g))
                .replace("{L2}", places.get((l + 1) % places.size()))
                .replace("{L}", places.get(l))
                .replace("{Y}", Integer.toString(year - random.nextInt(5)))
                .replace("{N}", Integer.toString(2 + random.nextInt(60)));
    }

    /** An element of the list, the first ones far more often (a few names recur in much of the coverage). */
    private static String skewed(List<String> list, Random random) {
        double u = random.nextDouble();
        return list.get((int) (list.size() * u * u * u));
    }

    private static List<String> pick(List<String> list, int n, Random random) {
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < Math.min(n, list.size())) {
            out.add(skewed(list, random));
        }
        return new ArrayList<>(out);
    }

    private static String titleCase(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }

}
