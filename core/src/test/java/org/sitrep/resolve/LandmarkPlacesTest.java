// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Landmarks and the towns they stand in, and countries named beside a town, on sentences written for these tests. */
class LandmarkPlacesTest {
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(Gazetteer.load(), ActorDictionary.load());
    }

    /** A protest draft of one sentence whose place spans are the given words (role from the word before). */
    private static MentionDraft draft(String text, String... places) {
        Sentence sentence = org.sitrep.resolve.place.Tokenized.sentence(text);
        List<PlaceRef> refs = new java.util.ArrayList<>();
        for (String p : places) {
            int at = text.indexOf(p);
            PlaceRef.Role role = text.substring(0, at).endsWith("from ") ? PlaceRef.Role.ORIGIN : PlaceRef.Role.LOCATION;
            refs.add(new PlaceRef(p, at, at + p.length(), role, false));
        }
        return new MentionDraft(null, sentence, Frame.PROTEST, null, Status.OCCURRED, false, List.of(), refs, null, null,
                Map.of(), List.of(), "protest", 0, false);
    }

    private static Place where(MentionDraft d) {
        return resolver.choose(d, false, resolver.context(List.of(d), List.of(d.sentence())), null).location();
    }

    @Test
    void aLandmarkNamedAfterATownOfSomeSizeStandsInThatTown() {
        Place where = where(draft("Matatu drivers blocked the Eldoret roundabout for an hour.", "Eldoret"));
        assertThat(where.name()).isEqualTo("Eldoret");
        assertThat(where.countryCode()).isEqualTo("KE");
    }

    @Test
    void aLandmarkNamedAfterACityAbroadStillGivesWayToTheTownItStandsIn() {
        Place where = where(draft("Traders blocked the Lincoln roundabout in Alexandria for two hours.", "Lincoln",
                "Alexandria"));
        assertThat(where.name()).isEqualTo("Alexandria");
        assertThat(where.countryCode()).isEqualTo("EG");
    }

    @Test
    void aLandmarkAloneIsNoVillageAbroad() {
        assertThat(where(draft("Nurses protested outside the Central Hospital on Monday.", "Central Hospital"))).isNull();
    }

    @Test
    void aCountryInALandmarksNameIsNoVoteForWhereTheArticleIs() {
        Place where = where(draft("A grenade hit the Eldoret municipality building and the Bank Alfalah Pakistan branch.",
                "Eldoret municipality", "Bank Alfalah Pakistan"));
        assertThat(where.name()).isEqualTo("Eldoret municipality");
        assertThat(where.countryCode()).isEqualTo("KE");
    }

    @Test
    void aCountryPeopleCameFromDoesNotVetoTheTownTheyProtestedIn() {
        Place where = where(draft("Farmers back from Russia staged a sit-in in Kutaisi on Monday.", "Russia", "Kutaisi"));
        assertThat(where.name()).isEqualTo("Kutaisi");
        assertThat(where.countryCode()).isEqualTo("GE");
    }
}
