package org.sitrep.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceRef;

/** What a span's words and its neighbours say, on sentences written for these tests. */
class PlaceSpansTest {
    private static PlaceRef span(String sentence, String words) {
        int at = sentence.indexOf(words);
        return new PlaceRef(words, at, at + words.length(), PlaceRef.Role.LOCATION, false);
    }

    @Test
    void monthsOfficesAndWeaponsNameNoPlace() {
        assertThat(PlaceSpans.notAName("May")).isTrue();
        assertThat(PlaceSpans.notAName("Minister")).isTrue();
        assertThat(PlaceSpans.notAName("Molotov")).isTrue();
        assertThat(PlaceSpans.notAName("May Pen")).isFalse();
        assertThat(PlaceSpans.notAName("Mosul")).isFalse();
    }

    @Test
    void directionWordsAloneAreNoNameOfTheirOwn() {
        assertThat(PlaceSpans.onlyDirections("South Zone")).isTrue();
        assertThat(PlaceSpans.onlyDirections("the North")).isTrue();
        assertThat(PlaceSpans.onlyDirections("Nord-Ouest")).isTrue();
        assertThat(PlaceSpans.onlyDirections("North Kivu")).isFalse();
        assertThat(PlaceSpans.onlyDirections("Mosul")).isFalse();
    }

    @Test
    void theNameAfterACommaOrBracketContainsThePlace() {
        String s = "On 2 June, shells hit Krasnyi Yar, Luhansk, and a farm near Dibba (Hajjah).";
        PlaceRef yar = span(s, "Krasnyi Yar");
        PlaceRef luhansk = span(s, "Luhansk");
        PlaceRef dibba = span(s, "Dibba");
        PlaceRef hajjah = span(s, "Hajjah");
        List<PlaceRef> spans = List.of(yar, luhansk, dibba, hajjah);
        assertThat(PlaceSpans.container(yar, s, 0, spans)).isEqualTo(luhansk);
        assertThat(PlaceSpans.container(dibba, s, 0, spans)).isEqualTo(hajjah);
        assertThat(PlaceSpans.container(luhansk, s, 0, spans)).isNull(); // ", and a farm near" is no container gap
        assertThat(PlaceSpans.isContainer(luhansk, s, 0, spans)).isTrue();
        assertThat(PlaceSpans.isContainer(dibba, s, 0, spans)).isFalse();
    }

    @Test
    void offsetsAreRelativeToTheSentenceBegin() {
        String s = "Clashes in Bor, Jonglei.";
        int begin = 500;
        PlaceRef bor = new PlaceRef("Bor", begin + 11, begin + 14, PlaceRef.Role.LOCATION, false);
        PlaceRef jonglei = new PlaceRef("Jonglei", begin + 16, begin + 23, PlaceRef.Role.LOCATION, false);
        assertThat(PlaceSpans.container(bor, s, begin, List.of(bor, jonglei))).isEqualTo(jonglei);
    }

    @Test
    void aPartOfTownWordMayComeFirst() {
        assertThat(PlaceSpans.partOfTown("Colonia Del Valle")).isTrue();
        assertThat(PlaceSpans.partOfTown("Barangay San Isidro")).isTrue();
        assertThat(PlaceSpans.partOfTown("Sao Bento neighbourhood")).isTrue();
        assertThat(PlaceSpans.partOfTown("Colonia")).isFalse();
        assertThat(PlaceSpans.partOfTown("San Isidro")).isFalse();
    }
    @Test
    void aCountryWordBeforeACurrencyNamesMoney() {
        String s = "Traders in Homs shut their shops as the Syrian pound fell against the US dollar and the euro.";
        assertThat(PlaceSpans.beforeCurrency(s, s.indexOf("Syrian") + "Syrian".length())).isTrue();
        assertThat(PlaceSpans.beforeCurrency(s, s.indexOf("US") + 2)).isTrue();
        assertThat(PlaceSpans.beforeCurrency(s, s.indexOf("Homs") + 4)).isFalse();
        assertThat(PlaceSpans.beforeCurrency(s, s.length())).isFalse();
    }

    @Test
    void inAfterAKindWordMakesTheNextNameTheContainer() {
        String s = "Gunmen fired at a checkpoint in the Jasim area in Daraa countryside, near the Seray in Hama "
                + "and in the Damascus suburb of Eastern Ghouta.";
        PlaceRef jasim = span(s, "Jasim area");
        PlaceRef daraa = span(s, "Daraa countryside");
        PlaceRef seray = span(s, "Seray");
        PlaceRef hama = span(s, "Hama");
        PlaceRef damascus = span(s, "Damascus suburb");
        PlaceRef ghouta = span(s, "Eastern Ghouta");
        List<PlaceRef> spans = List.of(jasim, daraa, seray, hama, damascus, ghouta);
        assertThat(PlaceSpans.container(jasim, s, 0, spans)).isEqualTo(daraa);
        assertThat(PlaceSpans.container(seray, s, 0, spans)).isNull();    // a building, no kind word
        assertThat(PlaceSpans.container(damascus, s, 0, spans)).isNull(); // "of" may name the part, not the whole
        assertThat(PlaceSpans.container(hama, s, 0, spans)).isNull();     // "and in the" is no container gap
    }

    @Test
    void inAfterANameWrittenAsTheTownOfMakesTheNextNameTheContainer() {
        String s = "Gunmen raided the village of Kafr Hamra in Idlib province, and the governor of Kandahar in Kabul resigned.";
        PlaceRef kafr = span(s, "Kafr Hamra");
        PlaceRef idlib = span(s, "Idlib province");
        PlaceRef kandahar = span(s, "Kandahar");
        PlaceRef kabul = span(s, "Kabul");
        List<PlaceRef> spans = List.of(kafr, idlib, kandahar, kabul);
        assertThat(PlaceSpans.container(kafr, s, 0, spans)).isEqualTo(idlib);
        assertThat(PlaceSpans.container(kandahar, s, 0, spans)).isNull(); // an office "of" a place is no settlement
    }
}
