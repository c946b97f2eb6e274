package org.trawl.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.trawl.model.EntityType;

/**
 * A name-finder training file in OpenNLP format ({@code <START:person> Anjem Choudary <END>}), read with
 * its labels mapped to trawl's types (person → PERSON, organization → GROUP, location → PLACE) and split
 * into a training part and a fixed held-out part: every {@code holdoutEvery}-th sentence is held out.
 */
public final class NerCorpus {

    private NerCorpus() {
    }

    /** Training and held-out sentences of one corpus. */
    public record Split(List<NameSample> training, List<NameSample> heldOut) {
    }

    public static Split read(Path file, int holdoutEvery) throws IOException {
        List<NameSample> training = new ArrayList<>();
        List<NameSample> heldOut = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                NameSample sample = mapTypes(NameSample.parse(line, true));
                if (holdoutEvery > 0 && n % holdoutEvery == holdoutEvery - 1) {
                    heldOut.add(sample);
                } else {
                    training.add(sample);
                }
                n++;
            }
        }
        return new Split(training, heldOut);
    }

    static NameSample mapTypes(NameSample sample) {
        List<Span> names = new ArrayList<>();
        for (Span s : sample.getNames()) {
            Optional<EntityType> type = EntityType.parse(s.getType());
            type.ifPresent(t -> names.add(new Span(s.getStart(), s.getEnd(), t.name().toLowerCase())));
        }
        return new NameSample(sample.getSentence(), names.toArray(new Span[0]), true);
    }
}
