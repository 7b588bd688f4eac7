// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

/** Which of a sentence's places is the event's, and which namesake a name written with its province takes. */
class EventPlaceChoiceTest {
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(Gazetteer.load(), ActorDictionary.load());
    }

    private static Place located(String text, String... places) {
        return PlaceFixtures.located(resolver, text, places);
    }

    @Test
    void anUnlistedVillageUnderAPoliceStationLiesAtTheStationsTownNotAtItsDistrict() {
        String text = "On 3 June, two groups clashed at Dhanpura village under Bikramganj police station (Rohtas, Bihar).";
        Sentence sentence = org.sitrep.resolve.place.Tokenized.sentence(text);
        List<PlaceRef> refs = new ArrayList<>();
        for (String p : List.of("Dhanpura village", "Bikramganj", "Rohtas", "Bihar")) {
            int at = text.indexOf(p);
            // the spotter makes a name before "police station" a modifier of the noun
            refs.add(new PlaceRef(p, at, at + p.length(), PlaceRef.Role.LOCATION, p.equals("Bikramganj")));
        }
        MentionDraft d = new MentionDraft(null, sentence, Frame.ATTACK, null, Status.OCCURRED, false, List.of(), refs,
                null, null, Map.of(), List.of(), "clashed", 0, false);
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        Place p = resolver.choose(d, false, context, null).location();
        assertThat(p.name()).isEqualTo("Bikramganj");
        assertThat(p.geoPrecision()).isEqualTo(1);
        assertThat(p.admin1()).isEqualTo("Bihar");
    }

    @Test
    void aQuarterWrittenAfterItsCityAndAHyphenLiesBesideTheCity() {
        Place quarter = located("On 2 June, residents of Sofia-Lozenets protested against a new tram depot.", "Sofia-Lozenets");
        assertThat(quarter.countryCode()).isEqualTo("BG");
        assertThat(quarter.geoPrecision()).isEqualTo(2);
        assertThat(quarter.name()).isEqualTo("Sofia-Lozenets");
        assertThat(quarter.geonameId()).isNull();
        // an article joined to its name by a hyphen is no city and quarter
        assertThat(UnlistedPlace.cityParts("Al-Qaim")).isEmpty();
        assertThat(UnlistedPlace.cityParts("Kharkiv Pumping Station")).containsExactly("Kharkiv Pumping", "Kharkiv");
    }

    @Test
    void aSiteNamedAfterItsCityLiesBesideTheCityInItsWrittenCountry() {
        Place site = located("Monitors recorded 30 explosions near the Kharkiv Pumping Station, Ukraine, overnight.",
                "Kharkiv Pumping Station", "Ukraine");
        assertThat(site.countryCode()).isEqualTo("UA");
        assertThat(site.admin1()).isEqualTo("Kharkiv");
        assertThat(site.geoPrecision()).isEqualTo(2);
        assertThat(site.name()).isEqualTo("Kharkiv Pumping Station");
    }

    @Test
    void aBigCityWrittenWithAnotherProvinceOfItsCountryIsTheCity() {
        // the writer slipped on the state: Tampico, a city no other Mexican town is named after, lies in Tamaulipas
        Place city = located("On 4 June, hundreds of dock workers struck in Tampico, Nayarit, over a new shift roster.",
                "Tampico", "Nayarit");
        assertThat(city.countryCode()).isEqualTo("MX");
        assertThat(city.admin1()).isEqualTo("Tamaulipas");
        assertThat(city.geoPrecision()).isEqualTo(1);
        // a city's name that another town of the country bears stays a place of the state written after it
        Place town = located("On 4 June, gunmen shot a driver in Orizaba, Nayarit.", "Orizaba", "Nayarit");
        assertThat(town.countryCode()).isEqualTo("MX");
        assertThat(town.admin1()).isEqualTo("Nayarit");
    }

    @Test
    void aTownWrittenAfterACityAndItsStateButFarFromItIsANamesakeOfAQuarter() {
        // a village of that name lies in the same state, over 100 km away: the quarter of the city is meant
        Place city = located("On 3 June, in Tampico, Tamaulipas, gunmen shot a grocer in La Venada.",
                "Tampico", "Tamaulipas", "La Venada");
        assertThat(city.name()).isEqualTo("Tampico");
        assertThat(city.geoPrecision()).isEqualTo(1);
        // names of a list are each a place of their own: the first written stays the scene
        Place listed = located("On 3 June, police found two stolen trucks in La Venada and Tampico, Tamaulipas.",
                "La Venada", "Tampico", "Tamaulipas");
        assertThat(listed.name()).isEqualTo("La Venada");
    }

    @Test
    void aHyphenatedVillageNamedAfterASmallPlaceIsNoQuarterOfIt() {
        // no city of 100,000 begins the name: no reading, rather than a guess beside a hamlet of that name
        assertThat(located("Shelling was heard near Zolote-Karbonit.", "Zolote-Karbonit")).isNull();
    }

    @Test
    void aBareDirectionAbroadDoesNotVetoTheCityItIsAZoneOf() {
        // "the North Zone" of the city has regions of that name abroad; they must not make the city a "village abroad"
        Place city = located("On 3 June, in the North Zone of Porto Alegre, police raided a house.", "North Zone", "Porto Alegre");
        assertThat(city.countryCode()).isEqualTo("BR");
        assertThat(city.admin1()).isEqualTo("Rio Grande do Sul");
    }

    @Test
    void theCityACodingNoteNamesInBracketsIsTheLocation() {
        Place where = located("About 300 teachers rallied outside the ministry in Exarcheia [coded to Athens-Central Athens].",
                "Exarcheia", "Athens-Central Athens");
        assertThat(where.countryCode()).isEqualTo("GR");
        assertThat(where.admin1()).isEqualTo("Attica");
        // the quarter the coding names, beside its city Athens (geo_precision 2, at the city's point)
        assertThat(where.name()).isEqualTo("Athens-Central Athens");
        assertThat(where.geoPrecision()).isEqualTo(2);
        assertThat(where.aliases()).contains("Athens");
    }

    @Test
    void aTownAfterADirectionAndOfIsOnlyAReferencePoint() {
        Place where = located("Coalition jets struck Nad Ali district, 20 km west of Lashkar Gah (Helmand), overnight.",
                "Nad Ali district", "Lashkar Gah", "Helmand");
        assertThat(where.geoPrecision()).isEqualTo(2);
        assertThat(where.admin1()).isEqualTo("Helmand");
        assertThat(where.text()).isEqualTo("Nad Ali district");
    }

    @Test
    void aReferencePointBesideOnlyAProvinceIsTheScene() {
        Place where = located("Airstrikes in Helmand province hit hideouts south of Lashkar Gah overnight.",
                "Helmand province", "Lashkar Gah");
        assertThat(where.geoPrecision()).isEqualTo(1);
        assertThat(where.admin1()).isEqualTo("Helmand");
        assertThat(where.text()).isEqualTo("Lashkar Gah");
    }

    @Test
    void theWestOfATownIsStillThatTown() {
        Place where = located("Shelling hit the west of Lashkar Gah on Monday.", "Lashkar Gah");
        assertThat(where.geoPrecision()).isEqualTo(1);
        assertThat(where.admin1()).isEqualTo("Helmand");
    }

    @Test
    void peopleWhoReturnedAreWhereTheSentencePlacesThemNotWhereTheyCameFrom() {
        String text = "On 4 May, 120 migrants returned from Peru in Maracaibo, Zulia state.";
        MentionDraft d = returning(text, Map.of("Peru", PlaceRef.Role.ORIGIN), "Peru", "Maracaibo", "Zulia state");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        PlaceResolver.Chosen chosen = resolver.choose(d, true, context, null);
        assertThat(chosen.location().countryCode()).isEqualTo("VE");
        assertThat(chosen.location().admin1()).isEqualTo("Zulia");
        assertThat(chosen.location().geoPrecision()).isEqualTo(1);
        assertThat(chosen.origin().countryCode()).isEqualTo("PE");
    }

    @Test
    void peopleWhoReturnedToAPlaceWithNoSceneNamedAreThere() {
        String text = "Some 40 families returned to Kherson last week.";
        MentionDraft d = returning(text, Map.of("Kherson", PlaceRef.Role.DESTINATION), "Kherson");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        Place where = resolver.choose(d, true, context, null).location();
        assertThat(where.countryCode()).isEqualTo("UA");
        assertThat(where.admin1()).isEqualTo("Kherson");
    }

    @Test
    void aCityNamedLikeItsProvinceIsTheCityNotTheProvincesCentre() {
        Place where = located("On 3 May, a drone struck a military camp in Marib city (Marib), a tribal leader said.",
                "Marib city", "Marib");
        assertThat(where.geoPrecision()).isEqualTo(1);
        assertThat(where.countryCode()).isEqualTo("YE");
        Place formosa = located("Dockers blocked the port road in Formosa, near Clorinda, on Friday.", "Formosa", "Clorinda");
        assertThat(formosa.countryCode()).isEqualTo("AR");
        assertThat(formosa.geoPrecision()).isEqualTo(1);
    }

    @Test
    void aTownNamedLikeItsProvinceGivesWayToAnotherTownOfTheSentence() {
        Place where = located("Troops raided the village of Hajin in the countryside of Deir-ez-Zor at dawn.",
                "Hajin", "Deir-ez-Zor");
        assertThat(where.name()).isEqualTo("Hajin");
        assertThat(where.geoPrecision()).isEqualTo(1);
    }

    @Test
    void aProvinceWrittenAfterATownIsTheProvinceNotAVillageOfItsName() {
        // the gazetteer lists this Benito Juarez under another name; villages called Nuevo Leon lie in other states
        Place where = located("Gunmen shot a shopkeeper in Benito Juarez, Nuevo Leon, on Sunday.", "Benito Juarez", "Nuevo Leon");
        assertThat(where.countryCode()).isEqualTo("MX");
        assertThat(where.admin1()).isEqualTo("Nuevo León");
        assertThat(where.name()).isEqualTo("Benito Juarez");
    }

    @Test
    void aNameWithAProvinceWordIsTheProvince() {
        PlaceContext context = PlaceFixtures.contextOf(resolver, Set.of("MX"), "Merida state", "Tovar");
        Place state = resolver.resolve("Merida state", context);
        assertThat(state.countryCode()).isEqualTo("VE");
        assertThat(state.geoPrecision()).isEqualTo(3);
        Place city = resolver.resolve("Merida city", PlaceFixtures.contextOf(resolver, Set.of(), "Merida city"));
        assertThat(city.geoPrecision()).isEqualTo(1);
    }

    @Test
    void aQuarterWrittenWithItsDistrictAndStateIsTheQuarterNotTheState() {
        Place where = located("Residents protested in Bhayandar locality (Thane, Maharashtra) against a crematorium.",
                "Bhayandar locality", "Thane", "Maharashtra");
        assertThat(where.geoPrecision()).isEqualTo(1);
        assertThat(where.geonameId()).isEqualTo(1276014); // Bhayandar
    }

    private static MentionDraft returning(String text, Map<String, PlaceRef.Role> roles, String... places) {
        Sentence sentence = org.sitrep.resolve.place.Tokenized.sentence(text);
        List<PlaceRef> refs = new ArrayList<>();
        for (String p : places) {
            int at = text.indexOf(p);
            refs.add(new PlaceRef(p, at, at + p.length(), roles.getOrDefault(p, PlaceRef.Role.LOCATION), false));
        }
        return new MentionDraft(null, sentence, Frame.RETURN, null, Status.OCCURRED, false, List.of(), refs, null, null,
                Map.of(), List.of(), "returned", text.indexOf("returned"), false);
    }

    @Test
    void anAreaReadAsANamesakeFarFromTheTownItIsWrittenPartOfIsThatTown() {
        Place where = located("On 9 June, a mob stoned police in Shahpur area of Nagpur city during the curfew.",
                "Shahpur area", "Nagpur city");
        assertThat(where.name()).isEqualTo("Nagpur");
        assertThat(where.admin1()).isEqualTo("Maharashtra");
        assertThat(where.geoPrecision()).isEqualTo(1);
    }

    @Test
    void aDistrictOfATownNamedLikeItsProvinceStaysTheScene() {
        Place where = located("On 9 June, soldiers killed two militants in Ercis district of Van.", "Ercis district", "Van");
        assertThat(where.name()).isEqualTo("Erciş");
        assertThat(where.countryCode()).isEqualTo("TR");
    }

    @Test
    void aVillageInACountryWithItsUnitsBracketedAfterTheCountryLiesInThoseUnits() {
        // the district and province written after "northwestern Yemen" are where the unlisted village lies
        Place where = located("On 3 June, air raids were reported on Bayt Qubayl area in northwestern Yemen (Sahar, Sadah).",
                "Bayt Qubayl area", "northwestern Yemen", "Sahar", "Sadah");
        assertThat(where.name()).isEqualTo("Bayt Qubayl");
        assertThat(where.countryCode()).isEqualTo("YE");
        assertThat(where.geoPrecision()).isEqualTo(2);
    }

    @Test
    void aDistrictWrittenOfItsProvinceAsWhereTravelGoesIsTheSceneNotTheProvince() {
        String text = "On 3 March, the authorities barred all travel to the Kozan district of Adana over a measles outbreak.";
        Sentence sentence = org.sitrep.resolve.place.Tokenized.sentence(text);
        List<PlaceRef> refs = new ArrayList<>();
        int at = text.indexOf("Kozan district");
        refs.add(new PlaceRef("Kozan district", at, at + "Kozan district".length(), PlaceRef.Role.DESTINATION, false));
        at = text.indexOf("Adana");
        refs.add(new PlaceRef("Adana", at, at + "Adana".length(), PlaceRef.Role.LOCATION, false));
        MentionDraft d = new MentionDraft(null, sentence, Frame.ATTACK, null, Status.OCCURRED, false, List.of(), refs,
                null, null, Map.of(), List.of(), "barred", 0, false);
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        Place where = resolver.choose(d, false, context, null).location();
        assertThat(where.name()).isEqualTo("Kozan");
        assertThat(where.admin1()).isEqualTo("Adana");
        assertThat(where.geoPrecision()).isEqualTo(2);
    }

    @Test
    void theRegionWrittenBeforeTownOfYIsNoPartOfYAndTheTownIsTheScene() {
        // "the X town of Y": Y is the town, X the region it lies in; the town is the scene
        Place where = located("On 3 March, militants attacked a police post in the Swat town of Mingora, killing two policemen.",
                "Swat town", "Mingora");
        assertThat(where.name()).isEqualTo("Mingora");
        assertThat(where.geoPrecision()).isEqualTo(1);
    }

    @Test
    void aVillageWrittenWithAnUnlistedDistrictAndAProvinceFarFromItsNamesakeLiesInTheProvince() {
        // no source lists the district as written; the only listed village of the name lies in another state
        Place where = located("On 3 March, members of one clan attacked a family in Sitapur village (Lunglai Sadar, Mizoram).",
                "Sitapur village", "Lunglai Sadar", "Mizoram");
        assertThat(where.name()).isEqualTo("Sitapur");
        assertThat(where.admin1()).isEqualTo("Mizoram");
        assertThat(where.geoPrecision()).isEqualTo(3);
        assertThat(where.geonameId()).isNull();
    }

    @Test
    void aTownWrittenWithAnUnlistedDistrictAndTheNeighbouringProvinceKeepsItsListedReading() {
        // a town of the next province, the province miswritten: the listed town stands
        Place where = located("On 3 March, gunmen attacked a police post in Hadejia (Mallam Madori East LGA, Kano).",
                "Hadejia", "Mallam Madori East LGA", "Kano");
        assertThat(where.name()).isEqualTo("Hadejia");
        assertThat(where.admin1()).isEqualTo("Jigawa State");
        assertThat(where.geoPrecision()).isEqualTo(1);
    }
}
