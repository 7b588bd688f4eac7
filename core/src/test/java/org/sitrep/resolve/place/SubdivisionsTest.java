// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/** Provinces and regions GeoNames' admin tables lack, read from subdivisions.tsv (generated, ISO 3166-2 names). */
class SubdivisionsTest {
    private final Gazetteer gazetteer = Gazetteer.load();

    @Test
    void aProvinceMissingFromGeoNamesIsARegionOfItsCountry() {
        // GeoNames spells Cambodia's province Mondolkiri: the English name finds it only through the subdivisions
        List<Place> c = gazetteer.lookup("Mondulkiri province", Set.of("KH"));
        assertThat(c).isNotEmpty();
        Place p = c.get(0);
        assertThat(p.countryCode()).isEqualTo("KH");
        assertThat(p.geoPrecision()).isEqualTo(3);
        assertThat(p.lat()).isBetween(12.0, 13.5);
        assertThat(p.lon()).isBetween(106.5, 107.8);
    }

    @Test
    void itsKindWordIsOptionalAndItLiesInTheAdmin1OfItsNearestPlace() {
        Place p = gazetteer.lookup("Kibaale").get(0);
        assertThat(p.countryCode()).isEqualTo("UG");
        assertThat(p.geoPrecision()).isEqualTo(3);
        assertThat(p.admin1()).isNotNull();
        Place written = gazetteer.lookup("Kibaale District").get(0);
        assertThat(written.name()).isEqualTo(p.name());
        assertThat(written.lat()).isEqualTo(p.lat());
    }

    @Test
    void aSubdivisionNamedLikeABigTownIsNotAdded() {
        // the Czech district of Kladno shares its town's name: the town, not a region of that name, is read
        Place p = gazetteer.lookup("Kladno").get(0);
        assertThat(p.geoPrecision()).isEqualTo(1);
        assertThat(p.countryCode()).isEqualTo("CZ");
    }
}
