// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.place.Gazetteer;

/** Places the gazetteer does not list under their written name, read in the unit written after them (sentences written here). */
class UnlistedPlaceTest {
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(Gazetteer.load(), ActorDictionary.load());
    }

    @Test
    void aTownListedOnlyUnderItsNewNameInTheWrittenProvinceIsThatTown() {
        // the gazetteer lists the town only as "New Bussa"; without the rule it stood at the state's seat, 250 km off
        Place town = PlaceFixtures.located(resolver,
                "On 14 March, gunmen kidnapped a trader near Bussa town (Niger State) at night.",
                "Bussa town", "Niger State");
        assertThat(town.name()).isEqualTo("Bussa");
        assertThat(town.geoPrecision()).isEqualTo(2);
        assertThat(town.admin1()).isEqualTo("Niger State");
        assertThat(town.lat()).isCloseTo(9.886, Offset.offset(0.01));
        assertThat(town.lon()).isCloseTo(4.509, Offset.offset(0.01));
    }

    @Test
    void aTownListedOnlyAsNewHalfaInTheWrittenStateIsThatTown() {
        Place town = PlaceFixtures.located(resolver,
                "On 14 March, gunmen shot dead a shopkeeper in Halfa town (Kassala State), police said.",
                "Halfa town", "Kassala State");
        assertThat(town.name()).isEqualTo("Halfa");
        assertThat(town.lat()).isCloseTo(15.33, Offset.offset(0.01));
        assertThat(town.lon()).isCloseTo(35.60, Offset.offset(0.01));
    }

    @Test
    void aTownWithNoQualifiedNamesakeInItsUnitStaysAtTheUnit() {
        // no "New Qadirabad" or "Old Qadirabad" is listed: the unit's point is all the text gives
        Place town = PlaceFixtures.located(resolver,
                "On 14 March, gunmen shot dead a shopkeeper in Qadirabad town (Niger State), police said.",
                "Qadirabad town", "Niger State");
        assertThat(town.name()).isEqualTo("Qadirabad");
        assertThat(town.admin1()).isEqualTo("Niger State");
        assertThat(town.geoPrecision()).isEqualTo(3);
        assertThat(town.lat()).isNotCloseTo(9.886, Offset.offset(0.01));
    }
}
