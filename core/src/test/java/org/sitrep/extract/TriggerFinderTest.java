package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.model.Frame;
import org.sitrep.pipeline.TestPipeline;

/**
 * Trigger words ({@link TriggerFinder}, {@code triggers.tsv}): weapons whose fire is heavy and remote (armoured
 * vehicles, anti-aircraft guns, heavy-calibre machine guns, guided missiles however abbreviated), property
 * destroyed by people and not by pests or rain, curfews and lockdowns imposed, a dead body found, fire named by who
 * fired it. Sentences written for this test.
 */
class TriggerFinderTest {
    private static String subType(String text) {
        return TestPipeline.firstSubType(text);
    }

    private static List<Trigger> triggers(SentenceContext c) {
        return new TriggerFinder().find(c);
    }

    private static List<String> subTypes(String text) {
        return TestPipeline.mentionsOf(text).stream().map(m -> m.type().subEventType()).toList();
    }

    @Test
    void armouredVehicleAndAntiAircraftGunsAreHeavyFire() {
        assertThat(subType("On 2 June 2021, separatist units fired IFVs at army positions outside Marinka, Donetsk."))
                .isEqualTo("Shelling/artillery/missile attack");
        assertThat(subType("On 2 June 2021, government forces fired anti-aircraft guns at rebel positions near Horlivka, Donetsk."))
                .isEqualTo("Shelling/artillery/missile attack");
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
    void aDeadBodyFoundIsAnAttack() {
        assertThat(subType("On 6 April 2021, the dead body of a taxi driver with gunshot wounds was found beside a road "
                + "near Celaya, Guanajuato.")).isEqualTo("Attack");
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
    void treesCutDownOrLandBulldozedArePropertyDestroyed() {
        SentenceContext chopped = Sentences.context("Settlers chopped down dozens of olive trees near Kaloma on Monday.");
        List<Trigger> cut = triggers(chopped);
        assertThat(cut).extracting(Trigger::frame).containsExactly(Frame.LOOT);
        assertThat(chopped.syntax().text(cut.get(0).start(), cut.get(0).end() - 1)).isEqualTo("chopped down");
        SentenceContext bulldozed = Sentences.context("Soldiers bulldozed farmland near Kaloma on Monday.");
        List<Trigger> ts = triggers(bulldozed);
        assertThat(ts).extracting(Trigger::frame).containsExactly(Frame.LOOT);
        assertThat(bulldozed.syntax().text(ts.get(0).start(), ts.get(0).end() - 1)).isEqualTo("bulldozed");
    }

    @Test
    void cropsDestroyedByPestsOrRainAreNoEvent() {
        assertThat(triggers(Sentences.context("Locusts destroyed crops across Kaloma province this month."))).isEmpty();
        assertThat(triggers(Sentences.context("Heavy rains destroyed crops near Kaloma on Monday."))).isEmpty();
    }

    @Test
    void aHeavyCalibreMachineGunIsShelling() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, rebels fired 12.7 mm machine guns at army positions "
                + "near Kaloma.")).isEqualTo("Shelling/artillery/missile attack");
        assertThat(TestPipeline.firstSubType("On 3 June 2021, rebel gunners fired both 14.5mm and 7.62mm machine guns "
                + "toward a market in Kaloma.")).isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void aMachineGunOfNoHeavyCalibreStaysGunfire() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, rebels fired 7.62mm machine guns at army positions near "
                + "Kaloma.")).isEqualTo("Armed clash");
    }

    @Test
    void anAntiTankGuidedMissileHowAbbreviatedIsAMissileAttack() {
        assertThat(subTypes("On 4 June 2021, rebels fired two ATGMs at an army tank near Dorvale.")
                .get(0)).isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void aWeaponNamedWithACapitalisedPluralIsStillFired() {
        assertThat(subTypes("On 3 May 2020, the militia said it launched 4 Katyusha Rockets towards an army base near Kalo.")
                .get(0)).isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void violenceThatMenProceededToIsNoPlan() {
        EventMention m = TestPipeline.mentionsOf("On 3 May 2020, in Kalo, two drunk men proceeded to assault two vendors in the market.").get(0);
        assertThat(m.status()).isEqualTo(org.sitrep.model.Status.OCCURRED);
    }

    @Test
    void aPersonSetOnFireIsAttackedNotPropertyDestroyed() {
        EventMention m = TestPipeline.mentionsOf("Residents of Bunia killed a suspected thief on Sunday by setting the man on fire near the market.").get(0);
        assertThat(m.frame()).isEqualTo("ATTACK");
        assertThat(Sentences.dead(m).value()).isEqualTo(1L);
        // a house set on fire stays property destroyed
        assertThat(TestPipeline.mentionsOf("Youths set a house on fire in Bunia on Sunday.").get(0).frame()).isEqualTo("LOOT");
    }

    @Test
    void forceUsedAgainstPeopleIsAnAttack() {
        assertThat(TestPipeline.mentionsOf("Police used force against traders who had gathered outside the market in Bunia.")
                .get(0).frame()).isEqualTo("ATTACK");
    }
}
