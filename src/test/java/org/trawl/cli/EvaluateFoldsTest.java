package org.trawl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /** A gold document: "PERSON, the leader of GROUP, spoke in PLACE.", with its three names. */
    private static String document(String id, String person, String group, String place) {
        String text = person + ", the leader of " + group + ", spoke in " + place + ".";
        ArrayNode entities = SharedMapper.INSTANCE.createArrayNode();
        for (String[] e : new String[][] {{person, "PERSON"}, {group, "GROUP"}, {place, "PLACE"}}) {
            int start = text.indexOf(e[0]);
            entities.addObject().put("start", start).put("end", start + e[0].length()).put("type", e[1])
                    .put("text", e[0]);
        }
        ObjectNode d = SharedMapper.INSTANCE.createObjectNode().put("id", id).put("text", text);
        d.set("entities", entities);
        d.putArray("relations");
        return d.toString();
    }
}
