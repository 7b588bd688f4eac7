// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/** {@link Gazetteer#lookupRomanised}: names spelled by another transliteration scheme, in the bundled gazetteer. */
class RomanisedLookupTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void anotherSchemesSpellingFindsThePlaceInTheCountry() {
        List<Place> found = gazetteer.lookupRomanised("Tal Tamer", Set.of("SY"));
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).name()).isEqualTo("Tall Tamr");
        assertThat(found.get(0).countryCode()).isEqualTo("SY");
        assertThat(Names.fold(gazetteer.lookupRomanised("Ras al-Ain", Set.of("sy")).get(0).name())).isEqualTo("ras al ayn");
    }

    @Test
    void aKindWordAfterTheNameIsDroppedAsInAnExactLookup() {
        assertThat(gazetteer.lookupRomanised("Tal Tamer town", Set.of("SY"))).extracting(Place::name).contains("Tall Tamr");
    }

    @Test
    void theExactLookupNeverReturnsAGuess() {
        assertThat(gazetteer.lookup("Tal Tamer", Set.of("SY"))).extracting(Place::name).doesNotContain("Tall Tamr");
    }

    @Test
    void nothingOutsideTheGivenCountriesOrWithoutAny() {
        assertThat(gazetteer.lookupRomanised("Tal Tamer", Set.of("IQ"))).isEmpty();
        assertThat(gazetteer.lookupRomanised("Tal Tamer", Set.of())).isEmpty();
    }

    @Test
    void nothingForANameNotWrittenAsOne() {
        assertThat(gazetteer.lookupRomanised("tal tamer", Set.of("SY"))).isEmpty();
        assertThat(gazetteer.lookupRomanised("TAL TAMER", Set.of("SY"))).isEmpty();
    }

    @Test
    void nothingInACountryWhoseNamesAreLatinScript() {
        assertThat(Romanisation.romanisedIn("SY")).isTrue();
        assertThat(Romanisation.romanisedIn("ua")).isTrue();
        assertThat(Romanisation.romanisedIn("BR")).isFalse();
        assertThat(Romanisation.romanisedIn("NG")).isFalse();
        assertThat(Romanisation.romanisedIn(null)).isFalse();
    }
}
