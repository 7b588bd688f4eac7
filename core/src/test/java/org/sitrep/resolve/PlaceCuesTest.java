// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.resolve.place.Tokenized.sentence;
import static org.sitrep.resolve.place.Tokenized.span;

import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;

/** The tokens before a place span: a coding note's bracket, a direction from a reference point. */
class PlaceCuesTest {
    @Test
    void aBracketedCodingNoteNamesTheCodedPlace() {
        Sentence s = sentence("Nurses rallied at the square [coded to Volos-Centre] over unpaid bonuses.");
        assertThat(PlaceCues.codedTo(span(s, "Volos-Centre"), s)).isTrue();
        Sentence round = sentence("Nurses rallied at the square (Coded to Volos) over unpaid bonuses.");
        assertThat(PlaceCues.codedTo(span(round, "Volos"), round)).isTrue();
        Sentence t = sentence("Refugees travelled to Volos by ferry.");
        assertThat(PlaceCues.codedTo(span(t, "Volos"), t)).isFalse();
        // the mark without its bracket is no coding note
        Sentence u = sentence("The attack was coded to Volos by the monitors.");
        assertThat(PlaceCues.codedTo(span(u, "Volos"), u)).isFalse();
    }

    @Test
    void aPoliceStationWrittenAfterUnderIsTheJurisdictionOfTheScene() {
        Sentence s = sentence("Two groups clashed at Dhanpura village under Bikramganj police station (Rohtas, Bihar).");
        assertThat(PlaceCues.jurisdiction(span(s, "Bikramganj"), s)).isTrue();
        assertThat(PlaceCues.jurisdiction(span(s, "Rohtas"), s)).isFalse();
        Sentence the = sentence("A mob attacked officers in a hamlet under the Bikramganj PS limits.");
        assertThat(PlaceCues.jurisdiction(span(the, "Bikramganj"), the)).isTrue();
        // a station written without "under" is where the crowd gathered, a modifier of the scene as before
        Sentence t = sentence("Villagers protested outside the Bikramganj police station.");
        assertThat(PlaceCues.jurisdiction(span(t, "Bikramganj"), t)).isFalse();
        Sentence u = sentence("Officers under Bikramganj command patrolled the market.");
        assertThat(PlaceCues.jurisdiction(span(u, "Bikramganj"), u)).isFalse();
    }

    @Test
    void aDirectionAndOfBeforeANameMakeItAReferencePoint() {
        Sentence s = sentence("Jets hit Nad Ali district, 20 km south-west of Lashkar Gah.");
        assertThat(PlaceCues.referencePoint(span(s, "Lashkar Gah"), s)).isTrue();
        assertThat(PlaceCues.referencePoint(span(s, "Nad Ali district"), s)).isFalse();
        Sentence t = sentence("Clashes broke out in the north of Lashkar Gah.");
        assertThat(PlaceCues.referencePoint(span(t, "Lashkar Gah"), t)).isFalse();
        Sentence u = sentence("Fighting raged in Nawzad, west of Lashkar Gah.");
        assertThat(PlaceCues.referencePoint(span(u, "Lashkar Gah"), u)).isTrue();
        // a split compound after "the" is a part of the town, as a single direction word is
        Sentence v = sentence("Clashes broke out in the south-west of Lashkar Gah.");
        assertThat(PlaceCues.referencePoint(span(v, "Lashkar Gah"), v)).isFalse();
        // a bracket before the direction does not hide it
        Sentence w = sentence("Shells fell on Nad Ali (north of Lashkar Gah).");
        assertThat(PlaceCues.referencePoint(span(w, "Lashkar Gah"), w)).isTrue();
    }

    @Test
    void aSpanOffsetInItsArticleIsReadAgainstItsSentence() {
        Sentence s = sentence("Jets struck villages north of Kunduz.", 120);
        PlaceRef kunduz = span(s, "Kunduz");
        assertThat(kunduz.start()).isEqualTo(120 + 30);
        assertThat(PlaceCues.referencePoint(kunduz, s)).isTrue();
    }

    @Test
    void aCityWrittenWithItsQuarterIsTheWordsBeforeTheHyphen() {
        assertThat(PlaceCues.beforeHyphen("Athens-Central Athens")).isEqualTo("Athens");
        assertThat(PlaceCues.beforeHyphen("Kabul")).isNull();
    }

    @Test
    void anAreaOrVillageWrittenWithOfIsPartOfTheNextSpan() {
        Sentence s = sentence("A mob stoned police in Shahpur area of the Nagpur district on Sunday.");
        PlaceRef area = span(s, "Shahpur area");
        PlaceRef nagpur = span(s, "Nagpur district");
        assertThat(PlaceCues.wholeAfter(area, s, java.util.List.of(area, nagpur))).isEqualTo(nagpur);
        assertThat(PlaceCues.wholeAfter(nagpur, s, java.util.List.of(area, nagpur))).isNull();
        // a part of a town may write the town first and the part after "of"
        Sentence t = sentence("Shells fell on the Kabul suburb of Paghman at dawn.");
        PlaceRef kabul = span(t, "Kabul suburb");
        assertThat(PlaceCues.wholeAfter(kabul, t, java.util.List.of(kabul, span(t, "Paghman")))).isNull();
        // a name without a kind word is no part of what follows "of"
        Sentence u = sentence("Residents of Shahpur of Nagpur protested.");
        PlaceRef bare = span(u, "Shahpur");
        assertThat(PlaceCues.wholeAfter(bare, u, java.util.List.of(bare, span(u, "Nagpur")))).isNull();
    }
}
