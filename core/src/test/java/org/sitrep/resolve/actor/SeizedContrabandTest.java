package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorClass;
import org.sitrep.model.ActorType;
import org.sitrep.model.EventType;

/** SeizedContraband: the owners of contraband a state force seized, and the people caught with it. */
class SeizedContrabandTest {
    private static final EventType ARRESTS = new EventType("Strategic developments", "Arrests");

    /** The arrested as the extract stage reads them: civilians, with their words. */
    private static final Actor MEN = new Actor(ActorClass.CIVILIANS.label(), ActorType.CIVILIANS, "Two men");

    private static ActorRoles.Roles arrest(String preceding, String sentence) {
        ActorRoles.Clause c = new ActorRoles.Clause(sentence, 0, "", "KE", "Kenya", null, null, List.of(), preceding);
        return SideRules.C.apply(SideRules.R.fromSentence(null, MEN, c), ARRESTS, c);
    }

    @Test
    void thoseArrestedAfterASeizureOfContrabandAreTheUnnamedSmugglers() {
        ActorRoles.Roles r = arrest("On 4 June, police found 800 kilograms of cannabis hidden under maize sacks in a lorry.",
                "Two men were arrested at the scene.");
        assertThat(r.actor1().name()).isEqualTo("Police Forces of Kenya");
        assertThat(r.actor2().name()).isEqualTo("Unidentified Armed Group (Kenya)");
        assertThat(r.actor2().text()).isEqualTo("Two men");
        // the contraband named in the arrest's own sentence
        ActorRoles.Roles own = arrest("", "On 4 June, police arrested two men carrying 40 kilograms of heroin.");
        assertThat(own.actor2().name()).isEqualTo("Unidentified Armed Group (Kenya)");
    }

    @Test
    void anArrestWithNoContrabandNearbyIsOfCivilians() {
        ActorRoles.Roles r = arrest("On 4 June, traders blocked the market road to protest new fees.",
                "Two men were arrested at the scene.");
        assertThat(r.actor2().name()).isEqualTo("Civilians (Kenya)");
        // contraband only in the sentence after the arrest is no part of it
        ActorRoles.Clause c = new ActorRoles.Clause("On 4 June, police arrested two men at the market.", 0,
                "Officers later burned 20 kilograms of cannabis.", "KE", "Kenya", null, null, List.of(), "");
        assertThat(SideRules.C.apply(SideRules.R.fromSentence(null, null, c), ARRESTS, c).actor2().name())
                .isEqualTo("Civilians (Kenya)");
    }
}
