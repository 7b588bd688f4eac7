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

/** The countries an article is about, from its places, its country words and the groups it names. */
class ArticleCountriesTest {
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(Gazetteer.load(), ActorDictionary.load());
    }

    @Test
    void aNamedGroupVotesForItsCountry() {
        // the village is unlisted: only the group says where the article is
        String text = "On 12 June, al-Shabaab fighters ambushed a supply convoy near Dhagaxley Weyn.";
        MentionDraft d = PlaceFixtures.draft(text, "Dhagaxley Weyn");
        assertThat(resolver.countriesOf(List.of(d))).containsExactly("SO");
    }

    @Test
    void aNameReadInSeveralCountriesVotesForTheOneTheGroupBelongsTo() {
        // Kwale is a Kenyan town first, and a Nigerian one among its likelier readings
        String text = "On 3 June, suspected armed herdsmen killed two farmers on their way to their fields near Kwale.";
        MentionDraft d = PlaceFixtures.draft(text, "Kwale");
        assertThat(resolver.countriesOf(List.of(d))).containsExactly("NG");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        Place where = resolver.choose(d, false, context, null).location();
        assertThat(where.countryCode()).isEqualTo("NG");
        assertThat(where.geoPrecision()).isEqualTo(1);
        // nothing else in the text: the likeliest reading's country
        String plain = "On 3 June, two farmers were found dead near Kwale.";
        MentionDraft e = PlaceFixtures.draft(plain, "Kwale");
        assertThat(resolver.countriesOf(List.of(e))).containsExactly("KE");
    }

    @Test
    void aGroupWithoutACountryVotesForNone() {
        // generic descriptions name no country: the village's own reading decides
        String text = "On 3 June, unidentified gunmen killed two farmers near Kwale.";
        MentionDraft d = PlaceFixtures.draft(text, "Kwale");
        assertThat(resolver.countriesOf(List.of(d))).containsExactly("KE");
    }

    @Test
    void aRegionWrittenWithItsKindWordVotesForTheCountryWhereItIsOfThatKind() {
        // "Zaire" alone is also the old name of a country; "Zaire province" is the Angolan province
        String text = "On 2 June, police fired tear gas at traders in Kimpangu Novo, Zaire province.";
        MentionDraft d = PlaceFixtures.draft(text, "Kimpangu Novo", "Zaire province");
        assertThat(resolver.countriesOf(List.of(d))).containsExactly("AO");
    }

    @Test
    void aContainerInBracketsVotesForItsRegionNotForACityOfItsName() {
        // the village is unlisted; "Merida" alone is first the Mexican city, but written as a container it is the
        // Venezuelan state
        String text = "On 3 June, residents blocked the road in Los Cerritos de Abajo (Merida) over fuel shortages.";
        MentionDraft d = PlaceFixtures.draft(text, "Los Cerritos de Abajo", "Merida");
        assertThat(resolver.countriesOf(List.of(d))).containsExactly("VE");
    }
}
