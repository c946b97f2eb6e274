package org.trawl.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.trawl.eval.GoldDocument;
import org.trawl.model.RelationType;
import org.trawl.relate.CandidatePair;
import org.trawl.relate.RelationLabels;
import org.trawl.relate.RelationModel;
import org.trawl.relate.RelationThresholds;

/**
 * Trains the relation model (OpenNLP maxent, GIS) on candidate pairs labelled from gold relations: a pair
 * is labelled with a gold relation whose two arguments overlap its two (as {@code trawl evaluate}
 * matches them), its type made coarse ({@link RelationLabels#coarse}), else {@link RelationLabels#NONE}.
 * Deterministic: one thread, the events in the order given.
 */
public final class RelationTrainer {

    /**
     * The recipe.
     *
     * @param algorithm  OpenNLP's trainer: MAXENT (GIS) or MAXENT_QN (L-BFGS with L2 regularisation)
     * @param iterations training iterations
     * @param cutoff     minimum count of a feature
     * @param l2         L2 regularisation weight (MAXENT_QN)
     */
    public record Recipe(String algorithm, int iterations, int cutoff, double l2) {

        /** The shipped model's recipe. */
        public static final Recipe DEFAULT = new Recipe("MAXENT", 150, 1, 0.0);

        /** The recipe as a JSON-ready map. */
        public Map<String, Object> json() {
            return Map.of("algorithm", algorithm, "iterations", iterations, "cutoff", cutoff, "l2", l2, "threads", 1);
        }
    }

    /** A gold document with its prepared candidate pairs. */
    public record Example(GoldDocument gold, List<CandidatePair> pairs) {
    }

    private final Recipe recipe;

    public RelationTrainer(Recipe recipe) {
        this.recipe = recipe;
    }

    /** The labelled events of the examples, in order. */
    public static List<Event> events(List<Example> examples) {
        List<Event> out = new ArrayList<>();
        for (Example e : examples) {
            for (CandidatePair p : e.pairs()) {
                out.add(new Event(label(e.gold(), p), p.features()));
            }
        }
        return out;
    }

    /** The model trained on the examples, with the given thresholds. */
    public RelationModel train(List<Example> examples, RelationThresholds thresholds) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, recipe.algorithm());
        params.put("L2Cost", recipe.l2());
        params.put("L1Cost", 0.0);
        params.put(TrainingParameters.ITERATIONS_PARAM, recipe.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, recipe.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        List<Event> events = events(examples);
        if (events.stream().map(Event::getOutcome).distinct().count() < 2) {
            // nothing to learn from (no pair, or every pair of one outcome, as in a small cross-validation
            // fold): a model that always says that outcome, which OpenNLP's trainers decline to fit
            String only = events.isEmpty() ? RelationLabels.NONE : events.get(0).getOutcome();
            return new RelationModel(new GISModel(new Context[0], new String[0], new String[] {only}), thresholds);
        }
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        try {
            AbstractModel model = (AbstractModel) trainer.train(new CollectionObjectStream<>(events));
            return new RelationModel(model, thresholds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome a candidate pair is trained on. */
    static String label(GoldDocument gold, CandidatePair p) {
        for (GoldDocument.GoldRelation g : gold.relations()) {
            RelationType type = RelationType.parse(g.type()).map(RelationLabels::coarse).orElse(null);
            if (type == null) {
                continue;
            }
            boolean forward = g.source().overlaps(p.first().start(), p.first().end())
                    && g.target().overlaps(p.second().start(), p.second().end());
            boolean backward = g.source().overlaps(p.second().start(), p.second().end())
                    && g.target().overlaps(p.first().start(), p.first().end());
            if (forward || backward) {
                return RelationLabels.of(type);
            }
        }
        return RelationLabels.NONE;
    }
}
