package org.trawl.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityScoreTest {

    @Test
    void oneMentionIsItsOwnScore() {
        EntityScore s = EntityScore.of(0.4);
        assertEquals(0.4, s.score(), 1e-12);
        assertEquals(0.4, s.mean(), 1e-12);
        assertEquals(0.4, s.best(), 1e-12);
        assertEquals(1, s.scored());
    }

    @Test
    void mentionsCombineAsANoisyOr() {
        EntityScore s = EntityScore.of(0.5, 0.5, 0.8);
        assertEquals(1 - 0.5 * 0.5 * 0.2, s.score(), 1e-12);
        assertEquals(0.6, s.mean(), 1e-12);
        assertEquals(0.8, s.best(), 1e-12);
        assertTrue(EntityScore.of(0.5, 0.5).score() > EntityScore.of(0.5).score(), "more evidence, surer");
    }

    @Test
    void boundsHoldForCertainZeroAndBadScores() {
        assertEquals(1.0, EntityScore.of(1.0, 0.2).score(), 1e-12);
        assertEquals(0.0, EntityScore.of(0.0, 0.0).score(), 1e-12);
        assertEquals(1.0, EntityScore.of(7.0).score(), 1e-12);
        assertEquals(0.0, EntityScore.of(Double.NaN, -1).score(), 1e-12);
        assertEquals(EntityScore.NONE, EntityScore.of());
    }
}
