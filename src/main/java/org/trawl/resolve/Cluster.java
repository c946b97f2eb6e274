package org.trawl.resolve;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.trawl.model.EntityType;
import org.trawl.model.Mention;
import org.trawl.names.KnownEntity;
import org.trawl.names.NameKey;

/**
 * The mentions of one entity within one article, while {@link DocumentResolver} links them: its type (a
 * listed entity's type, whatever type its mentions were given), its reference-list entry if any, and the
 * name forms seen with their counts.
 */
final class Cluster {
    EntityType type;
    final KnownEntity reference;
    final Map<String, Integer> forms = new LinkedHashMap<>();
    final Set<String> parts = new HashSet<>();
    int mentions;

    Cluster(EntityType type, KnownEntity reference) {
        this.type = reference != null ? reference.type() : type;
        this.reference = reference;
    }

    void add(Mention m, String key) {
        forms.merge(m.text().strip().replaceAll("\\s+", " "), 1, Integer::sum);
        parts.addAll(DocumentResolver.nameTokens(key));
        mentions++;
    }

    boolean hasPart(String key) {
        return forms.keySet().stream().anyMatch(f -> DocumentResolver.nameTokens(NameKey.of(f)).size() > 1)
                && parts.contains(key);
    }

    /**
     * True when a fuller name of this cluster holds the words of {@code key} in a row ("cathy scott clark"
     * holds "scott clark", the key of a double-barrelled surname written alone).
     */
    boolean hasRun(String key) {
        String run = " " + key + " ";
        return forms.keySet().stream().map(NameKey::of)
                .anyMatch(f -> !f.equals(key) && (" " + f + " ").contains(run));
    }

    /** The fullest name: most words, then most frequent, then first seen. */
    String canonical() {
        if (reference != null) {
            // reference lists write surnames in capitals: prefer the same name as the text spells it
            String key = NameKey.of(reference.canonical());
            for (String form : forms.keySet()) {
                if (NameKey.of(form).equals(key)) {
                    return form;
                }
            }
            return reference.canonical();
        }
        String best = null;
        int bestWords = -1;
        int bestCount = -1;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            int words = e.getKey().split(" ").length;
            if (words > bestWords || (words == bestWords && e.getValue() > bestCount)) {
                best = e.getKey();
                bestWords = words;
                bestCount = e.getValue();
            }
        }
        return best;
    }

    String id() {
        if (reference != null) {
            return EntityIds.ofReference(reference.reference());
        }
        return EntityIds.of(type, NameKey.of(canonical()));
    }
}
