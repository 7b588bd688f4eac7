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

    @Test
    void aMajorCityThatBearsTheNameGoesBeforeOneThatBearsItOnlyAsAnOldName() {
        // a Pakistani city of over a million once bore the name; the US state capital bears it as its own
        Place city = gazetteer.lookup("Montgomery city").get(0);
        assertThat(city.countryCode()).isEqualTo("US");
        assertThat(city.admin1()).isEqualTo("Alabama");
    }

    @Test
    void aStateGoesFirstWhenTheSeatThatSharesItsNameBearsItOnlyAsAnAlternate() {
        // a small municipal seat known by the state's name as an alternate must not carry the state below towns abroad
        Place arizona = gazetteer.lookup("Arizona").get(0);
        assertThat(arizona.countryCode()).isEqualTo("US");
        assertThat(arizona.geoPrecision()).isEqualTo(3);
        Place vrancea = gazetteer.lookup("Vrancea").get(0);
        assertThat(vrancea.countryCode()).isEqualTo("RO");
        assertThat(vrancea.geoPrecision()).isEqualTo(3);
        // a seat that bears the region's name as its own still goes first
        Place lagos = gazetteer.lookup("Lagos").get(0);
        assertThat(lagos.geoPrecision()).isEqualTo(1);
        assertThat(lagos.countryCode()).isEqualTo("NG");
    }
}
