// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;
import org.sitrep.resolve.place.Tokenized;

class CounterProtestsTest {
    private static final CounterProtests COUNTERS = new CounterProtests();
    private static final EventType PEACEFUL = new EventType("Protests", "Peaceful protest");
    private static final EventType VIOLENT = new EventType("Riots", "Violent demonstration");

    private static ActorRoles.Clause clause(String sentence, String... after) {
        List<Sentence> next = new java.util.ArrayList<>();
        int begin = sentence.length() + 1;
        for (int i = 0; i < after.length; i++) {
            next.add(Tokenized.sentence(i + 1, after[i], begin));
            begin += after[i].length() + 1;
        }
        return new ActorRoles.Clause(Tokenized.sentence(sentence), 0, String.join(" ", after), "GH", "Ghana", null,
                null, List.of(), "", next);
    }

    private static ActorRoles.Roles sides(ActorRoles.Clause c, EventType type) {
        return SideRules.C.apply(SideRules.R.fromSentence(null, null, c), type, c);
    }

    @Test
    void aCounterProtestIsToldInTheSentenceOrTheOnesAfterIt() {
        assertThat(COUNTERS.told(clause("On 2 June, tenants marched to the council offices and a counter-protest "
                + "by landlords gathered at the gate."))).isTrue();
        assertThat(COUNTERS.told(clause("On 2 June, tenants marched to the council offices.",
                "They demanded lower rents.", "Some forty counterprotesters waved flags across the road."))).isTrue();
        assertThat(COUNTERS.told(clause("On 2 June, tenants marched to the council offices.",
                "Counter demonstrators shouted at them."))).isTrue();
        assertThat(COUNTERS.told(clause("On 2 June, tenants held a counter-rally outside the council."))).isTrue();
    }

    @Test
    void noCounterProtestWithoutItsWords() {
        assertThat(COUNTERS.told(clause("On 2 June, tenants marched to the council offices.",
                "Landlords protested against them the next day."))).isFalse();
        // the counter words alone, or another word beginning with them, tell none
        assertThat(COUNTERS.told(clause("On 2 June, shop counter staff protested over wages."))).isFalse();
        assertThat(COUNTERS.told(clause("On 2 June, tenants marched to the council offices.",
                "The counterpart union stayed away."))).isFalse();
        // a bare-text clause has no tokens
        assertThat(COUNTERS.told(new ActorRoles.Clause("On 2 June, a counter-protest was held.", 0, "", "GH",
                "Ghana"))).isFalse();
    }

    @Test
    void aProtestMetByACounterProtestHasProtestersOnBothSides() {
        ActorRoles.Roles r = sides(clause("On 2 June, tenants marched to the council offices in Accra.",
                "A counter-protest in support of the council gathered nearby."), PEACEFUL);
        assertThat(r.actor1().name()).isEqualTo("Protesters (Ghana)");
        assertThat(r.actor2().name()).isEqualTo("Protesters (Ghana)");

        ActorRoles.Roles alone = sides(clause("On 2 June, tenants marched to the council offices in Accra."), PEACEFUL);
        assertThat(alone.actor2()).isNull();
    }

    @Test
    void theForcePolicingTheProtestStaysItsSecondSide() {
        ActorRoles.Roles r = sides(clause("On 2 June, tenants marched to the council offices in Accra, watched by "
                + "the police.", "A counter-protest gathered nearby."), PEACEFUL);
        assertThat(r.actor2().name()).startsWith("Police Forces of Ghana");
    }

    @Test
    void aRiotMetByCounterDemonstratorsHasRioterOnBothSides() {
        ActorRoles.Roles r = sides(clause("On 2 June, tenants threw bottles outside the council offices in Accra.",
                "Counter-demonstrators threw them back."), VIOLENT);
        assertThat(r.actor1().name()).isEqualTo("Rioters (Ghana)");
        assertThat(r.actor2().name()).isEqualTo("Rioters (Ghana)");
    }
}
