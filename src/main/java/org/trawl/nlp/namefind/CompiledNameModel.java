package org.trawl.nlp.namefind;

import java.util.Arrays;
import java.util.Optional;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.trawl.nlp.maxent.FeatureHasher;
import org.trawl.nlp.maxent.FeatureRecorder;
import org.trawl.nlp.maxent.HashedMaxent;

/**
 * trawl's name model made fast to apply, with the same names and probabilities as OpenNLP's
 * {@code NameFinderME} at beam size 1: a token's features ({@link NameFeatures}) are hashed as they are
 * written and scored by the model's {@link HashedMaxent}, so no feature string is ever built or compared.
 *
 * <p>{@link #compile} declines (returns empty) unless the model is a GIS maxent model that
 * {@link HashedMaxent} takes, decoded greedily with the BIO codec, and on built-in probe sentences the
 * features and probabilities equal OpenNLP's; trawl then uses {@code NameFinderME}. Thread-safe: each
 * thread takes its own finder from {@link #newFinder()}.
 */
public final class CompiledNameModel {

    private static final String MODEL_ENTRY = "nameFinder.model";
    private static final String[][] PROBES = {
        {"The", "leader", "of", "Islamic", "State", ",", "Abu", "Bakr", "al-Baghdadi", ",", "was", "killed", "."},
        {"Mr.", "Émile", "(", "ISIL", ")", "met", "2", "émigrés", "in", "Raqqa", "on", "12/03/2015", "and", "at",
            "9:30", "$", "5,000", "AK-47s", "e.g.", "UN", "I", "'s", "ٱلرقة", "..."},
        {"X"},
        {"Hello", "world"},
    };

    private final HashedMaxent maxent;
    private final String[] outcomes;
    private final BioCodec codec = new BioCodec();

    private CompiledNameModel(HashedMaxent maxent) {
        this.maxent = maxent;
        this.outcomes = new String[maxent.getNumOutcomes()];
        Arrays.setAll(outcomes, maxent::getOutcome);
    }

    /** The compiled form of {@code model}, or empty when it cannot be compiled faithfully (see above). */
    public static Optional<CompiledNameModel> compile(TokenNameFinderModel model) {
        if (!"1".equals(model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER))
                || !(model.getFactory().createSequenceCodec() instanceof BioCodec)
                || !(model.getArtifact(MODEL_ENTRY) instanceof MaxentModel maxent)) {
            return Optional.empty();
        }
        return HashedMaxent.of(maxent).map(CompiledNameModel::new)
                .filter(compiled -> compiled.agreesWith(model.getFactory().createContextGenerator(), maxent));
    }

    /** A finder for one thread. */
    public TokenNameFinder newFinder() {
        return new GreedyNameFinder(this);
    }

    /** True when, on the probe sentences, features and probabilities equal OpenNLP's. */
    private boolean agreesWith(NameContextGenerator generator, MaxentModel maxent) {
        NameFeatures features = new NameFeatures();
        double[] probs = new double[outcomes.length];
        for (String[] probe : PROBES) {
            String[] labels = new String[probe.length];
            Arrays.setAll(labels, i -> outcomes[(i * 5 + probe.length) % outcomes.length]);
            features.sentence(probe);
            for (int i = 0; i < probe.length; i++) {
                String[] expected = generator.getContext(i, probe, labels, null);
                FeatureRecorder recorder = new FeatureRecorder();
                features.write(i, labels, recorder);
                if (!Arrays.equals(expected, recorder.features())) {
                    return false;
                }
                FeatureHasher hasher = new FeatureHasher();
                features.write(i, labels, hasher);
                eval(hasher.hashes(), hasher.count(), probs);
                if (!Arrays.equals(maxent.eval(expected), probs)) {
                    return false;
                }
            }
            generator.updateAdaptiveData(probe, labels); // a generator that learns would now differ
        }
        generator.clearAdaptiveData();
        return true;
    }

    /** The probability of each outcome given a token's feature hashes. */
    void eval(long[] features, int count, double[] probs) {
        maxent.eval(features, count, probs);
    }

    String[] outcomes() {
        return outcomes;
    }

    BioCodec codec() {
        return codec;
    }
}
