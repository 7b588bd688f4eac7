// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The place vocabulary as read from the lexicons. */
class PlaceWordsTest {
    @Test
    void kindWordsSayWhatAPlaceIs() {
        assertThat(PlaceWords.kind("Province")).isEqualTo(PlaceWords.Kind.REGION);
        assertThat(PlaceWords.kind("district")).isEqualTo(PlaceWords.Kind.REGION);
        assertThat(PlaceWords.kind("countryside")).isEqualTo(PlaceWords.Kind.REGION);
        assertThat(PlaceWords.kind("village")).isEqualTo(PlaceWords.Kind.PLACE);
        assertThat(PlaceWords.kind("neighbourhood")).isEqualTo(PlaceWords.Kind.PART);
        assertThat(PlaceWords.kind("outskirts")).isNull();
        assertThat(PlaceWords.kind("army")).isNull();
    }

    @Test
    void sceneNounsLeaveThePlaceTheScene() {
        assertThat(PlaceWords.keepsScene("district", "center")).isTrue();     // "X district center": the seat
        assertThat(PlaceWords.keepsScene("Province", "Headquarters")).isTrue();
        assertThat(PlaceWords.keepsScene("Kabul", "center")).isFalse();       // "the Kabul center": a building
        assertThat(PlaceWords.keepsScene("Kharkiv", "front")).isTrue();       // any name before a front line
        assertThat(PlaceWords.keepsScene("Kabul", "University")).isFalse();
        assertThat(PlaceWords.keepsScene("district", null)).isFalse();
    }

    @Test
    void foreignKindWordsBeforeARegionsNameAreAdminPrefixes() {
        assertThat(PlaceWords.isAdminPrefix("Muhafazat")).isTrue();
        assertThat(PlaceWords.isAdminPrefix("provincia")).isTrue();
        assertThat(PlaceWords.isAdminPrefix("province")).isFalse();   // English kind words come from place-kinds.tsv
        assertThat(PlaceWords.isAdminPrefix("al")).isFalse();
        assertThat(PlaceWords.isAdminPrefix(null)).isFalse();
    }

    @Test
    void particlesAndDirections() {
        assertThat(PlaceWords.isParticle("ez")).isTrue();
        assertThat(PlaceWords.isParticle("del")).isTrue();
        assertThat(PlaceWords.isParticle("and")).isFalse();
        assertThat(PlaceWords.isDirection("north-western")).isTrue();
        assertThat(PlaceWords.isDirection("nord")).isFalse();
        assertThat(PlaceWords.englishDirection("Nord")).isEqualTo("north");
        assertThat(PlaceWords.englishDirection("ouest")).isEqualTo("west");
        assertThat(PlaceWords.englishDirection("north")).isNull();
    }

    @Test
    void routePrepositionsGiveOriginAndDestination() {
        assertThat(PlaceWords.routeRole("From")).isEqualTo(org.sitrep.model.PlaceRef.Role.ORIGIN);
        assertThat(PlaceWords.routeRole("towards")).isEqualTo(org.sitrep.model.PlaceRef.Role.DESTINATION);
        assertThat(PlaceWords.routeRole("in")).isNull();
    }
}
