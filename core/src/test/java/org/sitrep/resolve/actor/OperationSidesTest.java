package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.EventType;
import org.sitrep.resolve.place.Tokenized;

/** OperationSides: the state force whose own operation an armed clash broke out in is actor1. */
class OperationSidesTest {
    private static final OperationSides O = new OperationSides();
    private static final EventType CLASH = new EventType("Battles", "Armed clash");
    private static final EventType ATTACK = new EventType("Violence against civilians", "Attack");
    private static final Actor GUNMEN = new Actor("Unidentified Armed Group (Kenya)", ActorType.POLITICAL_MILITIA,
            "two armed robbers");

    private static ActorRoles.Clause clause(String sentence) {
        return new ActorRoles.Clause(Tokenized.sentence(sentence, 40), 0, "", "KE", "Kenya", null, null, List.of(), "");
    }

    private static Actor police(String words) {
        return new Actor("Police Forces of Kenya", ActorType.STATE_FORCES, words);
    }

    private static ActorRoles.Roles sides(String sentence, String policeWords) {
        return O.apply(new ActorRoles.Roles(GUNMEN, police(policeWords)), clause(sentence));
    }

    @Test
    void theForceWhoseOperationItWasComesFirst() {
        ActorRoles.Roles r = sides("On 3 June, two armed robbers exchanged fire with police officers during an"
                + " operation to arrest them near the port.", "police officers");
        assertThat(r).isEqualTo(new ActorRoles.Roles(police("police officers"), GUNMEN));
        // up to three words between the opener and the noun
        assertThat(sides("Two armed robbers traded fire with police officers during a joint search operation at dawn.",
                "police officers").actor1().name()).isEqualTo("Police Forces of Kenya");
        assertThat(sides("Two armed robbers traded fire with police officers during a night patrol.",
                "police officers").actor1().name()).isEqualTo("Police Forces of Kenya");
    }

    @Test
    void anAttackOnAPatrolOrAnOperationNamedElsewhereKeepsTheOrder() {
        // the force not named after "with": the other side opened the fight
        assertThat(sides("Two armed robbers ambushed police officers during a night patrol.", "police officers")
                .actor1()).isEqualTo(GUNMEN);
        // a comma between the force and the opener, or too many words before the noun
        assertThat(sides("Two armed robbers exchanged fire with police officers, during an operation.",
                "police officers").actor1()).isEqualTo(GUNMEN);
        assertThat(sides("Two armed robbers exchanged fire with police officers during the first hours of an operation.",
                "police officers").actor1()).isEqualTo(GUNMEN);
        // the force's words not in the sentence, and a clause of bare text
        assertThat(sides("Two armed robbers exchanged fire with the guards during an operation.", "police officers")
                .actor1()).isEqualTo(GUNMEN);
        ActorRoles.Clause bare = new ActorRoles.Clause(
                "Two armed robbers exchanged fire with police officers during an operation.", 0, "", "KE", "Kenya");
        assertThat(O.apply(new ActorRoles.Roles(GUNMEN, police("police officers")), bare).actor1()).isEqualTo(GUNMEN);
    }

    @Test
    void onlyAnArmedNonStateSideFacingAStateForceMoves() {
        ActorRoles.Clause c = clause("Soldiers exchanged fire with police officers during an operation.");
        Actor soldiers = new Actor("Military Forces of Kenya", ActorType.STATE_FORCES, "Soldiers");
        assertThat(O.apply(new ActorRoles.Roles(soldiers, police("police officers")), c).actor1()).isEqualTo(soldiers);
        Actor crowd = new Actor("Rioters (Kenya)", ActorType.RIOTERS, "youths");
        assertThat(O.apply(new ActorRoles.Roles(crowd, police("police officers")), c).actor1()).isEqualTo(crowd);
    }

    @Test
    void theConventionsApplyItToArmedClashesOnly() {
        String s = "On 3 June, two armed robbers exchanged fire with police officers during an operation near the port.";
        ActorRoles.Clause c = clause(s);
        ActorRoles.Roles clash = SideRules.C.apply(new ActorRoles.Roles(GUNMEN, police("police officers")), CLASH, c);
        assertThat(clash.actor1().name()).isEqualTo("Police Forces of Kenya");
        assertThat(clash.actor2().name()).isEqualTo("Unidentified Armed Group (Kenya)");
        ActorRoles.Roles attack = SideRules.C.apply(new ActorRoles.Roles(GUNMEN, police("police officers")), ATTACK, c);
        assertThat(attack.actor1().name()).isEqualTo("Unidentified Armed Group (Kenya)");
    }
}
