package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/**
 * Ground that changed hands without a fight ({@link UnfoughtTaking}, {@link LoneTriggers}, {@code cues.tsv}):
 * taken after its holders withdrew (in its sentence or the next), entered unopposed, or taken without engaging in
 * clashes is a non-violent transfer; ground taken where fighting is told, or regained before a withdrawal still to
 * come, keeps its type; entering talks or a city for meetings is no transfer. Sentences written for this test.
 */
class UnfoughtTakingTest {
    private final UnfoughtTaking unfought = new UnfoughtTaking();

    private static String subType(String text) {
        return TestPipeline.firstSubType(text);
    }

    @Test
    void groundTakenAfterItsHoldersWithdrewIsANonViolentTransfer() {
        assertThat(subType("Rebel fighters took control of the border town of Sarangi on Sunday after government troops "
                + "pulled out overnight, residents said.")).isEqualTo("Non-violent transfer of territory");
        assertThat(subType("On 5 June 2021, militants seized the village of Kiro once the army had withdrawn from its "
                + "camp there.")).isEqualTo("Non-violent transfer of territory");
    }

    @Test
    void groundTakenInFightingThatMadeTheOtherSideWithdrawIsStillABattle() {
        assertThat(subType("Insurgents captured the district centre on Monday after heavy clashes that forced the police "
                + "to withdraw.")).isEqualTo("Non-state actor overtakes territory");
        assertThat(subType("On 5 June 2021, militants seized the village of Kiro, killing four soldiers, before the army "
                + "withdrew to the district town.")).isEqualTo("Non-state actor overtakes territory");
    }

    @Test
    void enteringAPlaceUnopposedIsANonViolentTransfer() {
        assertThat(subType("The militia entered Sarangi before dawn and met no resistance, a spokesman said."))
                .isEqualTo("Non-violent transfer of territory");
        assertThat(subType("On 5 June 2021, rebel forces entered the town of Kiro after the army had pulled out."))
                .isEqualTo("Non-violent transfer of territory");
    }

    @Test
    void enteringTalksOrAPlaceWithNoWordOfControlIsNoTransfer() {
        assertThat(TestPipeline.runText("unit", "The two parties entered talks on Monday and promised to settle "
                + "the dispute peacefully.", TestPipeline.TEST_DAY).mentions()).isEmpty();
        assertThat(TestPipeline.runText("unit", "A delegation entered the capital on Monday for a week of meetings.",
                TestPipeline.TEST_DAY).mentions()).isEmpty();
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

    // the reader of fighting told, shared by the taking's own sentence and the one after it

    private boolean fighting(String text, Map<CountRole, Count> counts) {
        SentenceContext ctx = Sentences.context(text);
        return unfought.fightingTold(new TriggerFinder().find(ctx), counts);
    }

    @Test
    void anotherViolentTriggerOrAHarmCountTellsFighting() {
        assertThat(fighting("Rebels shelled the army camp outside Rutara at dawn, a local official said.", Map.of())).isTrue();
        assertThat(fighting("Rebels seized the town of Rutara on Sunday morning, a local official said.", Map.of())).isFalse();
        Map<CountRole, Count> twoDead = Map.of(CountRole.FATALITIES, new Count(2L, null, "2"));
        assertThat(fighting("Rebels seized the town of Rutara on Sunday morning, a local official said.", twoDead)).isTrue();
    }

    @Test
    void fightingDeniedOrToComeIsNone() {
        assertThat(fighting("Rebels seized the town of Rutara on Sunday and there was no fighting, a local official "
                + "said.", Map.of())).isFalse();
    }

    @Test
    void groundTakenThatTheNextSentenceSaysItsHoldersLeftIsUnfought() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, rebels took control of the town of Rutara. They entered it "
                + "after the army withdrew.")).isEqualTo("Non-violent transfer of territory");
    }

    @Test
    void groundTakenWithFightingToldInEitherSentenceIsOvertaken() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, rebels took control of the town of Rutara. They entered it "
                + "after heavy fighting, and the army withdrew.")).isEqualTo("Non-state actor overtakes territory");
        assertThat(TestPipeline.firstSubType("On 3 June 2021, rebels took control of the town of Rutara. They entered it "
                + "after the army withdrew, and two soldiers were killed.")).isEqualTo("Non-state actor overtakes territory");
    }
}
