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
import org.sitrep.resolve.place.PlaceContext;

/**
 * Names whose likeliest reading lies in another country or province than the one the sentence writes around them: the
 * written province, district or reference point says which namesake is meant.
 */
class ForeignNamesakeTest {
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(Gazetteer.load(), ActorDictionary.load());
    }

    private static Place located(String text, String... places) {
        return PlaceFixtures.located(resolver, text, places);
    }

    @Test
    void aRegionOfACountryTheArticleIsNotAboutDoesNotVetoATownOfItsMainCountry() {
        // "traders rallied in Kagera area in Nyeri": Kagera reads as a Tanzanian region, yet the article is Kenyan
        Place nyeri = resolver.candidates("Nyeri", Set.of("KE")).get(0).withText("Nyeri");
        assertThat(nyeri.countryCode()).isEqualTo("KE");
        PlaceContext kenyan = PlaceFixtures.contextOf(resolver, Set.of("KE"), "Kagera", "Nyeri");
        assertThat(kenyan.candidates().get("kagera").get(0).geoPrecision()).isEqualTo(3);
        assertThat(kenyan.namesRegionAbroad(nyeri)).isFalse();
        // a region of a country the article is also about still vetoes an unsupported town: it may be the noise
        PlaceContext both = PlaceFixtures.contextOf(resolver, Set.of("KE", "TZ"), "Kagera", "Nyeri");
        assertThat(both.countries()).contains("TZ");
        assertThat(both.namesRegionAbroad(nyeri)).isTrue();
    }

    @Test
    void aTownWrittenWithItsStateAndNoCommaIsTheTownOfThatState() {
        // Springfield is a town of many states; the state written after it says which
        Place town = located("On 2 June, in Springfield Illinois, police arrested two men after a shooting.",
                "Springfield Illinois");
        assertThat(town.countryCode()).isEqualTo("US");
        assertThat(town.admin1()).isEqualTo("Illinois");
        assertThat(town.geoPrecision()).isEqualTo(1);
        assertThat(town.lat()).isCloseTo(39.80, Offset.offset(0.05));
        // the town comes first and its province last; a province before its town is no such span
        assertThat(resolver.candidates("Springfield Illinois", Set.of()).get(0).admin1()).isEqualTo("Illinois");
        assertThat(resolver.candidates("Illinois Springfield", Set.of())).isEmpty();
    }

    @Test
    void aTownWhoseLongerNameHoldsTheWrittenOneWinsOverAHamletOfThatNameInTheSameState() {
        // two hamlets of Michoacán bear the short name as their own; the town of 39,000 is "Los Reyes de Salgado"
        Place town = located("On 4 June, transport workers blocked a highway in Los Reyes, Michoacan.", "Los Reyes", "Michoacan");
        assertThat(town.countryCode()).isEqualTo("MX");
        assertThat(town.admin1()).isEqualTo("Michoacán");
        assertThat(town.lat()).isCloseTo(19.59, Offset.offset(0.05));
        // an old or suburb's name of a city that is no part of its own name does not move the town there
        Place village = located("On 4 June, a man was shot in Greenwood, Missouri.", "Greenwood", "Missouri");
        assertThat(village.countryCode()).isEqualTo("US");
        assertThat(village.name()).isEqualTo("Greenwood");
        assertThat(village.lat()).isCloseTo(38.85, Offset.offset(0.05));
    }

    @Test
    void aPlaceToldByItsBearingFromAReferenceAbroadIsANamesakeAndTheReferenceIsTheScene() {
        Place where = located("On 5 June, a roadside bomb hit a truck in Bethlehem area, north of Tikrit.",
                "Bethlehem area", "Tikrit");
        assertThat(where.countryCode()).isEqualTo("IQ");
        assertThat(where.admin1()).isEqualTo("Salah ad Din");
        // a reading in the reference's own country stays the scene
        Place town = located("On 5 June, a roadside bomb hit a truck in Samarra, north of Tikrit.", "Samarra", "Tikrit");
        assertThat(town.countryCode()).isEqualTo("IQ");
        assertThat(town.name()).isEqualTo("Samarra");
    }

    @Test
    void aTownListedOnlyInAnotherDistrictOfTheProvinceIsAnUnlistedVillageOfTheWrittenDistrict() {
        // the only listed Mohpa lies in another district of Maharashtra, hundreds of km from Satara
        Place village = located("On 3 March, a mob torched a shop in Mohpa village (Satara, Maharashtra).",
                "Mohpa village", "Satara", "Maharashtra");
        Place satara = resolver.candidates("Satara", Set.of("IN")).get(0);
        assertThat(village.name()).isEqualTo("Mohpa");
        assertThat(village.admin1()).isEqualTo("Maharashtra");
        assertThat(village.geoPrecision()).isEqualTo(2);
        assertThat(village.lat()).isCloseTo(satara.lat(), Offset.offset(0.01));
        assertThat(village.lon()).isCloseTo(satara.lon(), Offset.offset(0.01));
        // the town the district holds keeps its own point
        Place town = located("On 3 March, a mob torched a shop in Trimbak town (Nashik, Maharashtra).",
                "Trimbak town", "Nashik", "Maharashtra");
        assertThat(town.name()).isEqualTo("Trimbak");
        assertThat(town.geoPrecision()).isEqualTo(1);
        assertThat(town.lat()).isCloseTo(19.93, Offset.offset(0.01));
        // a city written with a district that does not hold it keeps its point: the writer slipped on its district
        Place city = located("On 3 March, a rally was held in Nagpur city (Satara, Maharashtra).",
                "Nagpur city", "Satara", "Maharashtra");
        assertThat(city.name()).isEqualTo("Nagpur");
        assertThat(city.geoPrecision()).isEqualTo(1);
        assertThat(city.lat()).isCloseTo(21.15, Offset.offset(0.05));
    }
}
