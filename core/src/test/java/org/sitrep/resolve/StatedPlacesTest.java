// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/**
 * Which readings of names written alone contradict the places a sentence writes with their containers: "in X, Y
 * state, ... residents of Z village" means a Z of state Y, not a namesake in another state of the country.
 */
class StatedPlacesTest {
    private static Place place(String name, String admin1Code, String admin2, int precision) {
        return new Place(name, "Mexico", "MX", "State " + admin1Code, "MX." + admin1Code, admin2, 19.0, -96.0, precision,
                List.of(), null, name);
    }

    private final Place municipality = place("Xalapa", "30", "Xalapa", 2);

    @Test
    void aVillageOfAnotherStateIsANamesake() {
        assertThat(SceneOrder.contradicts(place("El Castillo", "07", "Ocosingo", 1), List.of(municipality))).isTrue();
    }

    @Test
    void aVillageOfTheStatedStateIsMeant() {
        assertThat(SceneOrder.contradicts(place("El Castillo", "30", "Xalapa", 1), List.of(municipality))).isFalse();
        assertThat(SceneOrder.contradicts(place("El Castillo", "30", "Emiliano Zapata", 1), List.of(municipality))).isFalse();
        Place state = place("Veracruz", "30", null, 3);
        assertThat(SceneOrder.contradicts(place("El Castillo", "30", "Emiliano Zapata", 1), List.of(state))).isFalse();
        // nor anything when no place is written with its container
        assertThat(SceneOrder.contradicts(place("El Castillo", "07", "Ocosingo", 1), List.of())).isFalse();
    }
}
