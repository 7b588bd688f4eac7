// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Place;

/**
 * The close-spelling key ({@link Romanisation#closeKey}) and the exact lookup's fallback to it: a name that no entity
 * is called, spelled but for a doubled letter, a vowel written two ways ("ou", "ee") or an Arabic ending like a place
 * of a country whose names are romanised from another script.
 */
class CloseSpellingTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    private static String key(String name) {
        return Romanisation.closeKey(Names.fold(name));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Tall Hammoud|Tal Hamoud",
        "Marrat Sabboun|Marat Saboun",
        "Khirbat Essaleh|Khirbat Esaleh",
        "Zoubeida|Zubeida",
        "Bir Qaseem|Bir Qasim",
        "Soofaniyah|Sufaniya",
        "Kafr Maallah|Kafr Malla",
        "Deir el Haddad|Deir al Hadad",
        "Ain Soulaimeh|Ain Sulaima",
        "Karmiyeh|Karmiya",
        "Dahlieh|Dahliyah",
        "Tall Saqreh|Tal Saqra",
    })
    void spellingsThatDifferInADoubledLetterAVowelDigraphOrAnEndingShareAKey(String one, String other) {
        assertThat(key(one)).isNotNull().isEqualTo(key(other));
    }

    @Test
    void anEndingWrittenSeveralWaysIsOne() {
        assertThat(key("Karmiyeh")).isEqualTo("karmia");
        assertThat(key("Saqreh")).isEqualTo("saqra");
        assertThat(key("Saqre")).isEqualTo("saqre");   // no h: a vowel of its own, kept
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "Hamdaniya|Hamdiniya",      // another vowel: another name, or a romanised guess at most
        "Tall Kabir|Tall Kubar",
        "Sahlah|Sahlat",
        "Qaryat Dib|Qaryat Zib",
    })
    void otherVowelsOrConsonantsKeepNamesApart(String one, String other) {
        assertThat(key(one)).isNotEqualTo(key(other));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tall", "Dib", "Sila", "Ahh"})
    void shortNamesGetNoKey(String name) {
        assertThat(key(name)).isNull();
    }

    @Test
    void theCloseKeyKeepsVowelsWhereTheRomanisedKeyDropsThem() {
        assertThat(key("Deir Hammoud")).isEqualTo("deir hamud");
        assertThat(Romanisation.key(Names.fold("Deir Hammoud"))).isEqualTo("dar hamad");
    }

    @Test
    void aDistrictFoundSoIsNamedAsTheTextSpellsIt() {
        Place district = new Place("Dayr Hamid", "Syria", "SY", "Hama", "SY.10", "Dayr Hamid", 35.0, 36.0, 2,
                List.of(), null, "Deir Hammid district");
        Place named = PlaceRecords.asSpelled(district, "Deir Hammid district");
        assertThat(named.name()).isEqualTo("Deir Hammid");
        assertThat(named.aliases()).startsWith("Dayr Hamid");
        Place town = new Place("Dayr Hamid", "Syria", "SY", "Hama", "SY.10", null, 35.0, 36.0, 1, List.of(), 1L, "Deir Hammid");
        assertThat(PlaceRecords.asSpelled(town, "Deir Hammid")).isSameAs(town);   // its reader names a town
    }

    @Test
    void aNameNoPlaceIsCalledFindsThePlaceSpelledButForDoubledLetters() {
        // the gazetteer writes Tall Tamr; the same name with its letters doubled is found by the exact lookup
        List<Place> found = gazetteer.lookup("Tall Tammr", Set.of("SY"));
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).name()).isEqualTo("Tall Tamr");
        assertThat(gazetteer.lookup("Tall Tammr", Set.of())).extracting(Place::name).contains("Tall Tamr");
        assertThat(gazetteer.lookup("Tall Tamrah", Set.of("SY"))).extracting(Place::name).doesNotContain("Tall Tamr");
    }

    @Test
    void withCountriesGivenACloseSpellingIsSoughtOnlyThere() {
        assertThat(gazetteer.lookup("Tall Tammr", Set.of("IQ"))).isEmpty();   // Tall Tamr is Syrian
        assertThat(gazetteer.lookup("Tall Tammr", Set.of("iq", "sy"))).extracting(Place::name).containsExactly("Tall Tamr");
    }

    @Test
    void noCloseSpellingForANameNotWrittenAsOneOrOutsideRomanisedCountries() {
        assertThat(gazetteer.lookup("tall tammr", Set.of("SY"))).isEmpty();
        // Brazil's names are written in Latin script: a doubled letter there is another name
        assertThat(gazetteer.lookup("Sao Paullo", Set.of("BR"))).extracting(Place::countryCode).doesNotContain("BR");
    }
}
