// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceRef;

/** The words before a place span: a coding note's bracket, a direction from a reference point. */
class PlaceCuesTest {
    private static PlaceRef span(String sentence, String name) {
        int at = sentence.indexOf(name);
        return new PlaceRef(name, at, at + name.length(), PlaceRef.Role.LOCATION, false);
    }

    @Test
    void aBracketedCodingNoteNamesTheCodedPlace() {
        String s = "Nurses rallied at the square [coded to Patras-Centre] over unpaid bonuses.";
        assertThat(PlaceCues.codedTo(span(s, "Patras-Centre"), s, 0)).isTrue();
        String t = "Refugees travelled to Patras by ferry.";
        assertThat(PlaceCues.codedTo(span(t, "Patras"), t, 0)).isFalse();
    }

    @Test
    void aDirectionAndOfBeforeANameMakeItAReferencePoint() {
        String s = "Jets hit Nad Ali district, 20 km south-west of Lashkar Gah.";
        assertThat(PlaceCues.referencePoint(span(s, "Lashkar Gah"), s, 0)).isTrue();
        assertThat(PlaceCues.referencePoint(span(s, "Nad Ali district"), s, 0)).isFalse();
        String t = "Clashes broke out in the north of Lashkar Gah.";
        assertThat(PlaceCues.referencePoint(span(t, "Lashkar Gah"), t, 0)).isFalse();
        String u = "Fighting raged in Marja, west of Lashkar Gah.";
        assertThat(PlaceCues.referencePoint(span(u, "Lashkar Gah"), u, 0)).isTrue();
    }

    @Test
    void aSpanOffsetInItsArticleIsReadAgainstItsSentence() {
        String s = "Jets struck villages north of Kunduz.";
        int begin = 120;
        int at = begin + s.indexOf("Kunduz");
        assertThat(PlaceCues.referencePoint(new PlaceRef("Kunduz", at, at + 6, PlaceRef.Role.LOCATION, false), s, begin))
                .isTrue();
    }

    @Test
    void aCityWrittenWithItsQuarterIsTheWordsBeforeTheHyphen() {
        assertThat(PlaceCues.beforeHyphen("Athens-Central Athens")).isEqualTo("Athens");
        assertThat(PlaceCues.beforeHyphen("Kabul")).isNull();
    }
}
