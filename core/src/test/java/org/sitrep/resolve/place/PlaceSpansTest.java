package org.sitrep.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;

/** What a span's words and its neighbours say, on sentences written for these tests. */
class PlaceSpansTest {
    private static PlaceRef span(String sentence, String words) {
        int at = sentence.indexOf(words);
        return new PlaceRef(words, at, at + words.length(), PlaceRef.Role.LOCATION, false);
    }

    private static PlaceRef span(Sentence s, String words) {
        return Tokenized.span(s, words);
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
        Sentence s = Tokenized.sentence("On 2 June, shells hit Krasnyi Yar, Luhansk, and a farm near Dibba (Hajjah).");
        PlaceRef yar = span(s, "Krasnyi Yar");
        PlaceRef luhansk = span(s, "Luhansk");
        PlaceRef dibba = span(s, "Dibba");
        PlaceRef hajjah = span(s, "Hajjah");
        List<PlaceRef> spans = List.of(yar, luhansk, dibba, hajjah);
        assertThat(PlaceSpans.container(yar, s, spans)).isEqualTo(luhansk);
        assertThat(PlaceSpans.container(dibba, s, spans)).isEqualTo(hajjah);
        assertThat(PlaceSpans.container(luhansk, s, spans)).isNull(); // ", and a farm near" is no container gap
        assertThat(PlaceSpans.isContainer(luhansk, s, spans)).isTrue();
        assertThat(PlaceSpans.isContainer(dibba, s, spans)).isFalse();
    }

    @Test
    void offsetsAreRelativeToTheSentenceBegin() {
        Sentence s = Tokenized.sentence("Clashes in Bor, Jonglei.", 500);
        PlaceRef bor = new PlaceRef("Bor", 500 + 11, 500 + 14, PlaceRef.Role.LOCATION, false);
        PlaceRef jonglei = new PlaceRef("Jonglei", 500 + 16, 500 + 23, PlaceRef.Role.LOCATION, false);
        assertThat(PlaceSpans.container(bor, s, List.of(bor, jonglei))).isEqualTo(jonglei);
        assertThat(PlaceSpans.isContainer(jonglei, s, List.of(bor, jonglei))).isTrue();
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
        Sentence t = Tokenized.sentence(s);
        assertThat(PlaceSpans.beforeCurrency(span(t, "Syrian"), t)).isTrue();
        assertThat(PlaceSpans.beforeCurrency(span(t, "US"), t)).isTrue();
        assertThat(PlaceSpans.beforeCurrency(span(t, "Homs"), t)).isFalse();
        assertThat(PlaceSpans.beforeCurrency(t, t.tokens().size() - 1)).isFalse(); // nothing after the last token
        assertThat(PlaceSpans.beforeCurrency(t, -1)).isFalse();
        Sentence hyphen = Tokenized.sentence("Prices rose as the Lebanese-pound rate slid.");
        assertThat(PlaceSpans.beforeCurrency(span(hyphen, "Lebanese"), hyphen)).isTrue(); // over a hyphen
    }

    @Test
    void inAfterAKindWordMakesTheNextNameTheContainer() {
        Sentence s = Tokenized.sentence("Gunmen fired at a checkpoint in the Jasim area in Daraa countryside, near the Seray "
                + "in Hama and in the Homs district of Bab Amr.");
        PlaceRef jasim = span(s, "Jasim area");
        PlaceRef daraa = span(s, "Daraa countryside");
        PlaceRef seray = span(s, "Seray");
        PlaceRef hama = span(s, "Hama");
        PlaceRef homs = span(s, "Homs district");
        PlaceRef babAmr = span(s, "Bab Amr");
        List<PlaceRef> spans = List.of(jasim, daraa, seray, hama, homs, babAmr);
        assertThat(PlaceSpans.container(jasim, s, spans)).isEqualTo(daraa);
        assertThat(PlaceSpans.container(seray, s, spans)).isNull();    // a building, no kind word
        assertThat(PlaceSpans.container(homs, s, spans)).isNull(); // "of" may name the part, not the whole
        assertThat(PlaceSpans.container(hama, s, spans)).isNull();     // "and in the" is no container gap
    }

