package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.TestPipeline;

/**
 * Ground that changed hands without a fight ({@link UnfoughtTaking}, {@link LoneTriggers}, {@code cues.tsv}):
 * taken after its holders withdrew (in its sentence or the next), entered unopposed, or taken without engaging in
 * clashes is a non-violent transfer; ground taken where fighting is told, or regained before a withdrawal still to
 * come, keeps its type; entering talks or a city for meetings is no transfer. Sentences written for this test.
 */
class UnfoughtTakingTest {
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
}
