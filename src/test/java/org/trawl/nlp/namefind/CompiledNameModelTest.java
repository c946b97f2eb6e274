package org.trawl.nlp.namefind;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.Fixtures;
import org.trawl.nlp.ModelFiles;
import org.trawl.nlp.maxent.FeatureRecorder;
import org.trawl.pipeline.Resources;

/**
 * The compiled name model must be OpenNLP's {@code NameFinderME} (beam 1), only faster: the same features
 * for every token, the same names with the same probabilities, and no compiling of a model it cannot
 * reproduce.
 */
class CompiledNameModelTest {

    private static TokenNameFinderModel shipped;
    private static List<String[]> sentences;

    @BeforeAll
    static void load(@TempDir Path generated) throws IOException {
        try (InputStream in = ModelFiles.bundled().open(Resources.NAME_MODEL)) {
            shipped = new TokenNameFinderModel(in);
        }
        sentences = Fixtures.tokenizedSentences(generated, 25, 7);
    }

    @Test
    void theShippedModelCompiles() {
        assertTrue(CompiledNameModel.compile(shipped).isPresent());
        assertTrue(Fixtures.resources().compiledNames(), "the pipeline finds names with the compiled model");
    }

    @Test
    void writesOpenNlpsFeaturesForEveryToken() {
        NameContextGenerator generator = shipped.getFactory().createContextGenerator();
        NameFinderME finder = new NameFinderME(shipped);
        NameFeatures features = new NameFeatures();
        int tokens = 0;
        for (String[] sentence : sentences) {
            String[] outcomes = outcomes(finder.find(sentence), sentence.length);
            features.sentence(sentence);
            for (int i = 0; i < sentence.length; i++) {
                FeatureRecorder recorder = new FeatureRecorder();
                features.write(i, outcomes, recorder);
                assertArrayEquals(generator.getContext(i, sentence, outcomes, null),
                        recorder.features(), () -> String.join(" ", sentence));
                tokens++;
            }
        }
        assertTrue(tokens > 20_000, tokens + " tokens");
    }

    /** The outcome labels of a sentence's names, as the decoder saw them. */
    private static String[] outcomes(Span[] names, int length) {
        String[] out = new String[length];
        java.util.Arrays.fill(out, NameFinderME.OTHER);
        for (Span name : names) {
            out[name.getStart()] = name.getType() + "-" + NameFinderME.START;
            for (int t = name.getStart() + 1; t < name.getEnd(); t++) {
                out[t] = name.getType() + "-" + NameFinderME.CONTINUE;
            }
        }
        return out;
    }

    @Test
    void findsTheSameNamesWithTheSameProbabilities() {
        NameFinderME openNlp = new NameFinderME(shipped);
        TokenNameFinder compiled = CompiledNameModel.compile(shipped).orElseThrow().newFinder();
        int names = 0;
        for (String[] sentence : sentences) {
            Span[] expected = openNlp.find(sentence);
            double[] probs = openNlp.probs(expected);
            Span[] actual = compiled.find(sentence);
            assertArrayEquals(expected, actual, () -> String.join(" ", sentence));
            for (int i = 0; i < expected.length; i++) {
                assertEquals(probs[i], actual[i].getProb(), 0.0, actual[i].toString());
                assertEquals(expected[i].getProb(), actual[i].getProb(), 0.0, actual[i].toString());
            }
            names += expected.length;
        }
        assertTrue(names > 2_000, names + " names");
    }

    @Test
    void declinesModelsItCannotReproduce() throws IOException {
        String features = "/org/trawl/train/features.xml";
        assertTrue(CompiledNameModel.compile(train(features, 1, "MAXENT")).isPresent(),
                "trawl's features, maxent, greedy decoding");
        assertTrue(CompiledNameModel.compile(train(features, 3, "MAXENT")).isEmpty(), "a beam of 3 decodes differently");
        assertTrue(CompiledNameModel.compile(train(features, 1, "PERCEPTRON")).isEmpty(), "a perceptron");
        assertTrue(CompiledNameModel.compile(train("/org/trawl/nlp/namefind/other-features.xml", 1, "MAXENT")).isEmpty(),
                "other features");
    }

    private static TokenNameFinderModel train(String descriptor, int beam, String algorithm) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            samples.add(NameSample.parse("<START:person> Anna Berg <END> met <START:organization> Nord Group <END> "
                    + "in <START:location> Oslo <END> .", false));
            samples.add(NameSample.parse("The talks ended on Friday .", false));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, 5);
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        params.put(BeamSearch.BEAM_SIZE_PARAMETER, beam);
        byte[] features;
        try (InputStream in = CompiledNameModelTest.class.getResourceAsStream(descriptor)) {
            features = in.readAllBytes();
        }
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, Map.of(), new BioCodec());
        return NameFinderME.train("en", null, new CollectionObjectStream<>(samples), params, factory);
    }
}
