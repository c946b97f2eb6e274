package org.trawl.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.Fixtures;
import org.trawl.nlp.maxent.FeatureRecorder;

/**
 * The compiled part-of-speech model must be OpenNLP's {@code POSTaggerME} at beam 1, only faster: the same
 * features for every token, the same tags for every sentence, and no compiling of a model it cannot
 * reproduce.
 */
class CompiledPartOfSpeechModelTest {

    private static final String FEATURE_GENERATORS = "generator.featuregen";
    private static List<String[]> sentences;

    @BeforeAll
    static void load(@TempDir Path generated) throws IOException {
        sentences = Fixtures.tokenizedSentences(generated, 25, 11);
    }

    @Test
    void theModelTrawlTagsWithCompiles() {
        assertTrue(CompiledPartOfSpeechModel.compile(NlpModels.partsOfSpeech()).isPresent());
        assertTrue(PartOfSpeechTagger.compiled(), "the pipeline tags with the compiled model");
    }

    @Test
    void writesOpenNlpsFeaturesForEveryToken() {
        POSContextGenerator generator = NlpModels.partsOfSpeech().getFactory().getPOSContextGenerator(0);
        POSTaggerME opennlp = new POSTaggerME(NlpModels.partsOfSpeech());
        PartOfSpeechFeatures features = new PartOfSpeechFeatures();
        int tokens = 0;
        for (String[] sentence : sentences) {
            String[] tags = opennlp.tag(sentence);
            features.sentence(sentence);
            for (int i = 0; i < sentence.length; i++) {
                FeatureRecorder recorder = new FeatureRecorder();
                features.write(i, tags, recorder);
                assertArrayEquals(generator.getContext(i, sentence, tags, null), recorder.features(),
                        () -> String.join(" ", sentence));
                tokens++;
            }
        }
        assertTrue(tokens > 20_000, tokens + " tokens");
    }

    @Test
    void tagsEverySentenceAsOpenNlpDoes() {
        POSTaggerME opennlp = new POSTaggerME(NlpModels.partsOfSpeech());
        CompiledPartOfSpeechModel.Tagger compiled =
                CompiledPartOfSpeechModel.compile(NlpModels.partsOfSpeech()).orElseThrow().newTagger();
        for (String[] sentence : sentences) {
            assertArrayEquals(opennlp.tag(sentence), compiled.tag(sentence), () -> String.join(" ", sentence));
        }
        assertTrue(sentences.size() > 1_000, sentences.size() + " sentences");
    }

    @Test
    void declinesModelsItCannotReproduce() throws IOException {
        POSModel shipped = NlpModels.load(NlpModels.POS_MODEL, POSModel::new);
        assertTrue(CompiledPartOfSpeechModel.compile(shipped).isEmpty(), "the shipped beam of 3 decodes differently");
        byte[] descriptor = shipped.getArtifact(FEATURE_GENERATORS);
        assertNotNull(descriptor);
        assertTrue(CompiledPartOfSpeechModel.compile(train(descriptor, "MAXENT")).isPresent(),
                "the shipped features, maxent, greedy decoding");
        assertTrue(CompiledPartOfSpeechModel.compile(train(descriptor, "PERCEPTRON")).isEmpty(), "a perceptron");
        String other = """
                <featureGenerators cache="true" name="posTagger">
                  <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
                  <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
                </featureGenerators>""";
        assertTrue(CompiledPartOfSpeechModel.compile(train(other.getBytes(StandardCharsets.UTF_8), "MAXENT")).isEmpty(),
                "other features");
    }

    /** A small greedy model trained on tags the shipped model gives, with the given features and algorithm. */
    private static POSModel train(byte[] descriptor, String algorithm) throws IOException {
        POSTaggerME tagger = new POSTaggerME(NlpModels.partsOfSpeech());
        List<POSSample> samples = sentences.stream().limit(300).map(s -> new POSSample(s, tagger.tag(s))).toList();
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, 20);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put(BeamSearch.BEAM_SIZE_PARAMETER, 1);
        POSTaggerFactory factory = new POSTaggerFactory(descriptor, Map.of(), null);
        return POSTaggerME.train("en", new CollectionObjectStream<>(samples), params, factory);
    }
}
