package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.TestPipeline;

/**
 * The means a fight was fought with ({@link FightMeans}) and what they make of a clash or a beating: stones,
 * fists or tear gas a crowd's fight (mob violence), firearms an armed clash whoever the sides are. Sentences
 * written for this test.
 */
class FightMeansTest {
    private static FightMeans.Means means(String text) {
        Sentence s = Sentences.context(text).sentence();
        return new FightMeans().of(s);
    }

    private static FightMeans.Means meansAfter(String text) {
        List<Sentence> s = sentences(text);
        return new FightMeans().of(s.get(0), s.subList(1, s.size()));
    }

    private static List<Sentence> sentences(String text) {
        return Sentences.annotated(text).sentences();
    }

    @Test
    void crowdMeansAreStonesSticksFistsAndCrowdControlWeapons() {
        assertThat(means("Shopkeepers hurled stones at the officers, who answered with tear gas."))
                .isEqualTo(FightMeans.Means.CROWD);
        assertThat(means("The two groups fought with sticks and bricks near the well.")).isEqualTo(FightMeans.Means.CROWD);
        assertThat(means("A fist fight broke out between the delegates in the chamber.")).isEqualTo(FightMeans.Means.CROWD);
    }

    @Test
    void firearmsWinOverCrowdMeansNamedBesideThem() {
        assertThat(means("The two villages clashed, throwing rocks at each other, and some men fired rifles."))
                .isEqualTo(FightMeans.Means.FIREARMS);
        assertThat(means("The two clans exchanged fire for several hours.")).isEqualTo(FightMeans.Means.FIREARMS);
        assertThat(means("A shoot-out followed between the guards and the robbers.")).isEqualTo(FightMeans.Means.FIREARMS);
    }

    @Test
    void noMeansNamed() {
        assertThat(means("The two sides clashed near the market on Tuesday.")).isEqualTo(FightMeans.Means.NONE);
        assertThat(means("Rebels attacked an army convoy north of the town.")).isEqualTo(FightMeans.Means.NONE);
    }

    @Test
    void aClashFoughtWithStonesOrTearGasIsMobViolence() {
        assertThat(TestPipeline.firstSubType("On 12 March 2021, soldiers and farmers clashed with sticks and stones over a "
                + "pasture near Kalinda (Eastern Province).")).isEqualTo("Mob violence");
        assertThat(TestPipeline.firstSubType("On 12 March 2021, clashes erupted between market porters and police in "
                + "Kalinda (Eastern Province); the police fired tear gas.")).isEqualTo("Mob violence");
    }

    @Test
    void aClashOfFamiliesWithFirearmsIsAnArmedClash() {
        assertThat(TestPipeline.firstSubType("On 12 March 2021, two families clashed in Kalinda (Eastern Province) and "
                + "exchanged fire with rifles. One man was wounded.")).isEqualTo("Armed clash");
        assertThat(TestPipeline.firstSubType("On 12 March 2021, villagers and herders clashed in Kalinda (Eastern "
                + "Province) with guns.")).isEqualTo("Armed clash");
    }

    @Test
    void aClashWithoutMeansKeepsTheSidesRule() {
        assertThat(TestPipeline.firstSubType("On 12 March 2021, two groups of villagers clashed over a land dispute in "
                + "Kalinda (Eastern Province).")).isEqualTo("Mob violence");
        assertThat(TestPipeline.firstSubType("On 12 March 2021, army troops clashed with rebel fighters near Kalinda "
                + "(Eastern Province).")).isEqualTo("Armed clash");
    }

    @Test
    void peopleWhoStoneSomeoneAreACrowd() {
        assertThat(TestPipeline.firstSubType("On 12 March 2021, two brothers attacked a tax collector with stones and sticks "
                + "in Kalinda (Eastern Province), injuring him.")).isEqualTo("Mob violence");
        assertThat(TestPipeline.firstSubType("On 12 March 2021, gunmen attacked a tax collector with stones in Kalinda "
                + "(Eastern Province), injuring him.")).isNotEqualTo("Mob violence");
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
}
