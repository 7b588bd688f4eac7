// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link AdminWords}: the administrative words around a region's name, removed so that the bare name matches. */
class AdminWordsTest {

    @Test
    void kindWordsAroundAFoldedRegionNameAreRemoved() {
        // GeoNames names the Philippine provinces "Province of X"; a report writes "X province" or "X"
        assertThat(AdminWords.stripAdminWords("province of cebu")).isEqualTo("cebu");
        assertThat(AdminWords.stripAdminWords("commune of x")).isEqualTo("x");
        assertThat(AdminWords.stripAdminWords("borno state")).isEqualTo("borno");
        assertThat(AdminWords.stripAdminWords("muhafazat hadramaout")).isEqualTo("hadramaout");
        assertThat(AdminWords.stripAdminWords("provincia di como")).isEqualTo("como");
    }

    @Test
    void nothingIsRemovedFromANameWithoutAKindWordOrFromAKindWordAlone() {
        assertThat(AdminWords.stripAdminWords("gulf of aden")).isNull();
        assertThat(AdminWords.stripAdminWords("province")).isNull();
    }

    @Test
    void aDistrictIsNamedWithoutTheKindWordItsOfficialNameStartsWith() {
        assertThat(AdminWords.districtName("Province of Cebu")).isEqualTo("Cebu");
        assertThat(AdminWords.districtName("Commune of Rugombo")).isEqualTo("Rugombo");
        assertThat(AdminWords.districtName("Provincia di Como")).isEqualTo("Como");
        assertThat(AdminWords.districtName("Province de la Comoé")).isEqualTo("Comoé");
        assertThat(AdminWords.districtName("Kaimur District")).isEqualTo("Kaimur District");   // a trailing kind word stays
        assertThat(AdminWords.districtName("Province")).isEqualTo("Province");   // nothing left: the name stays
        assertThat(AdminWords.districtName("Zaybāk")).isEqualTo("Zaybāk");
    }
}
