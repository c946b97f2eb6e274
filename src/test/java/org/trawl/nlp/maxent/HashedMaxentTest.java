package org.trawl.nlp.maxent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

/** A hashed maxent model gives the probabilities of the GIS model it was made from, bit for bit. */
class HashedMaxentTest {

    private static final String[] WORDS = {"w=raid", "w=talks", "w=bomb", "w=peace", "suf=id", "pre=ta",
        "p1w=the", "n1w=in", "cap", "num"};

    private static MaxentModel train(String algorithm) throws IOException {
        Random random = new Random(3);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String[] context = new String[1 + random.nextInt(4)];
            for (int c = 0; c < context.length; c++) {
                context[c] = WORDS[random.nextInt(WORDS.length)];
            }
            String outcome = context[0].contains("raid") || context[0].contains("bomb") ? "attack"
                    : random.nextInt(3) == 0 ? "other" : "meeting";
            events.add(new Event(outcome, context));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, 30);
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        return TrainerFactory.getEventTrainer(params, null).train(new CollectionObjectStream<>(events));
    }

    @Test
    void scoresAsTheGisModelDoes() throws IOException {
        MaxentModel gis = train("MAXENT");
        HashedMaxent hashed = HashedMaxent.of(gis).orElseThrow();
        assertEquals(gis.getNumOutcomes(), hashed.getNumOutcomes());
        Random random = new Random(11);
        for (int i = 0; i < 1_000; i++) {
            String[] context = new String[random.nextInt(6)];
            float[] values = new float[context.length];
            for (int c = 0; c < context.length; c++) {
                context[c] = random.nextInt(5) == 0 ? "unseen" + c : WORDS[random.nextInt(WORDS.length)];
                values[c] = random.nextFloat() * 2;
            }
            assertArrayEquals(gis.eval(context), hashed.eval(context), 0.0);
            assertArrayEquals(gis.eval(context, values), hashed.eval(context, values), 0.0);
            FeatureHasher hasher = new FeatureHasher();
            for (String feature : context) {
                hasher.part(feature.substring(0, feature.length() / 2)).part(feature.substring(feature.length() / 2)).end();
            }
            double[] probs = new double[gis.getNumOutcomes()];
            hashed.eval(hasher.hashes(), hasher.count(), probs);
            assertArrayEquals(gis.eval(context), probs, 0.0, "features hashed part by part");
        }
        for (int o = 0; o < gis.getNumOutcomes(); o++) {
            assertEquals(gis.getOutcome(o), hashed.getOutcome(o));
        }
    }

    @Test
    void declinesOtherKindsOfModel() throws IOException {
        assertTrue(HashedMaxent.of(train("PERCEPTRON")).isEmpty());
    }
}
