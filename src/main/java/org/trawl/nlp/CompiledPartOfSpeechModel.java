package org.trawl.nlp;

import java.util.Arrays;
import java.util.Optional;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.trawl.nlp.maxent.FeatureHasher;
import org.trawl.nlp.maxent.FeatureRecorder;
import org.trawl.nlp.maxent.HashedMaxent;

/**
 * OpenNLP's part-of-speech model made fast to apply, with the same tags as its {@code POSTaggerME}
 * decoding greedily (beam 1, as trawl runs it): a token's features ({@link PartOfSpeechFeatures}) are
 * hashed as they are written and scored by the model's {@link HashedMaxent}, so no feature string is
 * built or looked up, and the likeliest tag is read off the log-scores without the exponentials. When
 * the two best scores are too close to tell apart that way, the exact probabilities decide, and a tie
 * goes to the first tag in the model's order, as in OpenNLP's beam.
 *
 * <p>{@link #compile} declines (returns empty) unless the model decodes with beam 1, has no tag
 * dictionary, is a GIS model {@link HashedMaxent} takes, and on built-in probe sentences gives OpenNLP's
 * features and tags; trawl then uses {@code POSTaggerME}. Thread-safe: each thread takes its own
 * {@link Tagger}.
 */
final class CompiledPartOfSpeechModel {

    private static final String MODEL_ENTRY = "pos.model";
    /** Two log-scores closer than this are settled on the exact probabilities. */
    private static final double CLOSE_CALL = 1e-9;
    private static final String[][] PROBES = {
        {"The", "leader", "of", "Islamic", "State", ",", "Abu", "Bakr", "al-Baghdadi", ",", "was", "killed", "."},
        {"Mr.", "Émile", "(", "ISIL", ")", "met", "2", "émigrés", "in", "Raqqa", "on", "12/03/2015", "and", "at",
            "9:30", "$", "5,000", "AK-47s", "e.g.", "UN", "I", "'s", "ٱلرقة", "...", "ΣΊΣΥΦΟΣ", "İstanbul"},
        {"X"},
        {"Hello", "world"},
        {"They", "said", "it", "would", "not", "be", "led", "by", "him", "."},
    };

    private final HashedMaxent maxent;
    private final String[] outcomes;

    private CompiledPartOfSpeechModel(HashedMaxent maxent) {
        this.maxent = maxent;
        this.outcomes = new String[maxent.getNumOutcomes()];
        Arrays.setAll(outcomes, maxent::getOutcome);
    }

    /** The compiled form of {@code model}, or empty when it cannot be compiled faithfully (see above). */
    static Optional<CompiledPartOfSpeechModel> compile(POSModel model) {
        if (!"1".equals(model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER))
                || model.getFactory().getTagDictionary() != null
                || !(model.getArtifact(MODEL_ENTRY) instanceof MaxentModel maxent)) {
            return Optional.empty();
        }
        return HashedMaxent.of(maxent).map(CompiledPartOfSpeechModel::new)
                .filter(compiled -> compiled.agreesWith(model));
    }

    /** A tagger for one thread. */
    Tagger newTagger() {
        return new Tagger();
    }

    /** True when, on the probe sentences, features and tags equal OpenNLP's. */
    private boolean agreesWith(POSModel model) {
        POSContextGenerator generator = model.getFactory().getPOSContextGenerator(0);
        POSTaggerME opennlp = new POSTaggerME(model);
        PartOfSpeechFeatures features = new PartOfSpeechFeatures();
        Tagger tagger = newTagger();
        for (String[] probe : PROBES) {
            String[] tags = new String[probe.length];
            Arrays.setAll(tags, i -> outcomes[(i * 7 + probe.length) % outcomes.length]);
            features.sentence(probe);
            for (int i = 0; i < probe.length; i++) {
                FeatureRecorder recorder = new FeatureRecorder();
                features.write(i, tags, recorder);
                if (!Arrays.equals(generator.getContext(i, probe, tags, null), recorder.features())) {
                    return false;
                }
            }
            if (!Arrays.equals(opennlp.tag(probe), tagger.tag(probe))) {
                return false;
            }
        }
        return true;
    }

    /** Tags sentences with the compiled model. Not thread-safe: one per thread. */
    final class Tagger {
        private final PartOfSpeechFeatures features = new PartOfSpeechFeatures();
        private final FeatureHasher hasher = new FeatureHasher();
        private final double[] scores = new double[outcomes.length];

        /** The tags of a sentence's tokens, in order. */
        String[] tag(String[] tokens) {
            String[] tags = new String[tokens.length];
            features.sentence(tokens);
            for (int i = 0; i < tokens.length; i++) {
                hasher.clear();
                features.write(i, tags, hasher);
                maxent.scores(hasher.hashes(), hasher.count(), scores);
                tags[i] = outcomes[likeliest()];
            }
            return tags;
        }

        private int likeliest() {
            int best = 0;
            double runnerUp = Double.NEGATIVE_INFINITY;
            for (int o = 1; o < scores.length; o++) {
                if (scores[o] > scores[best]) {
                    runnerUp = scores[best];
                    best = o;
                } else if (scores[o] > runnerUp) {
                    runnerUp = scores[o];
                }
            }
            if (scores[best] - runnerUp >= CLOSE_CALL) {
                return best;
            }
            maxent.eval(hasher.hashes(), hasher.count(), scores);
            best = 0;
            for (int o = 1; o < scores.length; o++) {
                if (scores[o] > scores[best]) {
                    best = o;
                }
            }
            return best;
        }
    }
}
