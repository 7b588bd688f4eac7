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

/** Names spelled by another transliteration scheme than the gazetteer's, read in their article. */
class RomanisedPlaceTest {
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(Gazetteer.load(), ActorDictionary.load());
    }

    private static PlaceContext contextOf(Set<String> countries, String... names) {
        return PlaceFixtures.contextOf(resolver, countries, names);
    }

    private static MentionDraft draft(String text, String... places) {
        return PlaceFixtures.draft(text, places);
    }

    @Test
    void aTownSpelledByAnotherSchemeIsFoundInTheProvinceTheArticleNames() {
        // "Artillery fire hit the outskirts of Tal Tamer in Hasakeh province overnight."
        Place town = resolver.resolve("Tal Tamer", contextOf(Set.of("SY"), "Tal Tamer", "Hasakeh province"));
        assertThat(town.countryCode()).isEqualTo("SY");
        assertThat(town.geoPrecision()).isEqualTo(1);
        assertThat(town.aliases()).contains("Tall Tamr");
        assertThat(town.name()).isEqualTo("Tal Tamer");   // the article's spelling stays the name
        assertThat(town.admin1Code()).isEqualTo("SY.01");
    }

    @Test
    void withoutTheProvinceTheGuessIsNotTaken() {
        // "Drones were heard over Tal Tamer on Sunday, residents said." -- nothing places it in a province
        assertThat(resolver.resolve("Tal Tamer", contextOf(Set.of("SY"), "Tal Tamer"))).isNull();
    }

    @Test
    void aGuessInAnotherProvinceThanTheOneNamedIsNotTaken() {
        // "Shelling was reported near Tal Tamer, Daraa governorate": the only Tall Tamr lies in Hasakeh
        assertThat(resolver.resolve("Tal Tamer", contextOf(Set.of("SY"), "Tal Tamer", "Daraa governorate"))).isNull();
    }

    @Test
    void theEventIsPlacedInTheTownTheSentenceSpellsItsOwnWay() {
        String text = "On 3 March, gunmen attacked a checkpoint at the entrance of Ras al-Ain town in Hasakeh countryside.";
        MentionDraft d = draft(text, "Ras al-Ain town", "Hasakeh");
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        Place where = resolver.choose(d, false, context, null).location();
        assertThat(where.countryCode()).isEqualTo("SY");
        assertThat(where.geoPrecision()).isEqualTo(1);
        assertThat(where.aliases()).anyMatch(a -> Gazetteer.fold(a).equals("ras al ayn"));
    }

    @Test
    void aDemonymIsNeverAVillageSpelledAlike() {
        // "Syrian troops shelled the outskirts of Tal Tamer in Hasakeh province."
        PlaceContext context = contextOf(Set.of("SY"), "Syrian", "Tal Tamer", "Hasakeh province");
        assertThat(resolver.resolve("Syrian", context)).isNull();
        assertThat(resolver.resolve("Tal Tamer", context)).isNotNull();
    }

    @Test
    void aDistrictNamedWithItsKindWordIsNotGuessedAsATown() {
        // "Insurgents ambushed a convoy in Tal Tamer district, Hasakeh": the gazetteer lists the town only
        Place p = resolver.resolve("Tal Tamer district", contextOf(Set.of("SY"), "Tal Tamer district", "Hasakeh"));
        assertThat(p == null || p.geoPrecision() > 1).isTrue();
    }

    @Test
    void aDistrictFoundByItsRomanisationKeepsTheArticlesSpelling() {
        // "Troops exchanged fire along the Line of Control in Rajouri district, Jammu and Kashmir."
        PlaceContext context = contextOf(Set.of("IN"), "Rajouri district", "Jammu and Kashmir");
        Place district = resolver.resolve("Rajouri district", context);
        assertThat(district.name()).isEqualTo("Rajouri");
        assertThat(district.geoPrecision()).isEqualTo(2);
        assertThat(district.countryCode()).isEqualTo("IN");
        assertThat(district.aliases()).anyMatch(a -> Gazetteer.fold(a).equals("rajauri"));
    }

    @Test
    void anExactNameInTheArticlesCountryIsNeverReplacedByAGuess() {
        // "Clashes erupted in Aleppo and Idlib on Tuesday."
        Place aleppo = resolver.resolve("Aleppo", contextOf(Set.of("SY"), "Aleppo", "Idlib"));
        assertThat(aleppo.name()).isEqualTo("Aleppo");
        assertThat(aleppo.countryCode()).isEqualTo("SY");
    }

    @Test
    void noGuessInACountryWhoseNamesAreWrittenInLatinScript() {
        // "Gunmen raided a farm at Mangoo (Bassa, Plateau State)": a different spelling there is another village
        PlaceContext context = contextOf(Set.of("NG"), "Mangoo", "Plateau State");
        Place p = resolver.resolve("Mangoo", context);
        assertThat(p == null || !"Mangu".equals(p.name()) && !p.aliases().contains("Mangu")).isTrue();
    }

    @Test
    void aMonitorsSpellingOfAFrontTownIsReadOnTheFrontItReportsFrom() {
        // the gazetteer lists the Luhansk village under its Russian form only; no oblast is named
        String text = "On 3 June, SMM patrols recorded six explosions near Zalisne.";
        MentionDraft d = draft(text, "Zalisne");
        Place onLine = resolver.choose(d, false, resolver.article(List.of(d), List.of(d.sentence()),
                java.time.LocalDate.of(2019, 6, 4)).context(), null).location();
        assertThat(onLine.name()).isEqualTo("Zalisne");
        assertThat(onLine.admin1Code()).isEqualTo("UA.14");
        assertThat(onLine.geoPrecision()).isEqualTo(1);
        // a report from no front: a spelling guess that nothing backs is not taken
        String plain = "On 3 June, a tractor hit a mine near Zalisne, Ukrainian media said.";
        MentionDraft e = draft(plain, "Zalisne");
        Place guess = resolver.choose(e, false, resolver.article(List.of(e), List.of(e.sentence()),
                java.time.LocalDate.of(2019, 6, 4)).context(), null).location();
        assertThat(guess == null || guess.admin1Code() == null).isTrue();
    }
}
