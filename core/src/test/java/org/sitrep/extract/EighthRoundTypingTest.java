package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.TestPipeline;

/**
 * Eighth round of typing: fire given back makes an exchange, an armed clash ({@link ExchangeOfFire} with
 * {@code answering-fire.tsv}); one-sided fire aimed at an area named by a direction, by "locations", through a
 * modifier or a weapon object is shelling ({@link AreaFire}); an arrest that is not told as done at the protest
 * is no intervention ({@link ProtestConduct#arrestAtProtest}). Sentences written for this test.
 */
class EighthRoundTypingTest {
    private static String subType(String text) {
        return TestPipeline.firstSubType(text);
    }

    @Test
    void fireGivenBackInTheNextSentenceMakesAClash() {
        assertThat(subType("On 12 July 2021, in Pereira, Risaralda, three men on a motorbike opened fire at a police kiosk. "
                + "Officers returned fire and wounded one of them.")).isEqualTo("Armed clash");
        assertThat(subType("On 12 July 2021, in Pereira, Risaralda, two officers were shot at by a man they had asked to stop. "
                + "The officers fired back and the man died.")).isEqualTo("Armed clash");
        assertThat(subType("On 12 July 2021, gunmen opened fire on a navy patrol near Tumaco, Narino. "
                + "The marines responded with their rifles. Nobody was hurt.")).isEqualTo("Armed clash");
    }

    @Test
    void shellingAnsweredInItsOwnSentenceIsAClash() {
        assertThat(subType("On 12 July 2021, army units reportedly responded to shelling by rebel forces on the Qaniya front "
                + "(Radman, Al Bayda), killing a number of fighters.")).isEqualTo("Armed clash");
    }

    @Test
    void aBlazeAttendedOrAnAttackNotAnsweredIsNoExchange() {
        assertThat(subType("On 12 July 2021, unknown men set fire to the house of a councillor in Kisumu. "
                + "Firefighters responded to the fire within an hour.")).isNotEqualTo("Armed clash");
        assertThat(subType("On 12 July 2021, gunmen shot dead a shopkeeper in Kisumu. Police opened an investigation."))
                .isEqualTo("Attack");
    }

    @Test
    void fireAtAnAreaNamedByADirectionOrByLocationsIsShelling() {
        assertThat(subType("On 14 July 2021, rebel forces reportedly fired 14.5mm machine guns south of the fish market in "
                + "Zabid town (Zabid, Al Hudaydah) with no report of casualties.")).isEqualTo("Shelling/artillery/missile attack");
        assertThat(subType("On 14 July 2021, rebel forces reportedly fired machine guns and sniper shots at various locations "
                + "of Zabid town (Zabid, Al Hudaydah). No casualties reported.")).isEqualTo("Shelling/artillery/missile attack");
        assertThat(subType("On 14 July 2021, rebel forces reportedly fired machine guns at the east of Zabid town "
                + "(Zabid, Al Hudaydah). No casualties reported.")).isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void theAimMayHangOnAModifierOrOnTheLastWeapon() {
        assertThat(subType("On 14 July 2021, rebel forces fired machine guns, assumedly heavy, at several locations "
                + "in the market area of Hays town (Hays, Al Hudaydah). No casualties reported."))
                .isEqualTo("Shelling/artillery/missile attack");
        assertThat(subType("On 14 July 2021, insurgents fired mortar shells, PK machine guns, 14.5mm "
                + "machine guns and sniper shots at farming villages in Hays district. No casualties reported."))
                .isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void fireAtPeopleInADirectionOfAPlaceIsNoShelling() {
        assertThat(subType("On 14 July 2021, rebel forces fired machine guns at army positions south of Zabid town "
                + "(Zabid, Al Hudaydah). No casualties reported.")).isNotEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void detaineesWhoseReleaseIsDemandedAreNoIntervention() {
        assertThat(subType("On 15 July 2021, protesters gathered outside the courthouse in Sfax and demanded the release of "
                + "activists who were detained during last week's demonstrations.")).isEqualTo("Peaceful protest");
    }

    @Test
    void protestersArrestedAtTheProtestStillMakeAnIntervention() {
        assertThat(subType("On 15 July 2021, police arrested 12 protesters who had blocked the main road in Sfax during a "
                + "march against unemployment.")).isEqualTo("Protest with intervention");
        assertThat(subType("On 15 July 2021, about 200 students marched in Sfax against fee rises. Police detained 15 of them."))
                .isEqualTo("Protest with intervention");
    }
}
