// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Frame;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;
import org.sitrep.model.Status;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceContext;

/** The event place of a sentence that names its places in a list or a stretch: the first written stands for them. */
class ListedPlacesTest {
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(Gazetteer.load(), ActorDictionary.load());
    }

    /** The location chosen for a draft whose spans are given nearest the trigger first, with their roles. */
    private static Place located(String text, Map<String, PlaceRef.Role> roles, String... nearFirst) {
        Sentence sentence = org.sitrep.resolve.place.Tokenized.sentence(text); // the list reader reads its tokens
        List<PlaceRef> refs = new ArrayList<>();
        for (String p : nearFirst) {
            int at = text.indexOf(p);
            refs.add(new PlaceRef(p, at, at + p.length(), roles.getOrDefault(p, PlaceRef.Role.LOCATION), false));
        }
        MentionDraft d = new MentionDraft(null, sentence, Frame.PROTEST, null, Status.OCCURRED, false, List.of(), refs,
                null, null, Map.of(), List.of(), "protest", 0, false);
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        return resolver.choose(d, false, context, null).location();
    }

    @Test
    void theFirstTownOfAListIsTheSceneThoughTheLastStandsNearerTheTrigger() {
        String text = "In Sorocaba and Itu, Sao Paulo, truckers held a protest over fuel prices.";
        Place where = located(text, Map.of(), "Sao Paulo", "Itu", "Sorocaba");
        assertThat(where.name()).isEqualTo("Sorocaba");
        assertThat(where.admin1()).isEqualTo("São Paulo");
        assertThat(where.geoPrecision()).isEqualTo(1);
    }

    @Test
    void betweenTwoTownsIsTheFirst() {
        String text = "Between Sorocaba and Itu, Sao Paulo, truckers held a protest over fuel prices.";
        assertThat(located(text, Map.of(), "Sao Paulo", "Itu", "Sorocaba").name()).isEqualTo("Sorocaba");
    }

    @Test
    void townsListedAfterAPlaceOfOriginAreWherePeopleCameFrom() {
        String text = "Teachers from Sorocaba, Itu and Jundiai protested unpaid wages at the education office in Campinas.";
        Place where = located(text, Map.of("Sorocaba", PlaceRef.Role.ORIGIN), "Jundiai", "Campinas", "Itu", "Sorocaba");
        assertThat(where.name()).isEqualTo("Campinas");
        assertThat(where.admin1()).isEqualTo("São Paulo");
    }

    @Test
    void aStretchFromOneTownToAnotherBeginsAtTheFirst() {
        String text = "Protesters marched from Sorocaba to Itu in Sao Paulo state against the new toll.";
        Place where = located(text, Map.of("Sorocaba", PlaceRef.Role.ORIGIN, "Itu", PlaceRef.Role.DESTINATION),
                "Sorocaba", "Itu", "Sao Paulo state");
        assertThat(where.name()).isEqualTo("Sorocaba");
        assertThat(where.geoPrecision()).isEqualTo(1);
    }

    @Test
    void aListOfProvincesIsNoPlaceWithItsContainer() {
        // "X, Y and Z provinces": Y is the list's second province, not the province that holds X
        String text = "Police arrested 12 suspects in Tarlac, Pampanga and Bataan provinces on Friday.";
        Place where = located(text, Map.of(), "Tarlac", "Pampanga", "Bataan");
        assertThat(where.countryCode()).isEqualTo("PH");
        assertThat(where.admin1()).isEqualTo("Central Luzon");
        assertThat(where.text()).isEqualTo("Tarlac");
    }

    @Test
    void aTownWithItsMunicipalityAndStateLiesInThatState() {
        // the municipality has a namesake province abroad; the state written last says which country is meant
        String text = "On 3 June, in Los Guayos, Valencia, Carabobo state, residents protested over gas shortages.";
        Place where = located(text, Map.of(), "Los Guayos", "Valencia", "Carabobo state");
        assertThat(where.countryCode()).isEqualTo("VE");
        assertThat(where.admin1()).isEqualTo("Carabobo");
        assertThat(where.geoPrecision()).isLessThan(3);
    }

    @Test
    void protestersFromATownMeetThereRatherThanInTheCountryAPhraseNames() {
        String text = "Students from Byblos rallied against the political system in Lebanon on Labour Day.";
        Place where = located(text, Map.of("Byblos", PlaceRef.Role.ORIGIN), "Lebanon", "Byblos");
        assertThat(where.countryCode()).isEqualTo("LB");
        assertThat(where.geoPrecision()).isEqualTo(1);
        assertThat(where.text()).isEqualTo("Byblos");
    }
}
