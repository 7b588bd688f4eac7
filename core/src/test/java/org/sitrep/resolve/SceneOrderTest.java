// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/** Which of a sentence's located places stay candidates for its scene, on places made for these tests. */
class SceneOrderTest {
    private static Place place(String name, String country, String admin1, double lat, double lon, int precision) {
        return new Place(name, country, country, admin1, country + "." + admin1, null, lat, lon, precision, List.of(), null,
                name);
    }

    private final Place kisumu = place("Kisumu", "KE", "Nyanza", -0.10, 34.75, 1);
    private final Place namesakeAbroad = place("Kondele", "TZ", "Mwanza", -2.50, 32.90, 1);
    private final Place regionAbroad = place("Mwanza Region", "TZ", "Mwanza", -2.60, 33.00, 3);

    @Test
    void aTownReadAbroadGivesWayToAPlaceOfTheArticlesCountry() {
        // "in Kisumu, youths of Kondele blocked roads": Kondele read as a Tanzanian namesake is no scene
        assertThat(SceneOrder.withoutNamesakesAbroad(List.of(namesakeAbroad, kisumu), Set.of("KE"))).containsExactly(kisumu);
        // a region abroad stays (a border province the sentence names as such)
        assertThat(SceneOrder.withoutNamesakesAbroad(List.of(regionAbroad, kisumu), Set.of("KE")))
                .containsExactly(regionAbroad, kisumu);
    }

    @Test
    void aSentenceNamingOnlyTownsAbroadHappenedWhereTheArticleIs() {
        // "a shooting blamed on the Kondele Boys gang" in an article whose main place is Kisumu
        assertThat(SceneOrder.onlyNamesakesAbroad(List.of(namesakeAbroad), Set.of("KE"), kisumu)).isTrue();
        // not when the sentence also names a place of the article's country, or a region abroad
        assertThat(SceneOrder.onlyNamesakesAbroad(List.of(namesakeAbroad, kisumu), Set.of("KE"), kisumu)).isFalse();
        assertThat(SceneOrder.onlyNamesakesAbroad(List.of(regionAbroad), Set.of("KE"), kisumu)).isFalse();
        // nor in an article about no country, or whose main place is itself abroad
        assertThat(SceneOrder.onlyNamesakesAbroad(List.of(namesakeAbroad), Set.of(), kisumu)).isFalse();
        assertThat(SceneOrder.onlyNamesakesAbroad(List.of(namesakeAbroad), Set.of("KE"), namesakeAbroad)).isFalse();
    }

    @Test
    void aPlaceAbroadStaysWhenNothingOfTheArticlesCountryIsNamed() {
        assertThat(SceneOrder.withoutNamesakesAbroad(List.of(namesakeAbroad), Set.of("KE"))).containsExactly(namesakeAbroad);
        assertThat(SceneOrder.withoutNamesakesAbroad(List.of(namesakeAbroad, kisumu), Set.of())).hasSize(2);
    }

    @Test
    void aPartReadFarFromTheTownItIsWrittenPartOfIsANamesake() {
        Place farArea = place("Nyalenda", "KE", "Nyanza", 0.60, 34.30, 1);      // ~95 km away
        Place nearArea = place("Nyalenda", "KE", "Nyanza", -0.12, 34.77, 1);    // ~3 km away
        assertThat(SceneOrder.namesakeOfPart(farArea, kisumu)).isTrue();
        assertThat(SceneOrder.namesakeOfPart(nearArea, kisumu)).isFalse();
        // a province holds its parts wherever they lie in it, and no other province's
        Place province = place("Nyanza", "KE", "Nyanza", -0.50, 34.60, 3);
        assertThat(SceneOrder.namesakeOfPart(place("Oyugis", "KE", "Nyanza", -0.51, 34.73, 1), province)).isFalse();
        assertThat(SceneOrder.namesakeOfPart(place("Oyugis", "KE", "Western", 0.50, 34.50, 1), province)).isTrue();
        // a town that bears its province's name may stand for the province: its districts lie far from it
        Place town = place("Kisumu", "KE", "Kisumu", -0.10, 34.75, 1);
        assertThat(SceneOrder.namesakeOfPart(place("Muhoroni", "KE", "Kisumu", -0.15, 35.60, 2), town)).isFalse();
    }

    @Test
    void aProvinceWrittenAfterATownWithInIsWhereTheTownLiesNoSceneOfItsOwn() {
        String text = "On 3 June, gunmen shot a teacher in Oyugis in Kisumu.";
        org.sitrep.model.Sentence s = org.sitrep.resolve.place.Tokenized.sentence(text);
        org.sitrep.model.PlaceRef oyugis = ref(text, "Oyugis");
        org.sitrep.model.PlaceRef after = ref(text, "Kisumu");
        List<org.sitrep.model.PlaceRef> spans = List.of(oyugis, after);
        // the town named like its province, by one of its names, 45 km from the other town: the province is meant
        Place seat = new Place("Kisumu", "KE", "KE", "Kisumu County", "KE.Kisumu County", null, -0.10, 34.75, 1,
                List.of("Kisumu County"), null, "Kisumu");
        Place town2 = place("Oyugis", "KE", "Kisumu County", -0.51, 34.73, 1);
        assertThat(SceneOrder.withWholesOfParts(Set.of(), spans, s, java.util.Map.of(oyugis, town2, after, seat)))
                .containsExactly(after);
        // the province itself
        Place province = place("Kisumu", "KE", "Kisumu County", -0.10, 34.75, 3);
        assertThat(SceneOrder.withWholesOfParts(Set.of(), spans, s, java.util.Map.of(oyugis, town2, after, province)))
                .containsExactly(after);
        // a town of another name, or one of another province, is a place of its own
        Place other = place("Kisumu", "KE", "Nyanza", -0.10, 34.75, 1);
        assertThat(SceneOrder.withWholesOfParts(Set.of(), spans, s, java.util.Map.of(oyugis, town2, after, other))).isEmpty();
        assertThat(SceneOrder.withWholesOfParts(Set.of(), spans, s,
                java.util.Map.of(oyugis, place("Oyugis", "KE", "Western", 0.5, 34.5, 1), after, province))).isEmpty();
    }

    private static org.sitrep.model.PlaceRef ref(String text, String name) {
        int at = text.indexOf(name);
        return new org.sitrep.model.PlaceRef(name, at, at + name.length(), org.sitrep.model.PlaceRef.Role.LOCATION, false);
    }
}
