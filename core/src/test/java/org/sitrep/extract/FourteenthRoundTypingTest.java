package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.TestPipeline;

/**
 * Fourteenth round of typing: what the sentences after an event's own tell of it. The means a fight was fought with
 * are read in the next two sentences when its own names none ({@link FightMeans}, {@link SideTyping}); a protest
 * whose demonstrators go on to attack people or property is a violent demonstration ({@link ProtestSequel},
 * {@code protest-violence.tsv}). Sentences written for this test.
 */
class FourteenthRoundTypingTest {
    private static List<Sentence> sentences(String text) {
        return Sentences.annotated(text).sentences();
    }

    private static FightMeans.Means meansAfter(String text) {
        List<Sentence> s = sentences(text);
        return new FightMeans().of(s.get(0), s.subList(1, s.size()));
    }

    @Test
    void meansOfTheNextSentencesCountWhenTheFightsOwnNamesNone() {
        assertThat(meansAfter("Two clans fought over a well near the village. Both sides traded gunfire until dawn."))
                .isEqualTo(FightMeans.Means.FIREARMS);
        assertThat(meansAfter("Hawkers clashed with municipal police at the bus park. The officers were hit with "
                + "bricks and answered with tear gas.")).isEqualTo(FightMeans.Means.CROWD);
        assertThat(meansAfter("The two sides clashed near the market on Tuesday. Nobody was hurt."))
                .isEqualTo(FightMeans.Means.NONE);
    }

    @Test
    void theFightsOwnMeansWinOverLaterOnes() {
        assertThat(meansAfter("Youths hurled bricks at officers near the stadium. Later, gunmen fired on a bus "
                + "outside the town.")).isEqualTo(FightMeans.Means.CROWD);
    }

    @Test
    void aClashBetweenFamiliesWhoseSidesExchangedFireIsAnArmedClash() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, two families fought over a plot of land in Kaloma. "
                + "Both sides traded gunfire until dawn.")).isEqualTo("Armed clash");
    }

    @Test
    void aClashWithPoliceFoughtWithStonesToldAfterIsMobViolence() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, hawkers clashed with municipal police at the bus park "
                + "in Kaloma. The hawkers hurled bricks and the officers answered with tear gas."))
                .isEqualTo("Mob violence");
    }

    @Test
    void shotsFiredAreNoCrowdsFightWhateverFollowed() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, a gunman fired at a watchman in Kaloma. The watchman "
                + "beat him with a stick.")).isEqualTo("Armed clash");
    }

    @Test
    void demonstratorsWhoBeatPeopleInTheNextSentenceMakeAViolentDemonstration() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, hundreds of dockers demonstrated at the port gates in "
                + "Kaloma to demand overdue pay. Two managers were beaten by the demonstrators."))
                .isEqualTo("Violent demonstration");
    }

    @Test
    void demonstratorsAttackedByOthersStayPeaceful() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, nurses gathered outside the ministry in Kaloma to demand "
                + "more staff. The nurses were beaten by a crowd loyal to the mayor."))
                .isEqualTo("Peaceful protest");
    }

    @Test
    void policeDispersingAProtestAfterIsNoViolenceOfItsCrowd() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, hundreds of dockers demonstrated at the port gates in "
                + "Kaloma to demand overdue pay. Police dispersed them with tear gas."))
                .isEqualTo("Protest with intervention");
    }

    @Test
    void arrestsOfTheCrowdToldAfterAreAnIntervention() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, hundreds of dockers demonstrated at the port gates in "
                + "Kaloma to demand overdue pay. Police detained a dozen of the dockers."))
                .isEqualTo("Protest with intervention");
    }
}
