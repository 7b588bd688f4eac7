// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceRef;

/** Which spans name a building, site or street rather than a settlement, on sentences written for these tests. */
class LandmarkSpansTest {
    private static PlaceRef span(String sentence, String words) {
        int at = sentence.indexOf(words);
        return new PlaceRef(words, at, at + words.length(), PlaceRef.Role.LOCATION, false);
    }

    private static boolean landmark(String sentence, String words) {
        org.sitrep.model.Sentence s = Tokenized.sentence(sentence);
        return PlaceSpans.landmark(Tokenized.span(s, words), s);
    }

    @Test
    void aLandmarkNounAtTheEndOfTheNameMakesItALandmark() {
        String s = "Depositors threw stones outside the Reserve Bank in Eldoret on Monday.";
        assertThat(landmark(s, "Reserve Bank")).isTrue();
        assertThat(landmark(s, "Eldoret")).isFalse();
    }

    @Test
    void aLandmarkNounJustAfterTheNameMakesItALandmark() {
        String s = "Taxi drivers blocked the Moi roundabout and the Unity bank in Thika.";
        assertThat(landmark(s, "Moi")).isTrue();
        assertThat(landmark(s, "Unity")).isTrue();
        assertThat(landmark(s, "Thika")).isFalse();
        String plural = "Youths set tyres alight at the Fadi' roundabouts overnight.";
        assertThat(landmark(plural, "Fadi")).isTrue();
    }

    @Test
    void theCenterOfADistrictIsItsSeatNotABuilding() {
        String s = "A sniper killed a policeman outside Zaybak district center on Tuesday.";
        assertThat(landmark(s, "Zaybak district")).isFalse();
        // without the kind word, "center" is a building named after the town
        assertThat(landmark("Staff rallied outside the Thika center on Tuesday.", "Thika")).isTrue();
    }

    @Test
    void aTownsPossessiveIsNoLandmarkName() {
        assertThat(landmark("Inmates rioted in Los Angeles' prisons on Friday.", "Los Angeles")).isFalse();
    }

    @Test
    void aFrenchOrSpanishHeadNounMayComeFirst() {
        assertThat(landmark("Savers rallied before the Banque de Moshi on Friday.", "Banque de Moshi")).isTrue();
        assertThat(landmark("Nurses marched down Avenida Arusha to the ministry.", "Avenida Arusha")).isTrue();
        // a noun that also begins town names does not count first
        assertThat(landmark("Police dispersed a march in Puente Alto on Sunday.", "Puente Alto")).isFalse();
        assertThat(landmark("Dockers walked out in Port Harcourt on Tuesday.", "Port Harcourt")).isFalse();
    }

    @Test
    void aLandmarkNounAloneIsALandmark() {
        assertThat(landmark("Activists gathered outside the Serail at noon.", "Serail")).isTrue();
        assertThat(landmark("Students rallied near Kabul University on Monday.", "Kabul University")).isTrue();
    }

    @Test
    void aCommonWordAfterTheNameThatIsNoLandmarkChangesNothing() {
        assertThat(landmark("Soldiers shelled Zugdidi district overnight.", "Zugdidi")).isFalse();
        assertThat(landmark("Fighting near the Mombasa suburb of Nyali continued.", "Mombasa")).isFalse();
    }

    @Test
    void aCapitalisedCityOrHolyMonthNamesNoPlaceAlone() {
        assertThat(PlaceSpans.notAName("City")).isTrue();
        assertThat(PlaceSpans.notAName("Ramadan")).isTrue();
        assertThat(PlaceSpans.notAName("Quezon City")).isFalse();
    }
}
