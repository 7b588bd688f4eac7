// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.place.Gazetteer;

/** Place names written with a linking word the gazetteer's name lacks, on sentences written for these tests. */
class NameLinksTest {
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(Gazetteer.load(), ActorDictionary.load());
    }

    @Test
    void theLinkingWordBetweenTwoCapitalisedWordsIsDropped() {
        assertThat(NameLinks.unlinked("San Juan de Teitipac")).isEqualTo("San Juan Teitipac");
        assertThat(NameLinks.unlinked("Puerto de la Cruz")).isNull(); // "de la": no capitalised word after "de"
        assertThat(NameLinks.unlinked("Villa de Santa Cruz de Mora")).isNull(); // two links: which one is unclear
        assertThat(NameLinks.unlinked("Teitipac")).isNull();
    }

    @Test
    void aTownWrittenWithDeIsTheTownListedWithoutIt() {
        Place town = PlaceFixtures.located(resolver,
                "On 3 June 2021, in San Sebastian de Teitipac, Oaxaca, gunmen shot dead a local official.",
                "San Sebastian de Teitipac", "Oaxaca");
        assertThat(town.admin1()).isEqualTo("Oaxaca");
        assertThat(town.geoPrecision()).isEqualTo(1);
        assertThat(town.geonameId()).isNotNull();
        assertThat(town.lat()).isCloseTo(16.95, Offset.offset(0.01));
        assertThat(town.lon()).isCloseTo(-96.61, Offset.offset(0.01));
    }
}
