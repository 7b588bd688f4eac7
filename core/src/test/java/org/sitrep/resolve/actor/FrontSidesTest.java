package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.resolve.actor.SideRules.C;
import static org.sitrep.resolve.actor.SideRules.R;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;

/** The sides of clashes on a standing front line, on sentences written for the test. */
class FrontSidesTest {
    private static final Actor UKRAINE = new Actor("Military Forces of Ukraine", ActorType.STATE_FORCES, null);
    private static final Actor SEPARATISTS = new Actor("NAF: United Armed Forces of Novorossiya", ActorType.REBEL_GROUP,
            null);
    /** ACLED's name for an armed group the text does not name, in Ukraine. */
    private static final Actor UNIDENTIFIED = new Actor("Unidentified Armed Group (Ukraine)", ActorType.POLITICAL_MILITIA,
            null);

    private static Place place(String name, String country, String code, String admin1, String admin1Code) {
        return new Place(name, country, code, admin1, admin1Code, null, 48.0, 38.0, 1, List.of(), null, name);
    }

    /** A day the Donbas front stood with its two sides. */
    private static final LocalDate IN_2019 = LocalDate.of(2019, 6, 3);

    private static ActorRoles.Roles clash(String sentence, Place where, Actor a1, Actor a2) {
        return clash(sentence, where, a1, a2, IN_2019);
    }

    private static ActorRoles.Roles clash(String sentence, Place where, Actor a1, Actor a2, LocalDate when) {
        ActorRoles.Clause c = new ActorRoles.Clause(sentence, 0, "", where.countryCode(), where.country(), where, when);
        return C.apply(R.fromSentence(a1, a2, c), new EventType("Battles", "Armed clash"), c);
    }

    @Test
    void aFrontAppliesOnlyInItsPeriodAndNeverToAnUndatedClash() {
        String sentence = "Monitors recorded bursts of small-arms fire on both sides of the contact line near Pisky.";
        Place pisky = place("Pisky", "Ukraine", "UA", "Donetsk", "UA.05");
        assertThat(clash(sentence, pisky, null, null, LocalDate.of(2022, 2, 23)).actor2()).isEqualTo(SEPARATISTS);
        // from the invasion on, other forces hold that line: the row no longer says who fired
        assertThat(clash(sentence, pisky, null, null, LocalDate.of(2022, 2, 24)).actor2()).isEqualTo(UNIDENTIFIED);
        assertThat(clash(sentence, pisky, null, null, LocalDate.of(2013, 12, 1)).actor1()).isEqualTo(UNIDENTIFIED);
        assertThat(clash(sentence, pisky, null, null, null).actor1()).isEqualTo(UNIDENTIFIED);
    }

    @Test
    void aMonitorsCountOfFireOnTheLineOfContactIsBetweenTheTwoForcesHoldingIt() {
        ActorRoles.Roles r = clash("On 3 June, ceasefire monitors recorded 40 bursts of small-arms fire on both sides"
                + " of the contact line near Pisky.", place("Pisky", "Ukraine", "UA", "Donetsk", "UA.05"), null, null);
        assertThat(r.actor1()).isEqualTo(UKRAINE);
        assertThat(r.actor2()).isEqualTo(SEPARATISTS);
    }

    @Test
    void theUnnamedOtherSideFacingOneFrontSideIsTheOtherFrontSide() {
        Actor troops = new Actor("Military Forces of Ukraine", ActorType.STATE_FORCES, "Ukrainian troops");
        ActorRoles.Roles r = clash("Ukrainian troops came under small-arms fire overnight near Stanytsia Luhanska.",
                place("Stanytsia Luhanska", "Ukraine", "UA", "Luhansk", "UA.14"), troops, null);
        assertThat(r.actor1()).isEqualTo(troops);
        assertThat(r.actor2()).isEqualTo(SEPARATISTS);
    }

    @Test
    void theFrontIsFoundByTheRegionsCodeWhateverTheReportsSpelling() {
        String sentence = "On 3 June, monitors heard machine-gun fire near Pisky.";
        // the report writes "Donetsk Oblast"; the gazetteer's region code is the same
        ActorRoles.Roles r = clash(sentence, place("Pisky", "Ukraine", "UA", "Donetsk Oblast", "UA.05"), null, null);
        assertThat(r.actor1()).isEqualTo(UKRAINE);
        assertThat(r.actor2()).isEqualTo(SEPARATISTS);
        // a region spelled like a front region but of another code (or of none) is not on the front
        assertThat(clash(sentence, place("Pisky", "Ukraine", "UA", "Donetsk", null), null, null).actor1())
                .isEqualTo(UNIDENTIFIED);
    }

    @Test
    void offTheFrontAnUnnamedSideStaysAnUnidentifiedGroup() {
        ActorRoles.Roles r = clash("On 3 June, a shoot-out was reported near the port of Izmail.",
                place("Izmail", "Ukraine", "UA", "Odesa", "UA.17"), null, null);
        assertThat(r.actor1()).isEqualTo(UNIDENTIFIED);
        assertThat(r.actor2()).isEqualTo(UNIDENTIFIED);
    }

