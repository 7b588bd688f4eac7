// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class GreatCircleTest {
    @Test
    void aDegreeOfLongitudeAtTheEquatorIsTheScorersSphere() {
        assertThat(GreatCircle.km(0, 0, 0, 1)).isCloseTo(111.195, offset(0.001));
    }

    @Test
    void aPointIsNoDistanceFromItself() {
        assertThat(GreatCircle.km(35.0, 36.0, 35.0, 36.0)).isZero();
    }

    @Test
    void twoCitiesAreTheirKnownDistanceApart() {
        // Damascus to Aleppo, about 310 km
        assertThat(GreatCircle.km(33.5138, 36.2765, 36.2021, 37.1343)).isBetween(300.0, 320.0);
    }

    @Test
    void antipodesAreHalfTheCircumference() {
        assertThat(GreatCircle.km(10, 20, -10, -160)).isCloseTo(Math.PI * 6371, offset(0.01));
    }

    @Test
    void theOrderOfThePointsDoesNotMatter() {
        assertThat(GreatCircle.km(48.2, 38.3, 47.1, 37.5)).isEqualTo(GreatCircle.km(47.1, 37.5, 48.2, 38.3));
    }
}