    @Test
    void inAfterANameWrittenAsTheTownOfMakesTheNextNameTheContainer() {
        Sentence s = Tokenized.sentence("Gunmen raided the village of Kafr Hamra in Idlib province, and the governor of "
                + "Kandahar in Kabul resigned.");
        PlaceRef kafr = span(s, "Kafr Hamra");
        PlaceRef idlib = span(s, "Idlib province");
        PlaceRef kandahar = span(s, "Kandahar");
        PlaceRef kabul = span(s, "Kabul");
        List<PlaceRef> spans = List.of(kafr, idlib, kandahar, kabul);
        assertThat(PlaceSpans.container(kafr, s, spans)).isEqualTo(idlib);
        assertThat(PlaceSpans.container(kandahar, s, spans)).isNull(); // an office "of" a place is no settlement
    }

    @Test
    void aContainerGapIsReadOnTheTokensBetweenTheSpans() {
        Sentence s = Tokenized.sentence("Shells hit Kafr Hamra town in the Idlib countryside, Rasm Sakr (Aleppo) and Tell Jadid, (Raqqa).");
        PlaceRef kafr = span(s, "Kafr Hamra town");
        PlaceRef idlib = span(s, "Idlib countryside");
        PlaceRef rasm = span(s, "Rasm Sakr");
        PlaceRef aleppo = span(s, "Aleppo");
        PlaceRef tal = span(s, "Tell Jadid");
        PlaceRef raqqa = span(s, "Raqqa");
        List<PlaceRef> spans = List.of(kafr, idlib, rasm, aleppo, tal, raqqa);
        assertThat(PlaceSpans.container(kafr, s, spans)).isEqualTo(idlib);  // a kind word in the span, "in the"
        assertThat(PlaceSpans.container(rasm, s, spans)).isEqualTo(aleppo); // a bracket alone
        assertThat(PlaceSpans.container(tal, s, spans)).isNull();           // a comma and a bracket are two marks
        // only a comma or a bracket: a second kind word between makes no container ("X sector area (Y district)")
        Sentence area = Tokenized.sentence("Troops traded fire in Tangdhar sector area (Kishtwar district).");
        PlaceRef tangdhar = span(area, "Tangdhar sector");
        PlaceRef kishtwar = span(area, "Kishtwar district");
        assertThat(PlaceSpans.container(tangdhar, area, List.of(tangdhar, kishtwar))).isNull();
        // a span whose edges fall inside tokens is read as no container
        PlaceRef part = new PlaceRef("Kafr Ham", kafr.start(), kafr.start() + 8, PlaceRef.Role.LOCATION, false);
        assertThat(PlaceSpans.container(part, s, List.of(part, idlib))).isNull();
    }

    @Test
    void aNameInBracketsBeforeADistrictWordIsTheDistrictsOtherNameNotItsContainer() {
        Sentence s = Tokenized.sentence(
                "On 2 June, shells hit Barkol (Gurzan) district, Kalvak, and the Tashqor (Dehqan) region, Nurabad.");
        PlaceRef barkol = span(s, "Barkol");
        PlaceRef gurzan = span(s, "Gurzan");
        PlaceRef kalvak = span(s, "Kalvak");
        PlaceRef tashqor = span(s, "Tashqor");
        PlaceRef dehqan = span(s, "Dehqan");
        PlaceRef nurabad = span(s, "Nurabad");
        List<PlaceRef> spans = List.of(barkol, gurzan, kalvak, tashqor, dehqan, nurabad);
        assertThat(PlaceSpans.alternateName(barkol, s, spans)).isEqualTo(gurzan);
        assertThat(PlaceSpans.container(barkol, s, spans)).isNull();
        // a region written so often brackets the district that holds it: a container, no other name
        assertThat(PlaceSpans.alternateName(tashqor, s, spans)).isNull();
        assertThat(PlaceSpans.container(tashqor, s, spans)).isEqualTo(dehqan);
    }
}
