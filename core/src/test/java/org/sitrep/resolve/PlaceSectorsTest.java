// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.resolve.place.Tokenized.sentence;
import static org.sitrep.resolve.place.Tokenized.span;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.place.Gazetteer;

/** A scene written as a compass zone of a city ("the North Zone of X") lies in that zone, not at the city's point. */
class PlaceSectorsTest {
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(Gazetteer.load(), ActorDictionary.load());
    }

    @Test
    void theWordsBeforeACityWriteItsZone() {
        Sentence s = sentence("Riot police clashed with youths in the South Zone of Madrid on Friday.");
        assertThat(PlaceCues.sectorWords(span(s, "Madrid"), s)).isEqualTo("South Zone of");
        assertThat(PlaceCues.sectorDirection(span(s, "Madrid"), s)).isEqualTo("south");
        Sentence compound = sentence("Gunmen shot a trader in the north-east zone of Madrid.");
        assertThat(PlaceCues.sectorWords(span(compound, "Madrid"), compound)).isEqualTo("north-east zone of");
        assertThat(PlaceCues.sectorDirection(span(compound, "Madrid"), compound)).isEqualTo("north-east");
        // a direction without a zone noun is a part of the town or a reference point, as before
        Sentence part = sentence("Clashes broke out in the west of Madrid.");
        assertThat(PlaceCues.sectorWords(span(part, "Madrid"), part)).isNull();
        Sentence outskirts = sentence("Clashes broke out on the western outskirts of Madrid.");
        assertThat(PlaceCues.sectorWords(span(outskirts, "Madrid"), outskirts)).isNull();
    }

    @Test
    void aDirectionIsABearing() {
        assertThat(PlaceSectors.bearing("north")).isEqualTo(0.0);
        assertThat(PlaceSectors.bearing("western")).isEqualTo(270.0);
        assertThat(PlaceSectors.bearing("north-east")).isEqualTo(45.0);
        assertThat(PlaceSectors.bearing("southwestern")).isEqualTo(225.0);
        assertThat(PlaceSectors.bearing("central")).isNull();
        assertThat(PlaceSectors.capitalised("north-east zone")).isEqualTo("North-East Zone");
    }

    @Test
    void aCitysCompassZoneLiesInThatDirectionFromTheCityInItsOwnDistrict() {
        Place city = resolver.resolve("Madrid", org.sitrep.resolve.place.PlaceContext.of(java.util.Set.of("ES")));
        Place zone = PlaceFixtures.located(resolver, "Riot police clashed with youths in the South Zone of Madrid.", "Madrid");
        assertThat(zone.name()).isEqualTo("Madrid-South Zone");
        assertThat(zone.text()).isEqualTo("South Zone of Madrid");
        assertThat(zone.geoPrecision()).isEqualTo(2);
        assertThat(zone.geonameId()).isNull();
        assertThat(zone.admin2()).isEqualTo(city.admin2());
        assertThat(zone.aliases()).contains(city.name());
        assertThat(zone.lat()).isLessThan(city.lat() - 0.02); // south of the city's point
        assertThat(Math.abs(zone.lon() - city.lon())).isLessThan(Math.abs(zone.lat() - city.lat()) * 1.5);
        // a central zone is the city itself, and so is a direction written without a zone noun
        Place central = PlaceFixtures.located(resolver, "Riot police clashed with youths in the Central Zone of Madrid.", "Madrid");
        assertThat(central.geonameId()).isEqualTo(city.geonameId());
        Place west = PlaceFixtures.located(resolver, "Riot police clashed with youths in the west of Madrid.", "Madrid");
        assertThat(west.geonameId()).isEqualTo(city.geonameId());
    }

    @Test
    void aTownWhoseDistrictListsNoPlacesThatWayKeepsItsPoint() {
        // a small town: no zones of its own
        Place town = PlaceFixtures.located(resolver, "Gunmen shot a trader in the North Zone of Tomelloso.", "Tomelloso");
        assertThat(town.geoPrecision()).isEqualTo(1);
        assertThat(town.name()).isEqualTo("Tomelloso");
    }

    @Test
    void theCountrysideOfATownLiesAmongItsProvincesVillagesThatWayFromIt() {
        Sentence s = sentence("Shells fell on a hamlet in the southern countryside of Poltava on Monday.");
        assertThat(PlaceCues.countryside(span(s, "Poltava"), s)).isTrue();
        assertThat(PlaceCues.sectorDirection(span(s, "Poltava"), s)).isEqualTo("southern");
        Sentence zone = sentence("Riot police clashed with youths in the South Zone of Madrid on Friday.");
        assertThat(PlaceCues.countryside(span(zone, "Madrid"), zone)).isFalse();
        Place town = resolver.resolve("Poltava", org.sitrep.resolve.place.PlaceContext.of(java.util.Set.of("UA")));
        Place rural = PlaceFixtures.located(resolver,
                "Shells fell on a hamlet in the southern countryside of Poltava on Monday.", "Poltava");
        assertThat(rural.name()).isEqualTo(town.name() + "-Southern Countryside");
        assertThat(rural.geoPrecision()).isEqualTo(2);
        assertThat(rural.admin1()).isEqualTo(town.admin1());
        assertThat(rural.lat()).isLessThan(town.lat() - 0.1); // tens of km south of the town's point
        assertThat(town.lat() - rural.lat()).isLessThan(0.6);
        // "the outskirts" are the town's edge, no countryside: the town's point stands
        Place edge = PlaceFixtures.located(resolver, "Shells fell on the southern outskirts of Poltava on Monday.", "Poltava");
        assertThat(edge.lat()).isEqualTo(town.lat());
    }
}
