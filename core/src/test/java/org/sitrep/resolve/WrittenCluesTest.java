// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Place;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceContext;

/**
 * What the words around a place say of where an article is: a country written as a neighbour, a town written with a
 * province that does not hold it, an unlisted name that holds the name of a town of its written district.
 */
class WrittenCluesTest {
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(Gazetteer.load(), ActorDictionary.load());
    }

    private static Place where(String text, String... places) {
        MentionDraft d = PlaceFixtures.draft(text, places);
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        return resolver.choose(d, false, context, null).location();
    }

    @Test
    void aCountryWrittenAsTheNeighbourCastsNoVote() {
        String text = "On 2 March, fishermen in Ayvalik protested against patrol boats from neighbouring Greece.";
        MentionDraft d = PlaceFixtures.draft(text, "Ayvalik", "Greece");
        assertThat(resolver.countriesOf(List.of(d))).containsExactly("TR");
        // written plainly, the same country votes
        String plain = "On 2 March, fishermen in Ayvalik protested against patrol boats from Greece.";
        assertThat(resolver.countriesOf(List.of(PlaceFixtures.draft(plain, "Ayvalik", "Greece")))).contains("GR");
    }

    @Test
    void aTownOfTenThousandWrittenWithTheWrongProvinceKeepsItsReading() {
        // Ayvalik (70,000 people) lies in Balikesir province; no town of Canakkale province bears its name
        Place p = where("On 5 March, fishermen protested at the harbour in Ayvalik, Canakkale, against a new quota.",
                "Ayvalik", "Canakkale");
        assertThat(p.countryCode()).isEqualTo("TR");
        assertThat(p.admin1()).isEqualTo("Balıkesir");
        assertThat(p.geoPrecision()).isEqualTo(1);
    }

    @Test
    void anUnlistedNameHoldingATownOfItsWrittenProvinceLiesBesideThatTown() {
        // the gazetteer lists an Edremit in Balikesir province and another in Van province, and no "Yeni Edremit"
        Place p = where("On 4 March, olive growers protested in Yeni Edremit (Balikesir province) over prices.",
                "Yeni Edremit", "Balikesir province");
        assertThat(p.name()).isEqualTo("Yeni Edremit");
        assertThat(p.admin1()).isEqualTo("Balıkesir");
        assertThat(p.geoPrecision()).isEqualTo(2);
        assertThat(p.lat()).isCloseTo(39.596, org.assertj.core.data.Offset.offset(0.01));
        assertThat(p.lon()).isCloseTo(27.024, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aCapitalWrittenByItsOwnNameIsNoVariantSpellingOfABiggerCityAbroad() {
        // Mila, capital of an Algerian province (68,000 people), is also an alternate name of Milan
        List<Place> readings = resolver.candidates("Mila", java.util.Set.of());
        assertThat(readings.get(0).countryCode()).isEqualTo("DZ");
        assertThat(readings.get(0).geoPrecision()).isEqualTo(1);
        // and that alternate does not make the name one of two countries: it votes for Algeria alone
        MentionDraft d = PlaceFixtures.draft("On 3 March, teachers protested in Mila over unpaid wages.", "Mila");
        assertThat(resolver.countriesOf(List.of(d))).containsExactly("DZ");
    }

    @Test
    void theNamesOfAListOfNeighbourhoodsArePartsOfTheTownWrittenBefore() {
        // "Santiago" alone would be a capital elsewhere; written among a town's neighbourhoods it is one of them
        Place p = where("On 6 March, in Cajamarca city, residents of the Mollepampa, Baños and Santiago neighbourhoods "
                + "marched against water cuts.", "Cajamarca city", "Mollepampa", "Baños", "Santiago neighbourhoods");
        assertThat(p.name()).isEqualTo("Cajamarca");
        assertThat(p.countryCode()).isEqualTo("PE");
        assertThat(p.geoPrecision()).isEqualTo(1);
    }
}
