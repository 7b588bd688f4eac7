// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The romanised key and when a surface string is written as a name; the rules are the bundled lexicon. */
class RomanisationTest {

    private static String key(String name) {
        return Romanisation.key(Names.fold(name));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Tell Abyad|Tall Abyad",
        "Tel Abiad|Tall Abyad",
        "Deir ez-Zor|Dayr az Zawr",
        "Dair Hafer|Dayr Hafir",
        "Ein al-Arab|Ayn al Arab",
        "Ras al-Ain|Ra's al 'Ayn",
        "Kfar Nabl|Kafr Nabl",
        "Beit Hanoun|Bayt Hanun",
        "Sheikh Maqsoud|Shaykh Maqsud",
        "Cheikh Maqsoud|Shaykh Maqsud",
        "Jebel Zawiya|Jabal az Zawiyah",
        "Jbel Zawiya|Jabal Zawiyah",
        "Qalqiliyah|Qalqilya",
        "Kharkiv|Harkiv",
        "Novyi Bykiv|Noviy Bykiv",
        "Zhytomyr|Žytomyr",
        "Shamkir|Şəmkir",
        "Aghdam|Ağdam",
        "Mykolaiv|Mykolayiv",
        "Oued Zenati|Wadi Zenati",
    })
    void spellingsOfOneNameShareAKey(String one, String other) {
        assertThat(key(one)).isNotNull().isEqualTo(key(other));
    }

    @Test
    void keysAreTheLexiconsCommonForm() {
        assertThat(key("Tell Abyad")).isEqualTo("tal abad");
        assertThat(key("Sheikh Maqsoud")).isEqualTo("sah maksad");
        assertThat(key("Deir ez-Zor")).isEqualTo("dar zar");
        assertThat(key("Jebel Zawiya")).isEqualTo("jabal zava");
        assertThat(key("Kafr Nabl")).isEqualTo("kafr nabl");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "Aleppo|Idlib",
        "Sarmada|Sarmin",
        "Kharkiv|Kherson",
        "Donetsk|Luhansk",
        "Tall Abyad|Tall Tamr",
    })
    void differentNamesKeepDifferentKeys(String one, String other) {
        assertThat(key(one)).isNotEqualTo(key(other));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hadi", "Silw", "Tal", "Ain", "Aires", "Rafah"})
    void shortNamesGetNoKey(String name) {
        assertThat(key(name)).as(name).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tall Rifaat", "Deir ez-Zor", "Ras al-Ain", "Kafr Nabl", "Novyi Bykiv", "Sidi Bou Said",
        "Tel Abiad", "Jisr al-Shughur", "Basira city", "southern Qalqiliyah", "Maadan town"})
    void capitalisedNamesAreWrittenAsNames(String surface) {
        assertThat(Romanisation.writtenAsName(surface)).as(surface).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tell", "the town", "OSCE", "PKK", "UNAMA Report", "", "al-", "Qamishli airport road", "town"})
    void lowerCaseWordsAndAcronymsAreNot(String surface) {
        assertThat(Romanisation.writtenAsName(surface)).as(surface).isFalse();
    }
}
