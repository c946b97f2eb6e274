package org.trawl.relate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import org.trawl.json.mapper.SharedMapper;
import org.trawl.model.EntityType;
import org.trawl.model.RelationType;
import org.trawl.nlp.ModelFiles;
import org.trawl.nlp.maxent.HashedMaxent;

/**
 * The trained relation model: an OpenNLP maxent classifier over candidate pairs ({@link PairFeatures})
 * whose outcomes are {@link RelationLabels}, with the probability thresholds chosen by cross-validation
 * ({@link RelationThresholds}). A pair the trigger rules relate keeps their type unless the model vetoes it;
 * another pair is related when its most probable relation that {@link RelationSchema} allows for the two
 * arguments' types reaches its type's threshold. Immutable and thread-safe.
 */
public final class RelationModel {

    /** The model's file in the models folder. */
    public static final String FILE = "trawl-relations-en.bin";
    /** Its training report (recipe, threshold, cross-validated scores), beside it. */
    public static final String REPORT = "trawl-relations-en.training.json";
    /** The threshold when a report does not give one. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    /** The decision on one pair: its coarse type and the probability. */
    record Verdict(RelationType type, double probability) {
    }

    private final AbstractModel model;
    /** The model as applied: its {@link HashedMaxent} form when it has one (the same probabilities, faster). */
    private final MaxentModel scorer;
    private final RelationThresholds thresholds;
    private final RelationType[] types;
    private final double[] needed;

    /**
     * @param thresholds the probability a relation needs (by type), and the probability of no relation at which
     *                   the model overrules the trigger rules: a pair the rules relate keeps their type unless
     *                   the model is at least this sure it is unrelated
     */
    public RelationModel(AbstractModel model, RelationThresholds thresholds) {
        this(model, HashedMaxent.of(model).<MaxentModel>map(hashed -> hashed).orElse(model), thresholds);
    }

    private RelationModel(AbstractModel model, MaxentModel scorer, RelationThresholds thresholds) {
        this.model = model;
        this.scorer = scorer;
        this.thresholds = thresholds;
        int n = model.getNumOutcomes();
        this.types = new RelationType[n];
        this.needed = new double[n];
        for (int i = 0; i < n; i++) {
            types[i] = RelationLabels.type(model.getOutcome(i));
            needed[i] = types[i] == null ? Double.POSITIVE_INFINITY : thresholds.of(types[i]);
        }
    }

    /** The same model with other thresholds. */
    public RelationModel withThresholds(RelationThresholds other) {
        return new RelationModel(model, scorer, other);
    }

    public RelationThresholds thresholds() {
        return thresholds;
    }

    /**
     * Loads the model and its threshold from the models folder.
     *
     * @throws UncheckedIOException with a message naming the file when it is missing or unreadable
     */
    public static RelationModel load(ModelFiles files) {
        if (!files.exists(FILE)) {
            throw new UncheckedIOException(new IOException("no relation model " + FILE + " in " + files
                    + " (trawl train relations makes it)"));
        }
        AbstractModel m;
        try (InputStream in = files.open(FILE)) {
            m = new BinaryGISModelReader(new DataInputStream(in)).getModel();
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("cannot read the relation model " + FILE + " in " + files
                    + ": " + e.getMessage(), e));
        }
        double t = DEFAULT_THRESHOLD;
        double h = DEFAULT_THRESHOLD;
        Map<RelationType, Double> byType = new EnumMap<>(RelationType.class);
        if (files.exists(REPORT)) {
            try (InputStream in = files.open(REPORT)) {
                JsonNode report = SharedMapper.INSTANCE.readTree(in);
                t = report.path("threshold").asDouble(DEFAULT_THRESHOLD);
                h = report.path("rule_veto").asDouble(t);
                report.path("thresholds_by_type").properties().forEach(e -> RelationType.parse(e.getKey())
                        .ifPresent(type -> byType.put(type, e.getValue().asDouble())));
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException("cannot read " + REPORT + " in " + files + ": "
                        + e.getMessage(), e));
            }
        }
        return new RelationModel(m, new RelationThresholds(t, h, byType));
    }

    /** Writes the model in OpenNLP's binary maxent format. */
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        new BinaryGISModelWriter(model, data).persist();
        data.flush();
    }

    /**
     * The type the trigger rules name, unless the model is at least {@code ruleVeto} sure the pair is
     * unrelated (its score then is the model's probability that the pair is related at all): a type the model
     * prefers never replaces the rules' one. Else the most probable relation the schema allows between the
     * pair, when it reaches its threshold; else null.
     *
     * @param hinted the coarse type the trigger rules name for the pair, or null
     */
    Verdict decide(String[] features, EntityType first, EntityType second, RelationSchema schema, RelationType hinted) {
        double[] p = scorer.eval(features);
        int best = -1;
        double none = 0;
        for (int i = 0; i < p.length; i++) {
            if (types[i] == null) {
                none = p[i];
            } else if (p[i] >= needed[i] && (best < 0 || p[i] > p[best])
                    && allowedEitherWay(types[i], first, second, schema)) {
                best = i;
            }
        }
        if (hinted != null && none < thresholds.ruleVeto() && allowedEitherWay(hinted, first, second, schema)) {
            return new Verdict(hinted, 1 - none);
        }
        if (best >= 0) {
            return new Verdict(types[best], p[best]);
        }
        return null;
    }

    private static boolean allowedEitherWay(RelationType coarse, EntityType first, EntityType second,
                                            RelationSchema schema) {
        return allowed(coarse, true, first, second, schema) || allowed(coarse, false, first, second, schema);
    }

    /** True when the coarse type, or one of its finer types, may join the pair in that direction. */
    static boolean allowed(RelationType coarse, boolean firstIsSource, EntityType first, EntityType second,
                           RelationSchema schema) {
        EntityType source = firstIsSource ? first : second;
        EntityType target = firstIsSource ? second : first;
        if (schema.allows(coarse, source, target)) {
            return true;
        }
        for (RelationType fine : RelationLabels.finer(coarse)) {
            if (schema.allows(fine, source, target)) {
                return true;
            }
        }
        return false;
    }
}
