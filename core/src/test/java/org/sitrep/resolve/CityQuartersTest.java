// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.place.Gazetteer;

/** A name written with a city as its container is the namesake by the city, not one far out in the city's province. */
class CityQuartersTest {
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(Gazetteer.load(), ActorDictionary.load());
    }

    @Test
    void aVillageWrittenWithItsCityIsTheNamesakeByTheCity() {
        // Kharkiv oblast lists two villages of this name, one 16 km from the city and one 72 km out
        Place city = resolver.candidates("Kharkiv", Set.of("UA")).get(0);
        assertThat(city.geoPrecision()).isEqualTo(1);
        Place byCity = PlaceFixtures.located(resolver,
                "On 3 June, traders blocked a road in Berezivka, Kharkiv, over fuel prices.", "Berezivka", "Kharkiv");
        assertThat(byCity.admin1()).isEqualTo("Kharkiv");
        assertThat(byCity.geoPrecision()).isEqualTo(1);
        assertThat(SceneOrder.km(byCity, city)).isLessThan(CityQuarters.BY_CITY_KM);
        assertThat(byCity.lat()).isCloseTo(49.907, Offset.offset(0.01));
        assertThat(byCity.lon()).isCloseTo(36.066, Offset.offset(0.01));
    }

    @Test
    void aVillageWrittenWithItsProvinceKeepsItsLikeliestReadingThere() {
        // the oblast, not its seat, is the container: nothing says the village lies by the city
        Place city = resolver.candidates("Kharkiv", Set.of("UA")).get(0);
        Place inProvince = PlaceFixtures.located(resolver,
                "On 3 June, traders blocked a road in Berezivka, Kharkiv Oblast, over fuel prices.",
                "Berezivka", "Kharkiv Oblast");
        assertThat(inProvince.admin1()).isEqualTo("Kharkiv");
        assertThat(SceneOrder.km(inProvince, city)).isGreaterThan(CityQuarters.BY_CITY_KM);
    }
}
