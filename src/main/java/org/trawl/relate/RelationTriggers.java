package org.trawl.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trawl.model.EntityType;
import org.trawl.model.RelationType;
import org.trawl.nlp.WordList;

/** The trigger lexicon, {@code relation-triggers.tsv} beside this class. Immutable once loaded. */
final class RelationTriggers {

    /** The triggers each pair of entity types allows, by the two types' ordinals. */
    private final List<List<RelationTrigger>> byTypes = new ArrayList<>();
    private final List<RelationTrigger> all;
    /** The indexes in {@link #all} of the triggers whose first word (last word) is the key, ascending. */
    private final Map<String, int[]> byFirstWord;
    private final Map<String, int[]> byLastWord;

    private RelationTriggers(List<RelationTrigger> triggers) {
        this.all = List.copyOf(triggers);
        this.byFirstWord = indexBy(all, true);
        this.byLastWord = indexBy(all, false);
        for (EntityType first : EntityType.values()) {
            for (EntityType second : EntityType.values()) {
                byTypes.add(triggers.stream().filter(t -> t.allows(first, second)).toList());
            }
        }
    }

    static RelationTriggers bundled() {
        return Holder.BUNDLED;
    }

    /** Every trigger, whatever the types it allows. */
    List<RelationTrigger> all() {
        return all;
    }

    /** The indexes in {@link #all} of the triggers whose first word is {@code word}, ascending. */
    int[] startingWith(String word) {
        return byFirstWord.getOrDefault(word, NONE);
    }

    /** The indexes in {@link #all} of the triggers whose last word is {@code word}, ascending. */
    int[] endingWith(String word) {
        return byLastWord.getOrDefault(word, NONE);
    }

    private static final int[] NONE = new int[0];

    private static Map<String, int[]> indexBy(List<RelationTrigger> triggers, boolean first) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < triggers.size(); i++) {
            List<String> w = triggers.get(i).words();
            lists.computeIfAbsent(first ? w.get(0) : w.get(w.size() - 1), k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(out);
    }

    /** The triggers allowed between a first-named entity of type {@code first} and a second of {@code second}. */
    List<RelationTrigger> allowing(EntityType first, EntityType second) {
        return byTypes.get(first.ordinal() * EntityType.values().length + second.ordinal());
    }

    private static final class Holder {
        static final RelationTriggers BUNDLED = read("relation-triggers.tsv");
    }

    static RelationTriggers read(String resource) {
        WordList list = WordList.bundled(RelationTriggers.class, resource);
        List<RelationTrigger> out = new ArrayList<>();
        for (WordList.Line line : list.lines()) {
            String[] f = list.fields(line, 6);
            RelationType type = RelationType.parse(f[0])
                    .orElseThrow(() -> new IllegalStateException("unknown relation type " + f[0]));
            out.add(new RelationTrigger(type, f[1].equals("ab"), types(f[2]), types(f[3]),
                    RelationTrigger.Match.valueOf(f[4].toUpperCase(Locale.ROOT)), List.of(f[5].split(" "))));
        }
        return new RelationTriggers(out);
    }

    private static Set<EntityType> types(String letters) {
        return RelationSchema.types(letters);
    }
}
