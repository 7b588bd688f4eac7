// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Frame;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;
import org.sitrep.model.Status;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceContext;

/** Place spans of one article resolved against each other. */
class PlaceResolverTest {
    private static Gazetteer gazetteer;
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
        resolver = new PlaceResolver(gazetteer, ActorDictionary.load());
    }

    private static PlaceContext contextOf(Set<String> countries, String... names) {
        return PlaceFixtures.contextOf(resolver, countries, names);
    }

    @Test
    void aFrenchRegionNameIsTheEnglishRegionOfTheTownsCountry() {
        // "Around 3 June, soldiers burned houses in Fundong (Boyo, Nord-Ouest)."
        PlaceContext context = contextOf(Set.of("CM"), "Fundong", "Nord-Ouest");
        Place region = resolver.resolve("Nord-Ouest", context);
        assertThat(region.countryCode()).isEqualTo("CM");
        assertThat(region.name()).isEqualTo("North-West");
        assertThat(region.geoPrecision()).isEqualTo(3);
        Place town = resolver.resolve("Fundong", context);
        assertThat(town.admin1()).isEqualTo("North-West");
        assertThat(town.geoPrecision()).isEqualTo(1);
    }

    @Test
    void aTownTakesTheNamesakeInTheStateNamedAfterIt() {
        // "Hundreds marched in Alexandria, Virginia, on Saturday."
        Place town = resolver.resolve("Alexandria", contextOf(Set.of("US"), "Alexandria", "Virginia"));
        assertThat(town.countryCode()).isEqualTo("US");
        assertThat(town.admin1()).isEqualTo("Virginia");
    }

    @Test
    void aDistrictNamedWithItsKindWordIsTheDistrict() {
        // "Militants attacked a checkpoint in Zaybak district, Badakhshan."
        Place district = resolver.resolve("Zaybak district", contextOf(Set.of("AF"), "Zaybak district", "Badakhshan"));
        assertThat(district.admin1()).isEqualTo("Badakhshan");
        assertThat(district.admin2()).isEqualTo("Zaybāk");
        assertThat(district.geoPrecision()).isEqualTo(2);
    }

    @Test
    void aTownAbroadThatNothingElseSupportsIsNotTaken() {
        // "Gunmen shot a trader near Alexandria (Badakhshan)": no Afghan Alexandria is listed
        PlaceContext context = contextOf(Set.of("AF"), "Alexandria", "Badakhshan");
        assertThat(resolver.resolve("Alexandria", context)).isNull();
        assertThat(resolver.resolve("Badakhshan", context).countryCode()).isEqualTo("AF");
    }

    @Test
    void farFetchedNamesakesOfOtherNamesDoNotOutvoteACountry() {
        // "Syria and its ally Russia pressed on, as Moscow and Damascus traded statements": a US state has a
        // Damascus, a Moscow and a Russia, yet only the likeliest readings of the other names may lend support
        PlaceContext context = contextOf(Set.of("SY"), "Syria", "Russia", "Moscow", "Damascus");
        Place russia = resolver.resolve("Russia", context);
        assertThat(russia.countryCode()).isEqualTo("RU");
        assertThat(russia.geoPrecision()).isEqualTo(3);
        assertThat(resolver.resolve("Damascus", context).countryCode()).isEqualTo("SY");
    }

    private static MentionDraft draft(String text, String... places) {
        return PlaceFixtures.draft(text, places);
    }

    @Test
    void aVillageListedOnlyInAnotherProvinceGivesWayToTheProvinceNamedAfterIt() {
        // the gazetteer lists Pervomayske in Mykolaiv oblast only; the sentence puts it in Luhansk
        String text = "On 6 June, separatist forces shelled Pervomaiske, Luhansk, damaging a school.";
        MentionDraft d = draft(text, "Pervomaiske", "Luhansk");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        Place where = resolver.choose(d, false, context, null).location();
        assertThat(where.name()).isEqualTo("Pervomaiske");
        assertThat(where.admin1()).isEqualTo("Luhansk");
        assertThat(where.countryCode()).isEqualTo("UA");
        assertThat(where.geoPrecision()).isEqualTo(2); // the coordinates are the city of Luhansk's, not the village's
    }

    /** A draft of the sentence {@code index} of an article, starting at {@code begin}. */
    private static MentionDraft draftAt(int index, int begin, String text, String... places) {
        Sentence sentence = org.sitrep.resolve.place.Tokenized.sentence(index, text, begin);
        List<PlaceRef> refs = new java.util.ArrayList<>();
        for (String p : places) {
            int at = begin + text.indexOf(p);
            refs.add(new PlaceRef(p, at, at + p.length(), PlaceRef.Role.LOCATION, false));
        }
        return new MentionDraft(null, sentence, Frame.ATTACK, null, Status.OCCURRED, false, List.of(), refs, null, null,
                Map.of(), List.of(), "shelled", 0, false);
    }

    @Test
    void aVillageWrittenAloneIsTheOneTheArticlePlacedWithItsRegion() {
        // Pervomaiske is listed in Mykolaiv oblast only; the first sentence puts it in Luhansk, the second names it alone
        String first = "On 6 June, separatist forces shelled army positions near Pervomaiske, Luhansk.";
        String second = "The monitors counted nine explosions near Pervomaiske the same evening.";
        MentionDraft a = draftAt(0, 0, first, "Pervomaiske", "Luhansk");
        MentionDraft b = draftAt(1, first.length() + 1, second, "Pervomaiske");
        PlaceContext context = resolver.context(List.of(a, b), List.of(a.sentence(), b.sentence()));
        Place alone = resolver.choose(b, false, context, null).location();
        assertThat(alone.name()).isEqualTo("Pervomaiske");
        assertThat(alone.admin1()).isEqualTo("Luhansk");
        assertThat(alone.geoPrecision()).isEqualTo(2);
        assertThat(alone.text()).isEqualTo("Pervomaiske");
        assertThat(resolver.choose(a, false, context, null).location()).isEqualTo(alone);
    }

    @Test
    void aTownWrittenAgainAsTheOuterContainerKeepsItsOwnReading() {
        // "Tiflet" is a town of another region: the bracket is miswritten, and the second "Tiznit" stays the city
        String text = "Fishermen protested at the port office in Tiznit (Tiflet, Tiznit) on Monday.";
        MentionDraft d = draft(text, "Tiznit", "Tiflet");
        int second = text.lastIndexOf("Tiznit");
        List<PlaceRef> refs = new java.util.ArrayList<>(d.places());
        refs.add(new PlaceRef("Tiznit", second, second + "Tiznit".length(), PlaceRef.Role.LOCATION, false));
        MentionDraft all = new MentionDraft(null, d.sentence(), Frame.ATTACK, null, Status.OCCURRED, false, List.of(), refs,
                null, null, Map.of(), List.of(), "protested", 0, false);
        PlaceContext context = resolver.context(List.of(all), List.of(all.sentence()));
        Place city = resolver.resolve("Tiznit", context);
        Place where = resolver.choose(all, false, context, null).location();
        assertThat(where.name()).isEqualTo("Tiznit");
        assertThat(where.geoPrecision()).isEqualTo(1);
        assertThat(where.admin1()).isEqualTo(city.admin1());
    }

    @Test
    void anUnlistedVillageWithNamesakesOnlyAbroadDoesNotPullItsRegionAbroad() {
        // the only listed Sosnovskoye is Russian, and Russia has a town called Donetsk: the village still lies in
        // Ukraine's Donetsk oblast, the article's country
        String text = "On 6 June, government forces fired mortars at rebel positions near Sosnovskoye, Donetsk.";
        MentionDraft d = draft(text, "Sosnovskoye", "Donetsk");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        assertThat(context.countries()).containsExactly("UA");
        Place where = resolver.choose(d, false, context, null).location();
        assertThat(where.name()).isEqualTo("Sosnovskoye");
        assertThat(where.countryCode()).isEqualTo("UA");
        assertThat(where.admin1()).isEqualTo("Donetsk");
        assertThat(where.geoPrecision()).isEqualTo(2);
    }

    /** A day the Donbas line of actors/fronts.tsv stood. */
    private static final java.time.LocalDate ON_THE_DONBAS_LINE = java.time.LocalDate.of(2019, 6, 4);

    @Test
    void aMonitorsReportPlacesAVillageOnTheFrontBeforeItsNamesakes() {
        // Blahodatne is listed in Donetsk oblast and, more populous, in Volyn
        String text = "On 3 June, SMM patrols recorded 14 explosions near Blahodatne.";
        MentionDraft d = draft(text, "Blahodatne");
        Place onLine = resolver.choose(d, false, resolver.article(List.of(d), List.of(d.sentence()), ON_THE_DONBAS_LINE)
                .context(), null).location();
        assertThat(onLine.admin1Code()).isEqualTo("UA.05");
        assertThat(onLine.geoPrecision()).isEqualTo(1);
        // undated, or after the front's period, the report says nothing of the line
        Place undated = resolver.choose(d, false, resolver.article(List.of(d), List.of(d.sentence()), null).context(),
                null).location();
        assertThat(undated.admin1Code()).isNotEqualTo("UA.05");
        Place later = resolver.choose(d, false, resolver.article(List.of(d), List.of(d.sentence()),
                java.time.LocalDate.of(2023, 1, 10)).context(), null).location();
        assertThat(later.admin1Code()).isEqualTo(undated.admin1Code());
    }

    @Test
    void aVillageListedOnlyOffTheFrontIsAnUnlistedVillageOfTheFrontCountry() {
        // the only Pervomaiske listed is in Mykolaiv oblast, far from the line the monitors watch
        String text = "On 3 June, SMM monitors heard 20 explosions near Pervomaiske.";
        MentionDraft d = draft(text, "Pervomaiske");
        Place where = resolver.choose(d, false, resolver.article(List.of(d), List.of(d.sentence()), ON_THE_DONBAS_LINE)
                .context(), null).location();
        assertThat(where.name()).isEqualTo("Pervomaiske");
        assertThat(where.countryCode()).isEqualTo("UA");
        assertThat(where.admin1()).isNull();
        assertThat(where.geoPrecision()).isEqualTo(3);
        String plain = "On 3 June, a tractor hit a mine near Pervomaiske.";
        MentionDraft e = draft(plain, "Pervomaiske");
        Place off = resolver.choose(e, false, resolver.article(List.of(e), List.of(e.sentence()), ON_THE_DONBAS_LINE)
                .context(), null).location();
        assertThat(off.admin1()).isEqualTo("Mykolaiv");
        assertThat(off.geoPrecision()).isEqualTo(1);
    }

    @Test
    void anAirportNamedAfterATownStandsForThatTown() {
        String text = "On 3 June, shelling was heard near Kherson Airport overnight.";
        MentionDraft d = draft(text, "Kherson Airport");
        Place where = resolver.choose(d, false, resolver.context(List.of(d), List.of(d.sentence())), null).location();
        assertThat(where.countryCode()).isEqualTo("UA");
        assertThat(where.admin1Code()).isEqualTo("UA.08");
        assertThat(where.text()).isEqualTo("Kherson Airport");
    }

    @Test
    void aNumberedLocalityLiesBesideItsBaseNameAtLowerPrecision() {
        PlaceContext context = contextOf(Set.of("UA"), "Horlivka-2");
        Place block = resolver.resolve("Horlivka-2", context);
        Place town = resolver.resolve("Horlivka", context);
        assertThat(block.name()).isEqualTo("Horlivka-2");
        assertThat(block.text()).isEqualTo("Horlivka-2");
        assertThat(block.admin1Code()).isEqualTo("UA.05");
        assertThat(block.geoPrecision()).isEqualTo(2);
        assertThat(block.lat()).isEqualTo(town.lat());
        assertThat(block.aliases()).contains(town.name());
        assertThat(block.geonameId()).isNull();
    }

    @Test
    void aTownInTheProvinceNamedAfterItKeepsItsOwnCoordinates() {
        String text = "Unknown gunmen killed a trader in Kisumu, Kisumu County, on Friday.";
        MentionDraft d = draft(text, "Kisumu", "Kisumu County");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        Place where = resolver.choose(d, false, context, null).location();
        assertThat(where.name()).isEqualTo("Kisumu");
        assertThat(where.geoPrecision()).isEqualTo(1);
        assertThat(where.countryCode()).isEqualTo("KE");
    }

    @Test
    void theContainerVotesForTheArticleCountry() {
        String text = "On 6 June, separatist forces shelled Pervomaiske, Luhansk, damaging a school.";
        MentionDraft d = draft(text, "Pervomaiske", "Luhansk");
        assertThat(resolver.countriesOf(List.of(d))).containsExactly("UA");
    }

    @Test
    void aCountryInsideAnActorPhraseIsNotTheScene() {
        String text = "US military forces raided a farm by the river before dawn.";
        MentionDraft d = draft(text, "US");
        assertThat(resolver.choose(d, false, PlaceContext.of(Set.of()), null).location()).isNull();
    }

    @Test
    void directionWordsNameARegionOnlyOfTheArticleCountry() {
        // "Gunfire was heard in the South Zone of Recife, Pernambuco": no Brazilian region is called South
        PlaceContext context = contextOf(Set.of("BR"), "South Zone", "Recife", "Pernambuco");
        assertThat(resolver.resolve("South Zone", context)).isNull();
        assertThat(resolver.resolve("Recife", context).countryCode()).isEqualTo("BR");
    }

    @Test
    void aMonthOrAnOfficeIsNoPlace() {
        String text = "On 14 June, the Interior Minister toured Kisumu.";
        MentionDraft d = draft(text, "June", "Minister", "Kisumu");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        assertThat(resolver.choose(d, false, context, null).location().name()).isEqualTo("Kisumu");
    }

    @Test
    void aTownIsReadInTheStateWrittenAfterItEvenWhenABiggerNamesakeIsAbroad() {
        String text = "On 12 June, two men were shot dead outside a bar in Paris, Texas, police said.";
        MentionDraft d = draft(text, "Paris", "Texas");
        assertThat(resolver.countriesOf(List.of(d))).startsWith("US");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        Place where = resolver.choose(d, false, context, null).location();
        assertThat(where.name()).isEqualTo("Paris");
        assertThat(where.countryCode()).isEqualTo("US");
        assertThat(where.admin1()).isEqualTo("Texas");
        assertThat(where.geoPrecision()).isEqualTo(1);
    }

    @Test
    void theBracketedStatePicksAmongNamesakesOfOneCountry() {
        // several US towns are called Paris; the one of the state in brackets is meant, not the most populous
        String text = "Around 3 March, farmers blocked a highway near Paris (Kentucky) over crop prices.";
        MentionDraft d = draft(text, "Paris", "Kentucky");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        Place where = resolver.choose(d, false, context, null).location();
        assertThat(where.admin1()).isEqualTo("Kentucky");
        assertThat(where.geoPrecision()).isEqualTo(1);
    }

    @Test
    void countriesThatExchangeFireAreNotTheSceneBesideATown() {
        String text = "On 2 July, the armies of India and Pakistan exchanged fire near Baramula (J&K), injuring a farmer.";
        MentionDraft d = draft(text, "India", "Pakistan", "Baramula", "J&K");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        Place where = resolver.choose(d, false, context, null).location();
        assertThat(where.countryCode()).isEqualTo("IN");
        assertThat(where.admin1()).isEqualTo("Jammu and Kashmir");
        assertThat(where.geoPrecision()).isEqualTo(1);
    }

    @Test
    void aPressAbbreviationNamesItsState() {
        PlaceContext context = contextOf(Set.of("IN"), "J&K");
        Place region = resolver.resolve("J&K", context);
        assertThat(region.name()).isEqualTo("Jammu and Kashmir");
        assertThat(region.geoPrecision()).isEqualTo(3);
    }

    @Test
    void aMonthIsNeverResolved() {
        // GeoNames lists towns called May; "On 3 May" names none of them
        assertThat(resolver.resolve("May", PlaceContext.of(Set.of()))).isNull();
        assertThat(resolver.resolve("May", PlaceContext.of(Set.of("US")))).isNull();
    }

    @Test
    void aTownNamedWithoutContainerInAnotherStateIsANamesakeOfTheStatedPlace() {
        String text = "On 9 May, a gunman shot a clerk in Springfield near Austin (Travis County, Texas).";
        MentionDraft d = draft(text, "Springfield", "Austin", "Travis County", "Texas");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        Place where = resolver.choose(d, false, context, null).location();
        assertThat(where.name()).isEqualTo("Austin");
        assertThat(where.admin1()).isEqualTo("Texas");
    }

    @Test
    void aPlaceWrittenAgainAsItsDistrictIsReadInTheProvinceAfterIt() {
        // ACLED's "location (admin2, admin1)" where the town gives its district its name
        String text = "Around 5 June, a crowd rallied in Alexandria (Alexandria, Virginia) against police violence.";
        MentionDraft d = draft(text, "Virginia");
        int first = text.indexOf("Alexandria");
        int second = text.indexOf("Alexandria", first + 1);
        List<PlaceRef> refs = List.of(new PlaceRef("Alexandria", first, first + 10, PlaceRef.Role.LOCATION, false),
                new PlaceRef("Alexandria", second, second + 10, PlaceRef.Role.LOCATION, false), d.places().get(0));
        MentionDraft bracketed = new MentionDraft(null, d.sentence(), Frame.PROTEST, null, Status.OCCURRED, false,
                List.of(), refs, null, null, Map.of(), List.of(), "rallied", 0, false);
        PlaceContext context = resolver.context(List.of(bracketed), List.of(bracketed.sentence()));
        Place where = resolver.choose(bracketed, false, context, null).location();
        assertThat(where.countryCode()).isEqualTo("US");
        assertThat(where.admin1()).isEqualTo("Virginia");
        assertThat(where.geoPrecision()).isEqualTo(1);
    }

    @Test
    void aTransliterationIsFoundByItsConsonantsOnlyWhenAnotherNameOfItsProvinceBacksIt() {
        // GeoNames spells the district Bāramūla; "Baramala" has another vowel; the article also names Srinagar, in the
        // same state
        Place district = resolver.resolve("Baramala district",
                contextOf(Set.of("IN"), "Baramala district", "Srinagar"));
        assertThat(district.countryCode()).isEqualTo("IN");
        assertThat(district.admin1()).isEqualTo("Jammu and Kashmir");
        assertThat(district.geoPrecision()).isEqualTo(2);
        // alone, a name spelled like a district but for a vowel is a guess the article does not back
        assertThat(resolver.resolve("Baramala district", contextOf(Set.of("IN"), "Baramala district"))).isNull();
        // a doubled letter tells no two names apart: "Baramulla" is the district's close spelling, backed or not
        Place close = resolver.resolve("Baramulla district", contextOf(Set.of("IN"), "Baramulla district"));
        assertThat(close.geoPrecision()).isEqualTo(2);
        assertThat(close.name()).isEqualTo("Baramulla");
        assertThat(close.aliases()).contains("Bāramūla");
        // a town is never taken on its consonants alone (too many villages share them), but this spelling is another
        // romanisation of the town's name (the same letters once vowels and doubled letters are set aside), which a
        // name of its province backs (RomanisedPlaceTest)
        Place town = resolver.resolve("Baramulla", contextOf(Set.of("IN"), "Baramulla", "Srinagar"));
        assertThat(town.geoPrecision()).isEqualTo(1);
        assertThat(town.admin1()).isEqualTo("Jammu and Kashmir");
        assertThat(town.aliases()).contains("Bāramūla");
    }

    @Test
    void aDirectionWordAloneDoesNotVoteForACountry() {
        String text = "Residents blocked roads in the East of Medellin on Friday.";
        MentionDraft d = draft(text, "East", "Medellin");
        assertThat(resolver.countriesOf(List.of(d))).containsExactly("CO");
    }

    @Test
    void anUnlistedVillageLiesInTheDistrictWrittenAfterIt() {
        String text = "On 9 June, gunmen torched two houses in Qurbankhel (Zaybak district, Badakhshan).";
        MentionDraft d = draft(text, "Qurbankhel", "Zaybak district", "Badakhshan");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        Place district = resolver.resolve("Zaybak district", context);
        Place where = resolver.choose(d, false, context, null).location();
        assertThat(where.name()).isEqualTo("Qurbankhel");
        assertThat(where.geonameId()).isNull();
        assertThat(where.countryCode()).isEqualTo("AF");
        assertThat(where.admin1()).isEqualTo("Badakhshan");
        assertThat(where.admin2()).isEqualTo(district.admin2());
        assertThat(where.geoPrecision()).isEqualTo(2);
        assertThat(where.lat()).isEqualTo(district.lat());
        assertThat(where.lon()).isEqualTo(district.lon());
    }

    @Test
    void anUnlistedVillageInAnUnlistedDistrictLiesInTheProvince() {
        String text = "On 11 June, insurgents burned huts in Mbwelakunda village (Nkwazirimbo, Cabo Delgado).";
        MentionDraft d = draft(text, "Mbwelakunda village", "Nkwazirimbo", "Cabo Delgado");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        Place province = resolver.resolve("Cabo Delgado", context);
        Place where = resolver.choose(d, false, context, null).location();
        assertThat(where.name()).isEqualTo("Mbwelakunda");
        assertThat(where.text()).isEqualTo("Mbwelakunda village");
        assertThat(where.countryCode()).isEqualTo("MZ");
        assertThat(where.admin1()).isEqualTo(province.admin1());
        assertThat(where.admin2()).isNull();
        assertThat(where.geoPrecision()).isEqualTo(3);
        assertThat(where.lat()).isEqualTo(province.lat());
    }

    @Test
    void aMissionThatWorksInOneCountryNamesTheArticleCountry() {
        String text = "On 10 June, the OSCE SMM recorded 12 explosions near Zarvenkove.";
        MentionDraft d = draft(text, "OSCE SMM", "Zarvenkove");
        assertThat(resolver.countriesOf(List.of(d))).containsExactly("UA");
    }

    @Test
    void anUnlistedSceneLiesInTheArticleCountryWhenTheSentenceNamesNothingElse() {
        String text = "On 10 June, UNMISS said its patrol heard gunfire near Paluakor.";
        MentionDraft d = draft(text, "UNMISS", "Paluakor");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        Place where = resolver.choose(d, false, context, null).location();
        Place southSudan = gazetteer.country("SS").orElseThrow();
        assertThat(where.name()).isEqualTo("Paluakor");
        assertThat(where.countryCode()).isEqualTo("SS");
        assertThat(where.admin1()).isNull();
        assertThat(where.geoPrecision()).isEqualTo(3);
        assertThat(where.lat()).isEqualTo(southSudan.lat());
        assertThat(where.lon()).isEqualTo(southSudan.lon());
    }

    @Test
    void anUnlistedSceneReportedByAMissionOfOneRegionLiesInThatRegion() {
        // the OSCE monitors report along the Donbas line of contact (gazetteer/mission-countries.tsv), not at Kyiv
        String text = "On 10 June, the OSCE SMM recorded 12 explosions near Zarvenkove.";
        MentionDraft d = draft(text, "OSCE SMM", "Zarvenkove");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        Place where = resolver.choose(d, false, context, null).location();
        Place donbas = gazetteer.lookup("Donbas", java.util.Set.of("UA")).get(0);
        assertThat(where.name()).isEqualTo("Zarvenkove");
        assertThat(where.countryCode()).isEqualTo("UA");
        assertThat(where.admin1()).isNull();
        assertThat(where.geoPrecision()).isEqualTo(3);
        assertThat(where.lat()).isEqualTo(donbas.lat());
        assertThat(where.lon()).isEqualTo(donbas.lon());
        assertThat(where.lat()).isNotEqualTo(gazetteer.country("UA").orElseThrow().lat());
    }

    @Test
    void anUnlistedNameThatIsNoSceneStaysUnplaced() {
        // the name is the subject, not where anything happened; and no country is known from an unlisted name alone
        String text = "On 10 June, Zarvenkove residents said the OSCE SMM had counted 12 explosions.";
        MentionDraft d = draft(text, "Zarvenkove", "OSCE SMM");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        assertThat(resolver.choose(d, false, context, null).location()).isNull();
        String noCountry = "On 10 June, gunmen fired on a bus near Zarvenkove.";
        MentionDraft e = draft(noCountry, "Zarvenkove");
        assertThat(resolver.choose(e, false, resolver.context(List.of(e), List.of(e.sentence())), null).location()).isNull();
    }

    @Test
    void anUnlistedVillageNearATownRanksAsTheTownAndLosesItsKindWord() {
        String text = "On 9 June, soldiers posted in Zaybak district shelled farms in Qurbankhel area, Fayzabad.";
        MentionDraft d = draft(text, "Zaybak district", "Qurbankhel area", "Fayzabad");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        Place town = resolver.resolve("Fayzabad", context);
        Place where = resolver.choose(d, false, context, null).location();
        assertThat(where.name()).isEqualTo("Qurbankhel");
        assertThat(where.text()).isEqualTo("Qurbankhel area");
        assertThat(where.geoPrecision()).isEqualTo(2);
        assertThat(where.lat()).isEqualTo(town.lat());
        assertThat(where.admin1()).isEqualTo("Badakhshan");
    }

    @Test
    void theProvinceAfterAnUnlistedVillagesDistrictIsNotASecondPlace() {
        // "X (Y, Z)": Y holds X and Z holds Y; Z must not win as a place of its own
        String text = "On 9 June, airstrikes hit Qurbankhel hamlet (Fayzabad, Badakhshan), burning two cars.";
        MentionDraft d = draft(text, "Qurbankhel hamlet", "Fayzabad", "Badakhshan");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        Place where = resolver.choose(d, false, context, null).location();
        assertThat(where.name()).isEqualTo("Qurbankhel");
        assertThat(where.lat()).isEqualTo(resolver.resolve("Fayzabad", context).lat());
    }

    @Test
    void aQuarterOfATownIsTheTownNotAnUnlistedPlace() {
        String text = "On 2 June, a vendor was shot dead in Barangay Tibungol, Kidapawan, Cotabato.";
        MentionDraft d = draft(text, "Barangay Tibungol", "Kidapawan", "Cotabato");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        Place where = resolver.choose(d, false, context, null).location();
        assertThat(where.name()).isEqualTo("Kidapawan");
        assertThat(where.geonameId()).isEqualTo(1708824L);
    }
    @Test
    void aCurrencyNamesNoCountry() {
        String text = "On 3 June, shopkeepers angry at the slide of the Lebanese pound against the US dollar shut "
                + "their shops in Zahle.";
        MentionDraft d = draft(text, "US", "Zahle");
        assertThat(resolver.countriesOf(List.of(d))).containsExactly("LB");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        assertThat(resolver.choose(d, false, context, null).location().countryCode()).isEqualTo("LB");
    }

    @Test
    void aCurrencyAloneLeavesTheCountryOpen() {
        String text = "On 3 June, drivers protesting the price of the US dollar blocked a road in Qornet Hamra.";
        MentionDraft d = draft(text, "US", "Qornet Hamra");
        assertThat(resolver.countriesOf(List.of(d))).isEmpty();
    }

    @Test
    void anAmbiguousContainerIsReadInTheCountryOfThePlaceBeforeIt() {
        // "Distrito Federal" is a Venezuelan region too; the town before it has readings in Brazil only
        String text = "On 9 June, in Taguatinga, Distrito Federal, police officers arrested two men.";
        MentionDraft d = draft(text, "Taguatinga", "Distrito Federal");
        assertThat(resolver.countriesOf(List.of(d))).containsExactly("BR");
    }

    @Test
    void aDistrictWhoseOnlyReadingsLieAbroadIsANamesakeOfTheOneMeant() {
        // the gazetteer lists no Afghan Daman, only an Indian and a Chinese town of that name
        String text = "On 8 June, a roadside bomb hit a police vehicle in Tarnak village (Daman, Kandahar).";
        MentionDraft d = draft(text, "Tarnak village", "Daman", "Kandahar");
        assertThat(resolver.countriesOf(List.of(d))).containsExactly("AF");
    }

    @Test
    void aRegionNamedWithACountryAdjectiveVotesForItsOwnCountry() {
        String text = "On 2 June, clan militias clashed near Hudet village in the Somali region, leaving four dead.";
        MentionDraft d = draft(text, "Hudet village");
        assertThat(resolver.countriesOf(List.of(d))).containsExactly("ET");
    }

    @Test
    void aTownListedOnlyAbroadIsAnUnlistedVillageOfTheFrontInItsReport() {
        // the only village of that name the gazetteer lists lies in Russia
        String text = "On 3 June, SMM monitors heard five explosions near Tatsinskaya.";
        MentionDraft d = draft(text, "Tatsinskaya");
        Place where = resolver.choose(d, false, resolver.article(List.of(d), List.of(d.sentence()), ON_THE_DONBAS_LINE)
                .context(), null).location();
        assertThat(where.countryCode()).isEqualTo("UA");
        assertThat(where.geoPrecision()).isEqualTo(3);
        String plain = "On 3 June, farmers blocked a road near Tatsinskaya.";
        MentionDraft e = draft(plain, "Tatsinskaya");
        Place off = resolver.choose(e, false, resolver.article(List.of(e), List.of(e.sentence()), ON_THE_DONBAS_LINE)
                .context(), null).location();
        assertThat(off.countryCode()).isEqualTo("RU");
    }
}
