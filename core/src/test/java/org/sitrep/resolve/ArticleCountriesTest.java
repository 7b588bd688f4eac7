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

    @Test
    void aCountryWordInsideANamedGroupVotesOnce() {
        // "Israeli settlers" is a named group of Israel whose own words hold the adjective: one vote for Israel, as
        // many as the other side's adjective, not two that would carry the article there alone
        String text = "On 4 June, Israeli settlers set fire to a car owned by a Palestinian family.";
        MentionDraft d = PlaceFixtures.draft(text);
        assertThat(resolver.countriesOf(List.of(d))).containsExactlyInAnyOrder("IL", "PS");
    }

    @Test
    void aTownBearingTheNameIsNoMinorNamesakeOfACityThatHasItOnlyAsAnOldName() {
        // "Smyrna" is an old name of a Turkish city of millions, and towns of 10,000 to 60,000 bear it as their own: the
        // American adjective is evidence enough for one of those
        String text = "On 5 June, American police arrested two men after a shooting in Smyrna.";
        MentionDraft d = PlaceFixtures.draft(text, "Smyrna");
        assertThat(resolver.countriesOf(List.of(d))).containsExactly("US");
        assertThat(PlaceFixtures.located(resolver, text, "Smyrna").countryCode()).isEqualTo("US");
    }

    @Test
    void settlersOfOneCountryDoNotMoveAVillageOfTheTerritoryTheSentenceWrites() {
        // the settlers' adjective is one vote; the village's written territory decides where it lies
        String text = "On 6 June, Israeli settlers uprooted olive saplings on farmland of the village of Qaryut (West Bank).";
        MentionDraft d = PlaceFixtures.draft(text, "Qaryut", "West Bank");
        assertThat(resolver.countriesOf(List.of(d)).iterator().next()).isEqualTo("PS");
        Place where = PlaceFixtures.located(resolver, text, "Qaryut", "West Bank");
        assertThat(where.countryCode()).isEqualTo("PS");
        assertThat(where.geoPrecision()).isEqualTo(1);
    }

    @Test
    void aTownAndTheDistrictNamedAfterItCastNoContainerVote() {
        // India and Tunisia each have a town and a district of this name, India the bigger: the pair would fit India by
        // its name alone, while the governorate written after it says Tunisia
        String text = "On 7 June, fishermen blocked the port road in Korba, Korba district (Korba, Nabeul) over fuel prices.";
        MentionDraft d = PlaceFixtures.draftOfRepeatedNames(text, "Korba", "Korba district", "Korba", "Nabeul");
        assertThat(resolver.countriesOf(List.of(d))).containsExactly("TN");
    }
}
