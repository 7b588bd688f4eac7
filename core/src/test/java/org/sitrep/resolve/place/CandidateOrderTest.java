// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/** The order of same-named candidates, on names written for these tests. */
class CandidateOrderTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void aNameCalledACityIsTheCityNotAVillageThatBearsItsName() {
        // "Naga" alone: the small town the gazetteer lists first; "Naga city": the city of 100,000+ of that name
        Place bare = gazetteer.lookup("Naga").get(0);
        Place city = gazetteer.lookup("Naga city").get(0);
        assertThat(gazetteer.population(bare)).isLessThan(100_000);
        assertThat(gazetteer.population(city)).isGreaterThanOrEqualTo(100_000);
        assertThat(city.countryCode()).isEqualTo("PH");
    }

    @Test
    void aMajorCityGoesFirstEvenWithoutAKindWord() {
        Place odessa = gazetteer.lookup("Odessa").get(0);
        assertThat(odessa.countryCode()).isEqualTo("UA");
    }
}