    @Test
    void aGroupTheTextNamesIsNoFrontSideAndKeepsItsOpponentUnidentified() {
        Actor gunmen = new Actor("Unidentified Armed Group", ActorType.POLITICAL_MILITIA, "masked gunmen");
        ActorRoles.Roles r = clash("Masked gunmen exchanged fire with a rival gang outside a cafe in Mariupol.",
                place("Mariupol", "Ukraine", "UA", "Donetsk", "UA.05"), gunmen, null);
        assertThat(r.actor1()).isEqualTo(new Actor("Unidentified Armed Group (Ukraine)", ActorType.POLITICAL_MILITIA,
                "masked gunmen"));
        assertThat(r.actor2()).isEqualTo(UNIDENTIFIED);
    }

    @Test
    void shellingTakesOnlyTheForceAcrossTheLineNeverBothSides() {
        // the test place lies on the separatists' side of the line: the government's forces fired; who was hit is
        // not said
        ActorRoles.Clause c = new ActorRoles.Clause("On 3 June, two shells landed near a school in the town.", 0, "",
                "UA", "Ukraine", place("Testtown", "Ukraine", "UA", "Donetsk", "UA.05"), IN_2019);
        ActorRoles.Roles r = C.apply(R.fromSentence(null, null, c),
                new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack"), c);
        assertThat(r.actor1()).isEqualTo(UKRAINE);
        assertThat(r.actor2()).isNull();
    }

    @Test
    void theMonitoringMissionOfAFrontPlacesAClashOnItWhenNoPlaceWasFound() {
        ActorRoles.Clause c = new ActorRoles.Clause("On 12 June, the Special Monitoring Mission recorded 25 explosions"
                + " and bursts of fire near a hamlet east of the reservoir.", 0, "", "UA", "Ukraine", null, IN_2019);
        ActorRoles.Roles r = C.apply(R.fromSentence(null, null, c), new EventType("Battles", "Armed clash"), c);
        assertThat(r.actor1()).isEqualTo(UKRAINE);
        assertThat(r.actor2()).isEqualTo(SEPARATISTS);
    }

    @Test
    void anAbbreviatedCueCountsOnlyInCapitals() {
        ActorRoles.Clause c = new ActorRoles.Clause("A shoot-out near the smm depot left two men wounded.", 0, "",
                "UA", "Ukraine", null, IN_2019);
        ActorRoles.Roles r = C.apply(R.fromSentence(null, null, c), new EventType("Battles", "Armed clash"), c);
        assertThat(r.actor1().name()).isEqualTo("Unidentified Armed Group (Ukraine)");
    }

    private static Place at(double lat, double lon, int precision) {
        return new Place("Testtown", "Ukraine", "UA", "Donetsk", "UA.05", null, lat, lon, precision, List.of(), null,
                "Testtown");
    }

    private static ActorRoles.Roles shelling(String sentence, Place where) {
        ActorRoles.Clause c = new ActorRoles.Clause(sentence, 0, "", "UA", "Ukraine", where, IN_2019);
        return C.apply(R.fromSentence(null, null, c),
                new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack"), c);
    }

    @Test
    void fireNearAPlaceOneForceHoldsCameFromAcrossTheLine() {
        String sentence = "On 3 June, the monitors recorded 12 bursts of small-arms fire near Testtown.";
        // west of the line of contact, on ground the government held: the separatists fired
        ActorRoles.Roles held = clash(sentence, at(48.10, 37.60, 1), null, null);
        assertThat(held.actor1()).isEqualTo(SEPARATISTS);
        assertThat(held.actor2()).isEqualTo(UKRAINE);
        // east of it, on the separatists' ground: the government's forces fired
        ActorRoles.Roles across = clash(sentence, at(48.05, 38.00, 1), null, null);
        assertThat(across.actor1()).isEqualTo(UKRAINE);
        assertThat(across.actor2()).isEqualTo(SEPARATISTS);
        // a region's centre says nothing of the line: the state's forces first, as before
        ActorRoles.Roles region = clash(sentence, at(48.10, 37.60, 3), null, null);
        assertThat(region.actor1()).isEqualTo(UKRAINE);
    }

    @Test
    void unnamedShellingNearAHeldPlaceIsTheOtherForces() {
        String sentence = "On 3 June, the monitors recorded 5 explosions near Testtown.";
        assertThat(shelling(sentence, at(48.10, 37.60, 1)).actor1()).isEqualTo(SEPARATISTS);
        assertThat(shelling(sentence, at(48.05, 38.00, 2)).actor1()).isEqualTo(UKRAINE);
        // a named side stays: the rule is only for fire the report does not attribute
        ActorRoles.Clause c = new ActorRoles.Clause("Separatist forces shelled Testtown on 3 June.", 0, "", "UA",
                "Ukraine", at(48.10, 37.60, 1), IN_2019);
        Actor named = new Actor("NAF: United Armed Forces of Novorossiya", ActorType.REBEL_GROUP, "Separatist forces");
        assertThat(C.apply(R.fromSentence(named, null, c),
                new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack"), c).actor1().text())
                .isEqualTo("Separatist forces");
    }
}
