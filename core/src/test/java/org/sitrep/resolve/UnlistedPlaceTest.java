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

    @Test
    void aVillageNamedOfATownOfTheProvinceThatShareItsNameWithTheCityWrittenLiesByThatTown() {
        // "Chihuahua" is both the state and its capital: read as the city, the town named after "de" lay 200 km off
        Place village = PlaceFixtures.located(resolver,
                "On 14 March, police found two bodies beside a dirt road in San Nicolas de Parral, Chihuahua, at dawn.",
                "San Nicolas de Parral", "Chihuahua");
        assertThat(village.name()).isEqualTo("San Nicolas de Parral");
        assertThat(village.geoPrecision()).isEqualTo(2);
        assertThat(village.lat()).isCloseTo(26.930, Offset.offset(0.01));
        assertThat(village.lon()).isCloseTo(-105.666, Offset.offset(0.01));
    }

    @Test
    void aVillageWhoseNameOpensWithATownOfTheProvinceAndNoParticleStaysAtTheWrittenCity() {
        // only "X de Z" names a village after the province's town Z: a whole province holds many a leading name
        Place village = PlaceFixtures.located(resolver,
                "On 14 March, police found two bodies beside a dirt road in Parral Viejo, Chihuahua, at dawn.",
                "Parral Viejo", "Chihuahua");
        assertThat(village.name()).isEqualTo("Parral Viejo");
        assertThat(village.lat()).isCloseTo(28.635, Offset.offset(0.01));
        assertThat(village.lon()).isCloseTo(-106.089, Offset.offset(0.01));
    }

    @Test
    void aSubdistrictWrittenWithUnlistedDistrictAndRegencyLiesByTheProvincesTownItsNameHolds() {
        // neither the district nor the regency is listed: the province is the first unit that reads, and its town
        // Muara Teweh, which the subdistrict's name holds, says more than the province's seat
        Place place = PlaceFixtures.located(resolver,
                "On 14 March, a bomb went off outside a market in Muara Teweh Seberang subdistrict, Sungai Rapak district,"
                        + " Batang Lumu Regency, Central Kalimantan, police said.",
                "Muara Teweh Seberang subdistrict", "Sungai Rapak district", "Batang Lumu Regency", "Central Kalimantan");
        assertThat(place.name()).isEqualTo("Muara Teweh Seberang");
        assertThat(place.geoPrecision()).isEqualTo(2);
        assertThat(place.admin1()).isEqualTo("Central Kalimantan");
        assertThat(place.lat()).isCloseTo(-0.947, Offset.offset(0.01));
        assertThat(place.lon()).isCloseTo(114.896, Offset.offset(0.01));
    }
}
