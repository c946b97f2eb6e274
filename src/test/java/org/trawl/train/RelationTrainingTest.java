package org.trawl.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.Fixtures;
import org.trawl.eval.GoldDocument;
import org.trawl.eval.GoldReader;
import org.trawl.eval.Tally;
import org.trawl.nlp.ModelFiles;
import org.trawl.relate.CandidatePair;
import org.trawl.model.RelationType;
import org.trawl.relate.RelationModel;
import org.trawl.relate.RelationThresholds;

/**
 * Training the relation model on gold documents written for this test: reproducible, cross-validated by
 * document, and declined with a clear message when missing.
 */
class RelationTrainingTest {

    private static List<CrossValidation.Prepared> mini() throws IOException {
        Path gold = Path.of("src/test/resources/gold/relations-mini.jsonl");
        return CrossValidation.prepare(Fixtures.pipeline(), GoldReader.read(gold));
    }

    private static byte[] bytes(RelationModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    @Test
    void trainingIsDeterministic() throws IOException {
        RelationTrainer trainer = new RelationTrainer(RelationTrainer.Recipe.DEFAULT);
        byte[] first = bytes(trainer.train(CrossValidation.examples(mini()), RelationThresholds.of(0.3, 0.1)));
        byte[] second = bytes(trainer.train(CrossValidation.examples(mini()), RelationThresholds.of(0.3, 0.1)));
        assertTrue(first.length > 100, "a model was written");
        assertArrayEquals(first, second, "the same data must give the same model, byte for byte");
    }

    @Test
    void aTypeMayHaveAThresholdOfItsOwnAndTheModelLoadsItFromItsReport(@TempDir Path dir) throws IOException {
        RelationThresholds t = RelationThresholds.of(0.4, 0.97).with(RelationType.FIGHTS, 0.1);
        assertEquals(0.1, t.of(RelationType.FIGHTS));
        assertEquals(0.4, t.of(RelationType.LEADS), "a type without its own takes the common threshold");
        RelationModel trained = new RelationTrainer(RelationTrainer.Recipe.DEFAULT).train(CrossValidation.examples(mini()), t);
        Files.write(dir.resolve(RelationModel.FILE), bytes(trained));
        Files.writeString(dir.resolve(RelationModel.REPORT),
                "{\"threshold\": 0.4, \"rule_veto\": 0.97, \"thresholds_by_type\": {\"FIGHTS\": 0.1, \"MEMBER_OF\": 0.25}}");
        RelationThresholds loaded = RelationModel.load(new ModelFiles(dir)).thresholds();
        assertEquals(0.1, loaded.of(RelationType.FIGHTS));
        assertEquals(0.25, loaded.of(RelationType.MEMBER_OF));
        assertEquals(0.4, loaded.of(RelationType.LOCATED_IN));
        assertEquals(0.97, loaded.ruleVeto());
    }

    @Test
    void pairsAreLabelledFromTheGoldArgumentsWithTheCoarseType() throws IOException {
        Set<String> labels = new HashSet<>();
        for (CrossValidation.Prepared p : mini()) {
            for (CandidatePair pair : p.article().relations().pairs()) {
                labels.add(RelationTrainer.label(p.gold(), pair));
            }
        }
        assertTrue(labels.containsAll(Set.of("NONE", "LEADS", "MEMBER_OF", "FIGHTS", "LOCATED_IN", "ALLIED_WITH")),
                labels.toString());
    }

    @Test
    void foldsPartitionTheDocumentsTheSameWayWhateverTheOrder() throws IOException {
        List<CrossValidation.Prepared> docs = mini();
        List<List<CrossValidation.Prepared>> folds = CrossValidation.folds(docs, 3);
        Set<String> seen = new HashSet<>();
        for (List<CrossValidation.Prepared> f : folds) {
            assertEquals(2, f.size());
            for (CrossValidation.Prepared p : f) {
                assertTrue(seen.add(p.gold().id()), "a document in two folds: " + p.gold().id());
            }
        }
        assertEquals(docs.size(), seen.size());
        List<CrossValidation.Prepared> reversed = new ArrayList<>(docs);
        java.util.Collections.reverse(reversed);
        List<List<CrossValidation.Prepared>> again = CrossValidation.folds(reversed, 3);
        for (int i = 0; i < 3; i++) {
            assertEquals(folds.get(i).stream().map(p -> p.gold().id()).toList(),
                    again.get(i).stream().map(p -> p.gold().id()).toList(), "folds do not depend on input order");
        }
    }

    @Test
    void crossValidationScoresEveryGoldRelationInItsOwnFold() throws IOException {
        List<CrossValidation.Prepared> docs = mini();
        CrossValidation.Report r = new CrossValidation(new RelationTrainer(RelationTrainer.Recipe.DEFAULT))
                .run(docs, List.of(), 3);
        int gold = docs.stream().mapToInt(p -> p.gold().relations().size()).sum();
        var micro = r.relations().micro();
        assertEquals(gold, micro.truePositives() + micro.falseNegatives(), "each gold relation is scored once");
        assertEquals(3, r.foldF1().length);
        assertEquals(3, r.thresholds().length);
    }

    @Test
    void eachFoldChoosesItsThresholdsTheWayTheShippedModelChoosesItsOwn() throws IOException {
        List<CrossValidation.Prepared> docs = mini();
        List<CrossValidation.Prepared> scored = docs.subList(0, 4);
        List<List<CrossValidation.Prepared>> extra = List.of(docs.subList(4, docs.size()));
        CrossValidation cv = new CrossValidation(new RelationTrainer(RelationTrainer.Recipe.DEFAULT));
        CrossValidation.Report r = cv.run(scored, extra, 2);
        List<List<CrossValidation.Prepared>> folds = CrossValidation.folds(scored, 2);
        for (int f = 0; f < 2; f++) {
            List<CrossValidation.Prepared> trainedOn = folds.get(1 - f);
            assertEquals(cv.thresholdsFor(trainedOn, extra), r.chosen().get(f),
                    "fold " + f + " must choose its thresholds by the procedure training ships");
        }
        assertNotEquals(cv.chooseThreshold(List.of(folds.get(1)), extra.get(0)), cv.thresholdsFor(folds.get(1), extra),
                "the fixture tells the shipped procedure from one scored on the gold folds alone");
    }

    @Test
    void thresholdsAreChosenForEachCorpusAlikeNotForTheLargest() {
        Tally small = new Tally();
        small.hit("LEADS", "LEADS");
        small.falseNegative("LEADS"); // F1 0.667
        Tally large = new Tally();
        for (int i = 0; i < 9; i++) {
            large.hit("FIGHTS", "FIGHTS");
        }
        large.falsePositive("FIGHTS"); // F1 0.947
        Tally none = new Tally();
        none.falsePositive("FIGHTS"); // nothing to find: left out
        assertEquals((2.0 / 3 + 18.0 / 19) / 2, CrossValidation.meanF1(List.of(small, large, none)), 1e-9);
    }

    @Test
    void dataWithOneOutcomeGivesAModelThatAlwaysSaysIt(@TempDir Path dir) throws IOException {
        // a small fold may hold no related pair: OpenNLP's trainers decline one outcome, training must not
        List<CrossValidation.Prepared> docs = mini();
        List<RelationTrainer.Example> unlabelled = docs.stream()
                .map(p -> new RelationTrainer.Example(new GoldDocument(p.gold().id(), p.gold().text(),
                        p.gold().mentions(), List.of()), p.article().relations().pairs())).toList();
        RelationTrainer trainer = new RelationTrainer(RelationTrainer.Recipe.DEFAULT);
        // the model is sure no pair is related, and at a veto of 0.5 that overrules the rules too
        Files.write(dir.resolve(RelationModel.FILE), bytes(trainer.train(unlabelled, RelationThresholds.of(0.5, 0.5))));
        RelationModel read = RelationModel.load(new ModelFiles(dir));
        int decided = 0;
        for (CrossValidation.Prepared p : docs) {
            for (var r : p.article().relations().decide(read)) {
                assertEquals(RelationType.CO_OCCURS, r.type(), "nothing typed: " + r);
                decided++;
            }
        }
        assertTrue(decided > 0, "the fixture's names co-occur");
        assertTrue(bytes(trainer.train(List.of(), RelationThresholds.of(0.5, 0.5))).length > 0, "no data at all");
    }

    @Test
    void aMissingModelIsDeclinedWithTheFileAndTheRemedy(@TempDir Path dir) throws IOException {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> RelationModel.load(new ModelFiles(dir)));
        assertTrue(e.getMessage().contains(RelationModel.FILE), e.getMessage());
        assertTrue(e.getMessage().contains("trawl train relations"), e.getMessage());
        Files.writeString(dir.resolve(RelationModel.FILE), "not a model");
        e = assertThrows(UncheckedIOException.class, () -> RelationModel.load(new ModelFiles(dir)));
        assertTrue(e.getMessage().contains("cannot read the relation model"), e.getMessage());
    }
}
