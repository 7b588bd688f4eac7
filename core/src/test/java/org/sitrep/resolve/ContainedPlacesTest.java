// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.place.Gazetteer;

/** Places read with what is written in brackets and after commas around them, on sentences written for these tests. */
class ContainedPlacesTest {
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(Gazetteer.load(), ActorDictionary.load());
    }

    @Test
    void aDistrictsOtherNameInBracketsIsNoContainerThatMovesIt() {
        // "(Kalat)" is the district's other name here; read as its container, it put the district in another province
        Place district = PlaceFixtures.located(resolver,
                "On 3 June, Taliban fighters attacked a police post in Sangin (Kalat) district, Helmand, killing two policemen.",
                "Sangin", "Kalat", "Helmand");
        assertThat(district.name()).isEqualTo("Sangin");
        assertThat(district.admin1()).isEqualTo("Helmand");
        assertThat(district.lat()).isCloseTo(32.07, Offset.offset(0.01));
        assertThat(district.lon()).isCloseTo(64.84, Offset.offset(0.01));
    }

    @Test
    void anUnlistedDistrictWithItsSeatInBracketsIsPlacedAtTheSeat() {
        // the first name has no reading: the bracketed one is all that says where
        Place district = PlaceFixtures.located(resolver,
                "On 3 June, Taliban fighters attacked a police post in Qurbaz (Sangin) district, Helmand, killing two policemen.",
                "Qurbaz", "Sangin", "Helmand");
        assertThat(district.admin1()).isEqualTo("Helmand");
        assertThat(district.lat()).isCloseTo(32.07, Offset.offset(0.01));
        assertThat(district.lon()).isCloseTo(64.84, Offset.offset(0.01));
    }
}
