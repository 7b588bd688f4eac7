// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/** Ranking same-named places by the article's other names, on the bundled gazetteer. */
class PlaceContextTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    /** A context as the resolver builds it: each name's first candidates. */
    private static PlaceContext contextOf(Set<String> countries, String... names) {
        Map<String, List<Place>> candidates = new LinkedHashMap<>();
        for (String n : names) {
            List<Place> c = gazetteer.lookup(n, countries);
            candidates.put(Gazetteer.fold(n), c.subList(0, Math.min(PlaceContext.SUPPORTERS, c.size())));
        }
        return new PlaceContext(countries, candidates, null);
    }

    @Test
    void aTownIsTheNamesakeInTheStateTheNoteNamesInBrackets() {
        // "Protesters gathered in Alexandria (Virginia) on Sunday."
        PlaceContext context = contextOf(Set.of(), "Alexandria", "Virginia");
        Place best = context.rank("Alexandria", gazetteer.lookup("Alexandria")).get(0);
        assertThat(best.countryCode()).isEqualTo("US");
        assertThat(best.admin1()).isEqualTo("Virginia");
        assertThat(best.lat()).isCloseTo(38.80, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void withoutContextTheGazetteerOrderStands() {
        PlaceContext context = contextOf(Set.of(), "Alexandria");
        Place best = context.rank("Alexandria", gazetteer.lookup("Alexandria")).get(0);
        assertThat(best.countryCode()).isEqualTo("EG");
    }

    @Test
    void relationGradesContainmentProvinceAndCountry() {
        Place virginia = gazetteer.lookup("Virginia", Set.of("US")).get(0);
        Place alexandria = gazetteer.lookup("Alexandria", Set.of("US")).stream()
                .filter(p -> "Virginia".equals(p.admin1())).findFirst().orElseThrow();
        Place egypt = gazetteer.country("Egypt").orElseThrow();
        Place cairo = gazetteer.lookup("Cairo", Set.of("EG")).get(0);
        assertThat(PlaceContext.relation(alexandria, virginia)).isEqualTo(3);
        assertThat(PlaceContext.relation(cairo, egypt)).isEqualTo(2);
        assertThat(PlaceContext.relation(cairo, virginia)).isZero();
    }

    @Test
    void aProvinceOfAnotherCountryVetoesAnUnsupportedVillage() {
        // "Gunmen raided Zaybak district (Badakhshan)": a hamlet called Badakhshan abroad would not count
        PlaceContext context = contextOf(Set.of(), "Zaybak district", "Badakhshan");
        Place alexandriaEgypt = gazetteer.lookup("Alexandria", Set.of("EG")).get(0).withText("Alexandria");
        assertThat(context.namesRegionAbroad(alexandriaEgypt)).isTrue();
        Place zaybak = gazetteer.lookup("Zaybak district").get(0);
        assertThat(context.support(zaybak, Gazetteer.fold("Zaybak district"))).isPositive();
    }
}
