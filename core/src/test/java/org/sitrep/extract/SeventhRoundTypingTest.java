package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/**
 * Seventh round of typing: deaths a protest mourns are no lethal force against it, arrests of "them" and arrests
 * made are its intervention, clashes with the police told after it make it violent, curfews and lockdowns imposed
 * are a change to the group's activity, and a junta's forces are the country's military. Sentences written for
 * this test.
 */
class SeventhRoundTypingTest {
    private static String subType(String text) {
        return TestPipeline.firstSubType(text);
    }

    @Test
    void deathsTheProtestIsAboutLeaveItPeaceful() {
        assertThat(subType("On 6 April 2021, relatives of a driver who was shot dead at a checkpoint held a protest outside "
                + "the governor's office in Kisumu (Kisumu County).")).isEqualTo("Peaceful protest");
        assertThat(subType("On 6 April 2021, about 30 classmates of a student who died in a traffic accident rallied in front of the "
                + "court in Nakuru (Nakuru County), demanding justice.")).isEqualTo("Peaceful protest");
    }

    @Test
    void deathsTheCrowdSpeaksOfLeaveItPeaceful() {
        assertThat(subType("On 6 April 2021, shop owners protested in Lviv, complaining that the quarantine kills their "
                + "trade.")).isEqualTo("Peaceful protest");
    }

    @Test
    void deathsAtTheProtestAreStillLethalForce() {
        assertThat(subType("On 6 April 2021, police opened fire on protesters in Kisumu (Kisumu County), killing two of them."))
                .isEqualTo("Excessive force against protesters");
        assertThat(subType("On 6 April 2021, witnesses said police shot dead two protesters in Kisumu (Kisumu County)."))
                .isEqualTo("Excessive force against protesters");
    }

    @Test
    void theCrowdArrestedAsThemOrArrestsMadeIsAnIntervention() {
        assertThat(subType("On 6 April 2021, about 30 nurses staged a demonstration in Mombasa (Mombasa County) over unpaid "
                + "wages. They were arrested for breaking the assembly rules.")).isEqualTo("Protest with intervention");
        assertThat(subType("On 6 April 2021, about 30 nurses staged a demonstration in Mombasa (Mombasa County) over unpaid "
                + "wages. Several arrests were made.")).isEqualTo("Protest with intervention");
    }

    @Test
    void clashesWithThePoliceAfterTheProtestMakeItViolent() {
        assertThat(subType("On 6 April 2021, hundreds of traders demonstrated outside the market in Eldoret (Uasin Gishu) "
                + "against new fees. Clashes with police erupted as officers moved to reopen the road."))
                .isEqualTo("Violent demonstration");
        assertThat(subType("On 6 April 2021, dozens of residents blocked a highway in Eldoret (Uasin Gishu) with burning "
                + "tyres to demand water supplies.")).isEqualTo("Violent demonstration");
    }

    @Test
    void curfewsAndLockdownsImposedAreAChangeToActivity() {
        assertThat(subType("On 6 April 2021, the provincial governor imposed a strict lockdown on Mazar city to contain "
                + "the outbreak.")).isEqualTo("Change to group/activity");
        assertThat(subType("On 6 April 2021, the authorities declared a night curfew in Goma after a spate of robberies."))
                .isEqualTo("Change to group/activity");
        assertThat(subType("On 6 April 2021, army reinforcements with armoured vehicles reached the outskirts of Marib."))
                .isEqualTo("Change to group/activity");
    }

    @Test
    void aJuntaIsTheCountrysMilitaryForces() {
        List<EventMention> m = TestPipeline.mentionsOf("On 6 April 2021, the Malian junta deployed troops to Gao.");
        assertThat(m).isNotEmpty();
        assertThat(m.get(0).actor1().name()).isEqualTo("Military Forces of Mali");
    }

    @Test
    void fireNamedByWhoFiredIsTheirForcesAttack() {
        List<EventMention> m = TestPipeline.mentionsOf("On 6 April 2021, two farmers were wounded by Israeli fire east of "
                + "Khan Younis.");
        assertThat(m).isNotEmpty();
        assertThat(m.get(0).type().subEventType()).isEqualTo("Attack");
        assertThat(m.get(0).actor1().name()).isEqualTo("Military Forces of Israel");
        assertThat(TestPipeline.runText("unit", "On 6 April 2021, a fire injured three workers at a textile plant in Dhaka.",
                TestPipeline.TEST_DAY).mentions()).isEmpty();
    }

    @Test
    void aBeatingOrAStoningAloneIsViolence() {
        assertThat(subType("On 6 April 2021, a hawker was tied up and beaten by market guards in Kano (Kano State)."))
                .isEqualTo("Attack");
        assertThat(subType("On 6 April 2021, a group of residents stoned a suspected thief in Kano (Kano State)."))
                .isEqualTo("Mob violence");
    }

    @Test
    void aDeadBodyFoundIsAnAttack() {
        assertThat(subType("On 6 April 2021, the dead body of a taxi driver with gunshot wounds was found beside a road "
                + "near Celaya, Guanajuato.")).isEqualTo("Attack");
    }

    @Test
    void policewomenAndTheIntelligenceServiceAreStateForces() {
        List<EventMention> m = TestPipeline.mentionsOf("On 6 April 2021, gunmen shot dead two NDS members in Herat city.");
        assertThat(m).isNotEmpty();
        assertThat(m.get(0).type().subEventType()).isEqualTo("Armed clash");
        assertThat(m.get(0).actor2().name()).isEqualTo("Police Forces of Afghanistan");
        List<EventMention> p = TestPipeline.mentionsOf("On 6 April 2021, unknown gunmen shot and killed a policewoman in "
                + "Kandahar city.");
        assertThat(p).isNotEmpty();
        assertThat(p.get(0).actor2().name()).isEqualTo("Police Forces of Afghanistan");
    }
}
