package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.model.Qualifier;
import org.sitrep.pipeline.TestPipeline;

/**
 * Seventeenth round of detection: ground taken in a sentence that also names a bomb is its own event
 * ({@link EventGrouper}); people of a protest arrested in a later sentence however the parser hung them
 * ({@link ProtestSequel}); a toll read past a participle that only describes the counted people
 * ({@link CountRoleReader}). Sentences written for this test.
 */
class SeventeenthRoundDetectionTest {
    private static List<String> subTypes(String text) {
        return TestPipeline.mentionsOf(text).stream().map(m -> m.type().subEventType()).toList();
    }

    @Test
    void groundTakenBesideABombElsewhereIsItsOwnEvent() {
        List<EventMention> ms = TestPipeline.mentionsOf("Rebel fighters seized the provincial capital on Sunday, while a "
                + "bomb at a police station in the south killed four people.");
        assertThat(ms).extracting(m -> m.type().subEventType())
                .containsExactly("Non-state actor overtakes territory", "Remote explosive/landmine/IED");
        assertThat(ms.get(0).counts()).isEmpty();
        assertThat(ms.get(1).counts().get(CountRole.FATALITIES)).isEqualTo(new Count(4L, Qualifier.EXACT, "four people"));
    }

    @Test
    void groundTakenDespiteABombingCampaignIsTakenFirst() {
        assertThat(subTypes("Insurgents captured the town early Monday despite a months-long bombing campaign by "
                + "government jets.").get(0)).isEqualTo("Non-state actor overtakes territory");
    }

    @Test
    void aBombAloneStaysOneEventWithItsToll() {
        List<EventMention> ms = TestPipeline.mentionsOf("On Sunday a bomb at a police station in the south killed four people.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).counts().get(CountRole.FATALITIES)).isEqualTo(new Count(4L, Qualifier.EXACT, "four people"));
    }

    @Test
    void protestersCountedInALaterSentenceAreArrestedAtIt() {
        assertThat(subTypes("On 3 March 2021, about 50 farmers protested in Lakeside against the new water tax. Around "
                + "12 people, including a local councillor, were arrested by the riot police.").get(0))
                .isEqualTo("Protest with intervention");
    }

    @Test
    void theGroupDetainedInALaterSentenceIsTheProtests() {
        assertThat(subTypes("On 3 March 2021, members of a tenants' union protested in Lakeside over evictions. The "
                + "group was blocking a road in front of the library and were detained by the police.").get(0))
                .isEqualTo("Protest with intervention");
    }

    @Test
    void aHeadlineCountArrestedAfterAProtestIsAnIntervention() {
        assertThat(subTypes("On 3 March 2021, teachers staged a protest in Lakeside demanding unpaid wages. 14 arrested "
                + "for defying the curfew.").get(0)).isEqualTo("Protest with intervention");
    }

    @Test
    void anArrestAfterTheProtestStaysApart() {
        assertThat(subTypes("On 3 March 2021, teachers staged a protest in Lakeside demanding unpaid wages. 14 arrested at "
                + "their homes after the march.").get(0)).isEqualTo("Peaceful protest");
    }

    @Test
    void aTollReadsPastAParticipleDescribingThePeople() {
        EventMention m = TestPipeline.mentionsOf("On 12 March 2021, army units clashed with rebel forces near Karimabad. "
                + "Nine rebel fighters and allied foreign fighters were killed.").get(0);
        assertThat(m.type().subEventType()).isEqualTo("Armed clash");
        assertThat(m.counts().get(CountRole.FATALITIES)).isEqualTo(new Count(9L, Qualifier.EXACT, "Nine rebel fighters"));
    }

    @Test
    void aCarPackedWithExplosivesFoundIsDisruptedWeapons() {
        // the parser reads "a car packed with explosives" as a clause under "found"
        assertThat(subTypes("Soldiers found a car packed with explosives near a checkpoint in Dorvale on Tuesday."))
                .containsExactly("Disrupted weapons use");
    }

    @Test
    void aVanLoadedWithExplosivesSeizedIsNoGroundTaken() {
        assertThat(subTypes("A van loaded with explosives was seized by police at the border crossing near Dorvale."))
                .containsExactly("Disrupted weapons use");
    }

    @Test
    void aCarPackedWithExplosivesThatBlewUpStaysABomb() {
        assertThat(subTypes("A car packed with explosives blew up near a checkpoint in Dorvale on Tuesday, killing "
                + "three soldiers.").get(0)).isEqualTo("Remote explosive/landmine/IED");
    }

    @Test
    void anAntiTankGuidedMissileHowAbbreviatedIsAMissileAttack() {
        assertThat(subTypes("On 4 June 2021, rebels fired two ATGMs at an army tank near Dorvale.")
                .get(0)).isEqualTo("Shelling/artillery/missile attack");
    }
}
