// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Place;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceContext;

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

    @Test
    void aVillageListedOnlyInAnotherProvinceLiesByTheTownWrittenAfterItAndTheProvinceIsNoSceneOfItsOwn() {
        // the only listed Tagbak lies in another region; Dingle is a town of the written province, and the province's
        // reading (its capital) must not win over the village placed by Dingle
        Place village = PlaceFixtures.located(resolver,
                "On 3 June 2021, gunmen ambushed a village councillor in Tagbak, Dingle, Iloilo, wounding him.",
                "Tagbak", "Dingle", "Iloilo");
        assertThat(village.name()).isEqualTo("Tagbak");
        assertThat(village.admin1()).isEqualTo("Western Visayas");
        assertThat(village.geoPrecision()).isEqualTo(2);
        assertThat(village.geonameId()).isNull();
        assertThat(village.lat()).isCloseTo(11.00, Offset.offset(0.01));
        assertThat(village.lon()).isCloseTo(122.67, Offset.offset(0.01));
    }

    @Test
    void aCityWrittenWithAQuarterListedInAnotherProvinceKeepsItsOwnReading() {
        // the bracketed quarter's only listed namesake lies in another governorate: the city is not moved there
        MentionDraft d = PlaceFixtures.draftOfRepeatedNames(
                "On 3 June 2021, teachers protested outside the regional office in Sfax (Ezzouhour, Sfax) over unpaid wages.",
                "Sfax", "Ezzouhour", "Sfax");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        Place city = resolver.choose(d, false, context, null).location();
        assertThat(city.name()).isEqualTo("Sfax");
        assertThat(city.geonameId()).isEqualTo(2467454);
    }
}
