package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.extract.Sentences.dead;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.model.Qualifier;
import org.sitrep.pipeline.TestPipeline;

/**
 * The dead told in a later sentence as the toll of the event before ({@link CasualtyCarry}): when no one else is
 * named as their killers, when the fight is their circumstance, when the verb of death is misspelt, and a later
 * pronoun is someone already counted; deaths with doers of their own or in another ambush elsewhere stay apart.
 * Sentences written for this test.
 */
class CasualtyCarryTest {

    @Test
    void aPronounInALaterSentenceIsTheVictimAlreadyCounted() {
        EventMention m = TestPipeline.mentionsOf("Armed men killed a shopkeeper outside his store in Kaloma on "
                + "3 June 2021. Another account says he died in a robbery.").get(0);
        assertThat(m.counts().get(CountRole.FATALITIES).value()).isEqualTo(1L);
    }

    @Test
    void theDeadBesideADoerlessAbductionAreTheAttacksToll() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 March 2021, gunmen attacked Hillcrest village. Two "
                + "farmers were killed and five others abducted.");
        assertThat(ms.get(0).frame()).isEqualTo("ATTACK");
        assertThat(dead(ms.get(0))).isEqualTo(new Count(2L, Qualifier.EXACT, "Two farmers"));
    }

    @Test
    void anAbductionWithItsOwnDoersKeepsItsToll() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 March 2021, gunmen attacked a police post in Hillcrest. "
                + "Later that day, bandits abducted five farmers and killed two of them.");
        assertThat(ms.get(0).frame()).isEqualTo("ATTACK");
        assertThat(dead(ms.get(0))).isNull();
    }

    @Test
    void noOneKilledAfterAnAttackIsItsZeroToll() {
        EventMention m = TestPipeline.mentionsOf("On 3 March 2021, gunmen attacked a police post in Riverside. No one "
                + "was killed.").get(0);
        assertThat(dead(m)).isEqualTo(new Count(0L, Qualifier.EXACT, "No one"));
    }

    @Test
    void aVictimShotByNoOneNamedAfterAFightIsItsToll() {
        EventMention m = TestPipeline.mentionsOf("On 3 March 2021, soldiers exchanged fire with cattle rustlers in the "
                + "hills near Riverside. One rustler was shot dead.").get(0);
        assertThat(m.frame()).isEqualTo("CLASH");
        assertThat(dead(m)).isEqualTo(new Count(1L, Qualifier.EXACT, "One rustler"));
    }

    @Test
    void aVictimShotByOthersNamedKeepsTheTollApart() {
        EventMention m = TestPipeline.mentionsOf("On 3 March 2021, soldiers exchanged fire with cattle rustlers in the "
                + "hills near Riverside. Later, a trader was shot by bandits in Hilltop.").get(0);
        assertThat(m.frame()).isEqualTo("CLASH");
        assertThat(dead(m)).isNull();
    }

    @Test
    void aMisspeltVerbOfDeathIsOne() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 March 2021, rebels attacked an army base near "
                + "Hillcrest. After a fierce fight, four rebels and two soldiers were killled.");
        assertThat(ms.get(0).frame()).isEqualTo("ATTACK");
        assertThat(dead(ms.get(0))).isEqualTo(new Count(6L, Qualifier.EXACT, "four rebels and two soldiers"));
    }

    @Test
    void deathsInAnotherAmbushElsewhereAreNotCarried() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 March 2021, rebels attacked an army base near "
                + "Hillcrest. Three soldiers were killed in an ambush near Westfield.");
        assertThat(ms.get(0).frame()).isEqualTo("ATTACK");
        assertThat(dead(ms.get(0))).isNull();
    }

    @Test
    void moreDeadToldNextAreAddedAndTheReportIsNoEventOfItsOwn() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 2 May 2021, 3 guards were killed in an attack by rebels "
                + "on a post in Tarvik district. 2 other guards were killed when they came to help.");
        assertThat(ms).hasSize(1);
        assertThat(dead(ms.get(0))).isEqualTo(new Count(5L, Qualifier.AT_LEAST, "3 guards; 2 other guards"));
    }

    @Test
    void deadToldAgainWithoutAWordOfAdditionAreNotAdded() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 2 May 2021, rebels killed 3 guards at a post in Tarvik "
                + "district. The 3 guards were killed with knives.");
        assertThat(dead(ms.get(0)).value()).isEqualTo(3L);
    }

    @Test
    void corpsesFoundAfterAStrikeAreItsDead() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 2 May 2021, army jets struck rebel camps in the hills "
                + "near Tarvik. Six corpses of rebels were found near the camps.");
        assertThat(ms.get(0).type().subEventType()).isEqualTo("Air/drone strike");
        assertThat(dead(ms.get(0))).isEqualTo(new Count(6L, Qualifier.EXACT, "Six corpses"));
    }

    @Test
    void corpsesFoundAloneAreAKillingWithItsDead() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 2 May 2021, the corpses of three men were found in a field "
                + "near Tarvik.");
        assertThat(ms.get(0).type().subEventType()).isEqualTo("Attack");
        assertThat(dead(ms.get(0))).isEqualTo(new Count(3L, Qualifier.EXACT, "three men"));
    }

    @Test
    void theDeadOfTheFightGivenBackAreAddedToTheAttacksToll() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 2 June 2018, 2 policemen were killed in an attack by "
                + "insurgents on a checkpoint in Dand district. The police responded and killed 4 insurgents.");
        assertThat(ms).hasSize(1);
        assertThat(dead(ms.get(0)).value()).isEqualTo(6L);
    }

    @Test
    void anAnswerFromTheAirStaysApart() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 2 June 2018, 2 policemen were killed in an attack by "
                + "insurgents on a checkpoint in Dand district. In response, jets bombed an insurgent camp, killing 9.");
        assertThat(dead(ms.get(0)).value()).isEqualTo(2L);
    }
}
