// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Place;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceContext;

/** Which reading of a place its written container holds: the district's namesake, or none of them. */
class ContainerReadingTest {
    private static PlaceResolver resolver;
    private static ContainerReading containers;
    private static PlaceReadings readings;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(Gazetteer.load(), ActorDictionary.load());
        readings = new PlaceReadings(Gazetteer.load(), ActorDictionary.load());
        containers = new ContainerReading(readings);
    }

    private static Place where(String text, String... places) {
        MentionDraft d = PlaceFixtures.draft(text, places);
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        return resolver.choose(d, false, context, null).location();
    }

    @Test
    void theNamesakeInTheWrittenDistrictBeatsALikelierOneElsewhereInTheState() {
        // two Shahabads in Uttar Pradesh: the bigger one in Hardoi district, the other in Rampur district
        Place p = where("On 4 June, two families clashed over a land dispute in Shahabad (Rampur, Uttar Pradesh).",
                "Shahabad", "Rampur", "Uttar Pradesh");
        assertThat(p.geoPrecision()).isEqualTo(1);
        assertThat(p.admin2()).isEqualTo("District Rampur");
        // the district written is the other one: the other Shahabad
        Place q = where("On 4 June, two families clashed over a land dispute in Shahabad (Hardoi, Uttar Pradesh).",
                "Shahabad", "Hardoi", "Uttar Pradesh");
        assertThat(q.admin2()).isEqualTo("Hardoi");
    }

    @Test
    void aTownWhoseLongerNameHoldsTheWrittenOneBeatsAHamletOfThatNameWhenTheLikeliestReadingLiesElsewhere() {
        // the likeliest Zumpango is the town of 50,000 in México state; Guerrero holds a hamlet called Zumpango and the
        // town of 25,000 called Zumpango del Río, which a writer shortens to the first word
        Place best = readings.candidates("Zumpango", Set.of("MX")).get(0);
        assertThat(best.admin1()).isEqualTo("México");
        Place p = containers.heldIn(best, "Zumpango", "Guerrero", PlaceContext.of(Set.of("MX")));
        assertThat(p.admin1()).isEqualTo("Guerrero");
        assertThat(p.name()).isEqualTo("Zumpango");
        assertThat(p.admin2()).isEqualTo("Eduardo Neri");
        assertThat(p.lat()).isCloseTo(17.65, org.assertj.core.data.Offset.offset(0.02));
        // a province that holds only the hamlet keeps the hamlet
        Place hamlet = containers.heldIn(best, "Zumpango", "Tlaxcala", PlaceContext.of(Set.of("MX")));
        assertThat(hamlet.admin1()).isEqualTo("Tlaxcala");
        assertThat(hamlet.admin2()).isEqualTo("Atlangatepec");
    }

    @Test
    void aTownWrittenWithTheDistrictNamedAfterItIsTheTownOfThatDistrict() {
        // a smaller town of the name lies in another district of the state; the district's seat is listed under
        // another spelling, with the written one as an alternate
        MentionDraft d = PlaceFixtures.draftOfRepeatedNames(
                "On 4 June, traders shut their shops in Maharajganj (Maharajganj, Uttar Pradesh) over new taxes.",
                "Maharajganj", "Maharajganj", "Uttar Pradesh");
        Place p = resolver.choose(d, false, resolver.context(List.of(d), List.of(d.sentence())), null).location();
        assertThat(p.geoPrecision()).isEqualTo(1);
        assertThat(p.admin1()).isEqualTo("Uttar Pradesh");
        assertThat(p.admin2()).isEqualTo("Maharajganj");
    }

    @Test
    void aDistrictListedOnlyInAnotherProvinceThanTheTownWrittenAfterItLiesAtThatTown() {
        // the only Aymaraes the gazetteer lists is a province of Apurimac: "Aymaraes, Cajamarca" is a place of that
        // name at the town of Cajamarca
        Place cajamarca = where("On 4 June, traders protested in Cajamarca.", "Cajamarca");
        Place p = where("On 4 June, farmers blocked a road in Aymaraes, Cajamarca, demanding water.", "Aymaraes",
                "Cajamarca");
        assertThat(p.name()).isEqualTo("Aymaraes");
        assertThat(p.admin1()).isEqualTo(cajamarca.admin1());
        assertThat(p.geoPrecision()).isEqualTo(2);
        assertThat(p.lat()).isEqualTo(cajamarca.lat());
    }

    @Test
    void aContainerWrittenWithStateIsReadAmongStatesOnly() {
        // "Bolivar state" is a Venezuelan state (or a Colombian department), not one of the Colombian municipalities
        // called Bolivar that share a department with a Sucre municipality: no listed Sucre lies in either state
        ContainerReading.Coherent pair = containers.coherent("Sucre municipality", "Bolivar state", Set.of());
        assertThat(pair).isNull();
        // without the kind word, a municipality of the name is a container like any other
        ContainerReading.Coherent bare = containers.coherent("Sucre municipality", "Bolivar", Set.of());
        assertThat(bare).isNotNull();
        assertThat(bare.container().geoPrecision()).isEqualTo(2);
    }

    @Test
    void aTownWrittenWithCityIsReadAmongTownsOnly() {
        // "X city (X, province)": the town, not the district of its name that the container also holds
        PlaceContext india = PlaceContext.of(Set.of("IN"));
        Place held = containers.heldIn(null, "Fatehpur city", "Uttar Pradesh", india);
        assertThat(held).isNotNull();
        assertThat(held.geoPrecision()).isEqualTo(1);
    }
}
