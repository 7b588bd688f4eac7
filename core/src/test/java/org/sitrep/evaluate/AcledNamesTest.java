package org.sitrep.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcledNamesTest {
    @Test
    void foldDropsAccentsCaseArticlesPlaceWordsAndPunctuation() {
        assertThat(AcledNames.fold("Al-Hasakah Governorate")).isEqualTo("hasakah");
        assertThat(AcledNames.fold("Dar'a")).isEqualTo("dara");
        assertThat(AcledNames.fold("Dar\u2019a")).isEqualTo("dara");
        assertThat(AcledNames.fold("Ségou")).isEqualTo("segou");
        assertThat(AcledNames.fold("Armed clash")).isEqualTo("armedclash");
        assertThat(AcledNames.fold("Air/drone strike")).isEqualTo("airdronestrike");
        assertThat(AcledNames.fold("Kabul City")).isEqualTo("kabul");
        assertThat(AcledNames.fold(null)).isEmpty();
    }

    @Test
    void anArticleIsOnlyDroppedBeforeAHyphenOrSpaceAtAWordStart() {
        assertThat(AcledNames.fold("Salah ad-Din")).isEqualTo("salahdin");
        assertThat(AcledNames.fold("Alamein")).isEqualTo("alamein");
        assertThat(AcledNames.fold("Kandal")).isEqualTo("kandal");
    }

    @Test
    void looseDropsTheRegionWordAndJoinsVariantSpellings() {
        assertThat(AcledNames.loose("Kiev Oblast")).isEqualTo("kyiv");
        assertThat(AcledNames.loose("Kyiv")).isEqualTo("kyiv");
        assertThat(AcledNames.loose("Idleb")).isEqualTo(AcledNames.loose("Idlib"));
        assertThat(AcledNames.loose("Borno State")).isEqualTo("borno");
        assertThat(AcledNames.loose("Extreme-Nord")).isEqualTo("farnorth");
        assertThat(AcledNames.loose("Unity")).isEqualTo("unity");
    }
}
