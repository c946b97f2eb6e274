package org.trawl.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trawl.Fixtures;
import org.trawl.eval.GoldReader;

/**
 * A floor on the relation model's cross-validated quality on trawl's own annotated corpus (in the
 * repository, so it runs everywhere): 3 document-level folds, each scored by a model trained on the other
 * two only. Measured 0.403 micro F1 when the floor was set (models/README.md).
 */
class RelationQualityFloorTest {

    private static final double CROSS_VALIDATED_F1_FLOOR = 0.36;

    @Test
    void crossValidatedRelationsOnTheAnnotatedCorpus() throws Exception {
        List<CrossValidation.Prepared> docs = CrossValidation.prepare(Fixtures.pipeline(),
                GoldReader.read(Path.of("models/training/relations/gmb-relations.jsonl")));
        CrossValidation.Report r = new CrossValidation(new RelationTrainer(RelationTrainer.Recipe.DEFAULT))
                .run(docs, List.of(), 3);
        double f1 = r.relations().micro().f1();
        assertTrue(f1 >= CROSS_VALIDATED_F1_FLOOR, "cross-validated relations F1 " + f1 + " fell below "
                + CROSS_VALIDATED_F1_FLOOR);
    }
}
