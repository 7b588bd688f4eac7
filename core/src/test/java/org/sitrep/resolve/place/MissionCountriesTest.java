// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Missions that work in one country only name the country of the report that cites them. */
class MissionCountriesTest {
    @Test
    void aMissionNamedInTheTextGivesItsCountry() {
        assertThat(MissionCountries.countriesNamedIn("On 4 June, the OSCE SMM heard 30 shots near a village."))
                .containsExactly("UA");
        assertThat(MissionCountries.countriesNamedIn("A UNIFIL patrol was stopped by residents south of the river."))
                .containsExactly("LB");
        assertThat(MissionCountries.countriesNamedIn("Monitors of the special monitoring mission to Ukraine said so."))
                .containsExactly("UA");
    }

    @Test
    void aNameMatchesInAnyCaseAndAcrossLineBreaksButOnlyWhole() {
        assertThat(MissionCountries.countriesNamedIn("the OSCE SPECIAL monitoring\nMission said it saw tanks."))
                .containsExactly("UA");
        assertThat(MissionCountries.countriesNamedIn("A specialist monitoring mission team left.")).isEmpty();
        assertThat(MissionCountries.countriesNamedIn("No mission was named in this sentence.")).isEmpty();
    }

    @Test
    void anAcronymMatchesOnlyInCapitalsAndAsAWholeWord() {
        assertThat(MissionCountries.countriesNamedIn("The minusma of the story is unclear.")).isEmpty();
        assertThat(MissionCountries.countriesNamedIn("KFORCE staff met on Monday.")).isEmpty();
        assertThat(MissionCountries.countriesNamedIn("Peacekeepers of MINUSMA were ambushed.")).containsExactly("ML");
    }

    @Test
    void aMissionSpanIsNoPlace() {
        assertThat(MissionCountries.isMission("OSCE SMM")).isTrue();
        assertThat(MissionCountries.isMission("OSCE SMM patrol")).isFalse();
        assertThat(MissionCountries.isMission("Smolensk")).isFalse();
    }

    @Test
    void aMissionOfOneRegionNamesThatRegionForItsCountryOnly() {
        assertThat(MissionCountries.areaNamedIn("On 4 June, the OSCE SMM heard 30 shots near a village.", "UA"))
                .contains("Donbas");
        assertThat(MissionCountries.areaNamedIn("Peacekeepers of UNAMID escorted a convoy.", "SD")).contains("Darfur");
        // the mission works in another country than the article's, or in all of its own
        assertThat(MissionCountries.areaNamedIn("On 4 June, the OSCE SMM heard 30 shots near a village.", "RU")).isEmpty();
        assertThat(MissionCountries.areaNamedIn("Peacekeepers of MINUSMA were ambushed.", "ML")).isEmpty();
        assertThat(MissionCountries.areaNamedIn("No mission was named in this sentence.", "UA")).isEmpty();
    }
}
