package org.trawl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.json.mapper.SharedMapper;

/**
 * {@code evaluate --folds K} never trains on a document it scores: a {@code --train} file that holds the
 * scored documents (as the annotated corpus does when it is itself evaluated) gives only its other
 * documents to training.
 */
class EvaluateFoldsTest {

    @TempDir
    Path tmp;

    @Test
    void theDocumentsScoredAreDroppedFromTheTrainingFiles() throws Exception {
        List<String> lines = new ArrayList<>();
        String[][] people = {{"Ismail Haniyeh", "Hamas", "Gaza"}, {"Hassan Nasrallah", "Hezbollah", "Beirut"},
            {"Abu Bakr al-Baghdadi", "Islamic State", "Raqqa"}, {"Mullah Omar", "Taliban", "Kandahar"},
            {"Ayman al-Zawahiri", "al-Qaeda", "Karachi"}, {"Joseph Kony", "Lord's Resistance Army", "Juba"}};
        for (int i = 0; i < people.length; i++) {
            lines.add(document("d" + i, people[i][0], people[i][1], people[i][2]));
        }
        Path gold = tmp.resolve("all.jsonl");
        Files.write(gold, lines);
        Path more = tmp.resolve("more.jsonl");
        Files.write(more, lines.subList(0, 2));
        Path scored = tmp.resolve("scored.jsonl");
        Files.write(scored, lines.subList(2, lines.size()));

        Cli both = Cli.run("evaluate", "--gold", scored.toString(), "--folds", "2", "--names", "--json",
                "--train", gold.toString());
        assertEquals(0, both.status(), both.err());
        JsonNode o = SharedMapper.INSTANCE.readTree(both.out());
        assertEquals(lines.size() - 2, o.get("documents").asInt());
        assertEquals(2, o.get("training_documents").asInt(), "the scored documents are not trained on: " + o);
    }

    @Test
    void errorsListEachFoldsRelationMistakes() throws Exception {
        String[][] people = {{"Ismail Haniyeh", "Hamas", "Gaza"}, {"Hassan Nasrallah", "Hezbollah", "Beirut"},
            {"Abu Bakr al-Baghdadi", "Islamic State", "Raqqa"}, {"Mullah Omar", "Taliban", "Kandahar"},
            {"Ayman al-Zawahiri", "al-Qaeda", "Karachi"}, {"Joseph Kony", "Lord's Resistance Army", "Juba"}};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            // every other document says the leader fights the place: the same sentence, so no model is right on all
            lines.add(document("d" + i, people[i][0], people[i][1], people[i][2], i % 2 == 0 ? "FIGHTS" : null));
        }
        Path gold = tmp.resolve("fights.jsonl");
        Files.write(gold, lines);
        Path none = tmp.resolve("none.jsonl");
        Files.write(none, List.of());
        Cli json = Cli.run("evaluate", "--gold", gold.toString(), "--folds", "2", "--json", "--train", none.toString());
        assertEquals(0, json.status(), json.err());
        JsonNode micro = SharedMapper.INSTANCE.readTree(json.out()).path("relations").path("micro");
        Cli text = Cli.run("evaluate", "--gold", gold.toString(), "--folds", "2", "--errors", "50", "--train",
                none.toString());
        assertEquals(0, text.status(), text.err());
        long fp = text.out().lines().filter(l -> l.startsWith("REL-FP")).count();
        long fn = text.out().lines().filter(l -> l.startsWith("REL-FN")).count();
        assertEquals(micro.path("fp").asLong(), fp, text.out());
        assertEquals(micro.path("fn").asLong(), fn, text.out());
        assertTrue(fp + fn > 0, "the fixture has mistakes to list: " + text.out());
    }

    /** A gold document: "PERSON, the leader of GROUP, spoke in PLACE.", with its three names. */
    private static String document(String id, String person, String group, String place) {
        return document(id, person, group, place, null);
    }

    /** The same, with a gold relation of the given type from the person to the place (null for none). */
    private static String document(String id, String person, String group, String place, String relation) {
        String text = person + ", the leader of " + group + ", spoke in " + place + ".";
        ArrayNode entities = SharedMapper.INSTANCE.createArrayNode();
        for (String[] e : new String[][] {{person, "PERSON"}, {group, "GROUP"}, {place, "PLACE"}}) {
            int start = text.indexOf(e[0]);
            entities.addObject().put("start", start).put("end", start + e[0].length()).put("type", e[1])
                    .put("text", e[0]);
        }
        ObjectNode d = SharedMapper.INSTANCE.createObjectNode().put("id", id).put("text", text);
        d.set("entities", entities);
        ArrayNode relations = d.putArray("relations");
        if (relation != null) {
            int p = text.indexOf(person);
            int l = text.indexOf(place);
            ObjectNode r = relations.addObject().put("type", relation);
            r.putObject("source").put("start", p).put("end", p + person.length()).put("text", person);
            r.putObject("target").put("start", l).put("end", l + place.length()).put("text", place);
        }
        return d.toString();
    }
}
