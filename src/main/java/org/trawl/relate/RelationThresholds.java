package org.trawl.relate;

import java.util.EnumMap;
import java.util.Map;
import org.trawl.model.RelationType;

/**
 * The probabilities the relation model's decisions turn on, all chosen by cross-validation: the probability a
 * relation needs, its own value for the coarse types that need another, and the probability of no relation
 * at which the model overrules the trigger rules.
 *
 * @param threshold the probability a relation of any type without its own value needs
 * @param ruleVeto  the probability of no relation at which a pair the rules relate is left unrelated
 * @param byType    the coarse types with a threshold of their own
 */
public record RelationThresholds(double threshold, double ruleVeto, Map<RelationType, Double> byType) {

    public RelationThresholds {
        byType = byType.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byType));
    }

    /** One threshold for every type. */
    public static RelationThresholds of(double threshold, double ruleVeto) {
        return new RelationThresholds(threshold, ruleVeto, Map.of());
    }

    /** The probability a relation of the coarse type needs. */
    public double of(RelationType coarse) {
        return byType.getOrDefault(coarse, threshold);
    }

    /** The same with the coarse type's own threshold. */
    public RelationThresholds with(RelationType coarse, double t) {
        Map<RelationType, Double> m = new EnumMap<>(RelationType.class);
        m.putAll(byType);
        m.put(coarse, t);
        return new RelationThresholds(threshold, ruleVeto, m);
    }
}
