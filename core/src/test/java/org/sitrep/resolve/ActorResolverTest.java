package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorRef;
import org.sitrep.model.ActorType;
import org.sitrep.resolve.actor.ActorDictionary;

/** Both sides of an event read from the extract stage's phrases, on sentences written for the test. */
class ActorResolverTest {
    private static final ActorResolver A = new ActorResolver(ActorDictionary.load());

    @Test
    void aForceCutInTwoByTheParserIsOneActorInTheFirstSide() {
        String s = "In the north of the city, the Military Police raided a warehouse and a shoot-out followed.";
        Actor[] sides = A.sides(new ActorRef("Military", "military"), new ActorRef("Police", "police"), s, "BR");
        // military police are a corps of the armed forces (actors.tsv)
        assertThat(sides[0].name()).isEqualTo("Military Forces of Brazil");
        assertThat(sides[0].type()).isEqualTo(ActorType.STATE_FORCES);
        assertThat(sides[1]).isNull();
    }

    @Test
    void aSideInsideTheOtherSidesWordsIsTheSameForce() {
        String s = "A suspect died in a shootout with military police forces on patrol.";
        Actor[] sides = A.sides(new ActorRef("military", "military"),
                new ActorRef("military police forces", "forces"), s, "BR");
        assertThat(sides[0].name()).isEqualTo("Military Forces of Brazil");
        assertThat(sides[1]).isNull();
    }

    @Test
    void twoDifferentForcesStayTwoSides() {
        String s = "Soldiers clashed with Boko Haram fighters near the lake shore.";
        Actor[] sides = A.sides(new ActorRef("Soldiers", "soldiers"), new ActorRef("Boko Haram fighters", "fighters"),
                s, "NG");
        assertThat(sides[0].name()).isEqualTo("Military Forces of Nigeria");
        assertThat(sides[1].name()).isEqualTo("Boko Haram");
    }

    @Test
    void soldiersOfTwoCountriesStayTwoSides() {
        String s = "Indian troops and Pakistani soldiers exchanged fire across the line.";
        Actor[] sides = A.sides(new ActorRef("Indian troops", "troops"), new ActorRef("Pakistani soldiers", "soldiers"),
                s, "IN");
        assertThat(sides[0].name()).isEqualTo("Military Forces of India");
        assertThat(sides[1].name()).isEqualTo("Military Forces of Pakistan");
        assertThat(sides[1].type()).isEqualTo(ActorType.FOREIGN_STATE);
    }

    @Test
    void forcesOfTwoCountriesAreTwoSidesTheEventCountrysFirst() {
        String s = "On 9 June, military forces of Pakistan and India exchanged fire across the line of control.";
        Actor[] sides = A.sides(new ActorRef("military forces of Pakistan and India", "forces"), null, s, "IN");
        assertThat(sides[0]).isEqualTo(new Actor("Military Forces of India", ActorType.STATE_FORCES,
                "military forces of India"));
        assertThat(sides[1].name()).isEqualTo("Military Forces of Pakistan");
        assertThat(sides[1].type()).isEqualTo(ActorType.FOREIGN_STATE);
    }

    @Test
    void twoCountryWordsShareOneForceNoun() {
        String s = "Ethiopian and Eritrean troops traded artillery fire near the border town.";
        Actor[] sides = A.sides(new ActorRef("Ethiopian and Eritrean troops", "troops"), null, s, "ET");
        assertThat(sides[0].name()).isEqualTo("Military Forces of Ethiopia");
        assertThat(sides[0].type()).isEqualTo(ActorType.STATE_FORCES);
        assertThat(sides[1].name()).isEqualTo("Military Forces of Eritrea");
        assertThat(sides[1].type()).isEqualTo(ActorType.FOREIGN_STATE);
    }

    @Test
    void theForcesOfAHeadingAreTheForeignForcesTheSentenceNames() {
        String s = "Troop movements: on 3 June, a column of Russian troops crossed into the province, a withdrawal of"
                + " forces the ministry had denied.";
        Actor[] sides = A.sides(new ActorRef("forces", "forces"), null, s, "SY");
        assertThat(sides[0].name()).isEqualTo("Military Forces of Russia");
        assertThat(sides[0].type()).isEqualTo(ActorType.FOREIGN_STATE);
    }

    @Test
    void troopsActingBesideForeignAircraftStayTheCountrysForces() {
        String s = "Government troops advanced on the village under cover of Russian warplanes.";
        Actor[] sides = A.sides(new ActorRef("troops", "troops"), null, s, "SY");
        assertThat(sides[0].name()).isEqualTo("Military Forces of Syria");
    }

    @Test
    void aNationsPeopleNamedByTheirPluralDemonymAreCivilians() {
        Actor yemenis = A.actor(new ActorRef("Yemenis", "yemenis"), "SA");
        assertThat(yemenis.name()).isEqualTo("Civilians");
        assertThat(yemenis.type()).isEqualTo(ActorType.CIVILIANS);
        assertThat(yemenis.text()).isEqualTo("Yemenis");
        // a force of theirs, a group's name, a lower-case word or a country's name is no demonym alone
        assertThat(A.actor(new ActorRef("Yemeni troops", "troops"), "SA").type()).isEqualTo(ActorType.FOREIGN_STATE);
        assertThat(A.actor(new ActorRef("Houthis", "houthis"), "YE").name()).isNotEqualTo("Civilians");
        assertThat(A.actor(new ActorRef("iraqis", "iraqis"), "IQ")).isNull();
        assertThat(A.actor(new ActorRef("Cyprus", "cyprus"), "CY").type()).isNotEqualTo(ActorType.CIVILIANS);
        assertThat(A.actor(new ActorRef("Texans", "texans"), "US")).isNull();
    }
}
