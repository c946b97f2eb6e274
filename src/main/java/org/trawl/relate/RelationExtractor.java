package org.trawl.relate;

import java.util.List;
import org.trawl.model.AnalyzedText;
import org.trawl.model.EntityMention;
import org.trawl.model.Relation;
import org.trawl.model.RelationType;
import org.trawl.nlp.PartOfSpeechTagger;
import org.trawl.nlp.namefind.PlaceLocator;

/**
 * Finds the relations between the entities of one article: every pair of arguments of a sentence (names,
 * and pronouns and descriptions resolved to them) is a candidate, the trained {@link RelationModel}
 * decides its type or none, within what {@link RelationSchema} allows; the pairs of names left unrelated
 * in a sentence co-occur. Not thread-safe (the tagger is not).
 */
public final class RelationExtractor {

    private final RelationModel model;
    private final Candidates candidates;
    private final RelationSchema schema = RelationSchema.bundled();

    /**
     * @param model  the relation model, or null to prepare candidates only (training)
     * @param tagger the calling thread's tagger
     * @param places the gazetteer's place locator, whose view of two places (one inside the other, both
     *               in one country) the model reads
     */
    public RelationExtractor(RelationModel model, PartOfSpeechTagger tagger, PlaceLocator places) {
        this.model = model;
        this.candidates = new Candidates(RelationTriggers.bundled(), tagger, new PlaceFeatures(places));
    }

    /** The relations of an article prepared by {@link #prepare}, decided by the loaded model. */
    public List<Relation> decide(PreparedRelations prepared) {
        if (model == null) {
            throw new IllegalStateException("no relation model loaded");
        }
        return prepared.decide(model);
    }

    /** The article's candidate pairs with their features, to decide with any model. */
    public PreparedRelations prepare(AnalyzedText text, List<EntityMention> mentions) {
        List<List<EntityMention>> bySentence = CoOccurrences.bySentence(text, mentions);
        return new PreparedRelations(text, bySentence, candidates.find(text, bySentence), schema);
    }

    /** True for the relation types that carry meaning beyond co-mention. */
    public static boolean isTyped(Relation r) {
        return r.type() != RelationType.CO_OCCURS;
    }
}
