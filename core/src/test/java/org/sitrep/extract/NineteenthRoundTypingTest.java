package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/**
 * Nineteenth round of typing: demonstrators who fire weapons ({@link ProtestConduct}), ground taken without a fight
 * (cues.tsv) and withdrawals from an agreement ({@link FrameTyping}). Sentences written for this test.
 */
class NineteenthRoundTypingTest {
    private static List<String> subTypes(String text) {
        return TestPipeline.mentionsOf(text).stream().map(m -> m.type().subEventType()).toList();
    }

    @Test
    void recruitsProtestingByShootingIntoTheSkyAreAViolentDemonstration() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 June 2021, dozens of police recruits protested outside "
                + "the governor's office in Kindu by shooting their rifles into the sky.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).type().eventType()).isEqualTo("Riots");
        assertThat(ms.get(0).type().subEventType()).isEqualTo("Violent demonstration");
        assertThat(ms.get(0).trigger()).isEqualTo("protested");
    }

    @Test
    void guardsWhoHoldAProtestAndShootIntoTheAirAreAViolentDemonstration() {
        assertThat(subTypes("On 3 June 2021, prison guards in Kindu held a protest over late salaries and shot into "
                + "the air.")).containsExactly("Violent demonstration");
    }

    @Test
    void policeFiringIntoTheAirAtAProtestIsTheIntervention() {
        assertThat(subTypes("On 3 June 2021, police fired shots into the air to disperse hundreds of traders protesting "
                + "against new taxes in Kindu.")).containsExactly("Protest with intervention");
    }

    @Test
    void workersFiredByTheirEmployerProtestPeacefully() {
        assertThat(subTypes("On 3 June 2021, dock workers protested in Kindu after the port company fired forty "
                + "employees.")).containsExactly("Peaceful protest");
    }

    @Test
    void firingThatIsTheProtestsGrievanceLeavesItPeaceful() {
        assertThat(subTypes("On 3 June 2021, residents of Kindu demonstrated against the soldiers who fired into the air "
                + "at a wedding last week.")).containsExactly("Peaceful protest");
    }

    @Test
    void groundTakenWithoutEngagingInArmedClashesIsANonViolentTransfer() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 June 2021, troops recaptured several villages near Kindu "
                + "without taking part in armed clashes.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).type().eventType()).isEqualTo("Strategic developments");
        assertThat(ms.get(0).type().subEventType()).isEqualTo("Non-violent transfer of territory");
        assertThat(ms.get(0).trigger()).isEqualTo("recaptured");
    }

    @Test
    void withdrawingFromATreatyIsAnAgreementNotGroundTransferred() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 June 2021, the country formally withdrew from the nuclear "
                + "arms treaty.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).type().eventType()).isEqualTo("Strategic developments");
        assertThat(ms.get(0).type().subEventType()).isEqualTo("Agreement");
        assertThat(ms.get(0).trigger()).isEqualTo("withdrew from");
    }

    @Test
    void withdrawingFromATownStaysATransferOfTerritory() {
        assertThat(subTypes("On 3 June 2021, government troops withdrew from the town of Kindu.")).containsExactly(
                "Non-violent transfer of territory");
    }

    @Test
    void groundTakenAfterItsHoldersWithdrewAsTheNextSentenceTellsIsUnfought() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 June 2021, rebels took control of the town of Kindu. "
                + "The rebels entered the town after the withdrawal of the army.");
        assertThat(ms.get(0).trigger()).isEqualTo("took control");
        assertThat(ms.get(0).type().subEventType()).isEqualTo("Non-violent transfer of territory");
    }

    @Test
    void groundTakenWhereTheNextSentenceTellsFightingStaysOvertaken() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 June 2021, rebels took control of the town of Kindu. "
                + "Fierce fighting with the army had raged there since Monday, after the army refused to withdraw.");
        assertThat(ms.get(0).trigger()).isEqualTo("took control");
        assertThat(ms.get(0).type().subEventType()).isEqualTo("Non-state actor overtakes territory");
    }

    @Test
    void groundRegainedBeforeAWithdrawalToComeStaysRegained() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 June 2021, army troops regained control of two hills east "
                + "of Kindu. The rebels are to withdraw from the town next week under a new deal.");
        assertThat(ms.get(0).trigger()).isEqualTo("regained control");
        assertThat(ms.get(0).type().subEventType()).isEqualTo("Government regains territory");
    }

    @Test
    void aCrowdThatTriesToStormABuildingInTheNextSentenceMakesAViolentDemonstration() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 June 2021, traders protested at the customs office "
                + "in Kindu. Later they tried to storm the office, and officials called for help.");
        assertThat(ms.get(0).trigger()).isEqualTo("protested");
        assertThat(ms.get(0).type().subEventType()).isEqualTo("Violent demonstration");
    }

    @Test
    void policeBeatingProtestersIsAnIntervention() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 June 2021, police beat dozens of nurses protesting over "
                + "unpaid wages in Kindu.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).type().eventType()).isEqualTo("Protests");
        assertThat(ms.get(0).type().subEventType()).isEqualTo("Protest with intervention");
    }

    @Test
    void protestersBeatenByPoliceAreAnIntervention() {
        assertThat(subTypes("On 3 June 2021, nurses protesting over unpaid wages in Kindu were beaten by police."))
                .containsExactly("Protest with intervention");
    }

    @Test
    void aBeatingThatIsTheProtestsGrievanceLeavesItPeaceful() {
        assertThat(subTypes("On 3 June 2021, nurses in Kindu protested against the police who beat a colleague last "
                + "week.")).containsExactly("Peaceful protest");
    }
}
