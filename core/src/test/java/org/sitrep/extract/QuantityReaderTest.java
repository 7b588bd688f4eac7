package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.extract.Sentences.counts;
import static org.sitrep.extract.Sentences.dead;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.model.Qualifier;
import org.sitrep.pipeline.TestPipeline;

/**
 * The number a count phrase states ({@link QuantityReader}): a breakdown in brackets is parts of the stated total,
 * numbers before adjectives of the dead are summed, "no one" is a reported zero. Sentences written for this test.
 */
class QuantityReaderTest {

    @Test
    void aBreakdownInBracketsKeepsTheStatedTotal() {
        assertThat(counts("Eight passengers (five men, two women and a boy) died when their bus hit a mine near Kaloma.")
                .get(CountRole.FATALITIES)).isEqualTo(new Count(8L, Qualifier.EXACT, "Eight passengers"));
        assertThat(counts("Gunmen killed 9 people (5 men and 4 women) in an attack on the village of Kaloma.")
                .get(CountRole.FATALITIES)).isEqualTo(new Count(9L, Qualifier.EXACT, "9 people"));
    }

    @Test
    void bracketsThatBreakNothingDownChangeNothing() {
        assertThat(counts("Gunmen killed 4 farmers (two of them brothers) near Kaloma on Monday.")
                .get(CountRole.FATALITIES).value()).isEqualTo(4L);
    }

    @Test
    void noOneKilledIsNoDeadAndNoEvent() {
        assertThat(TestPipeline.mentionsOf("On 3 March 2021, police defused a bomb planted near a school in Riverside. "
                + "No one was killed.")).extracting(EventMention::frame).containsExactly("DISRUPT");
    }

    @Test
    void numbersBeforeAdjectivesOfTheDeadAreSummed() {
        EventMention m = TestPipeline.mentionsOf("On 3 March 2021, insurgents attacked an army post near "
                + "Hillcrest, causing 12 insurgent and 3 Nigerian fatalities.").get(0);
        assertThat(m.type().subEventType()).isEqualTo("Armed clash");
        assertThat(dead(m)).isEqualTo(new Count(15L, Qualifier.EXACT, "12 insurgent and 3 Nigerian"));
    }

    @Test
    void aNumberBeforeAnAdjectiveAndDeathsCountsTheDead() {
        EventMention m = TestPipeline.mentionsOf("On 3 March 2021, gunmen attacked a bus near Hillcrest, causing "
                + "4 civilian deaths.").get(0);
        assertThat(dead(m)).isEqualTo(new Count(4L, Qualifier.EXACT, "4 civilian"));
    }

    @Test
    void aNumberAfterAUnitOrRoadWordNamesItAndCountsNobody() {
        Map<CountRole, Count> c = counts("Troops of brigade 214 detained six traders near Kaloma on Sunday.");
        assertThat(c.get(CountRole.DETAINED)).isEqualTo(new Count(6L, Qualifier.EXACT, "six traders"));
        assertThat(counts("Gunmen killed 3 drivers on Route 17 near Kaloma.").get(CountRole.FATALITIES).value())
                .isEqualTo(3L);
    }

    @Test
    void aNumberBeforeAUnitMeasuresAndCountsNobody() {
        assertThat(counts("Troops shelled a border post 8 KM west of Kobani, killing a guard.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "a guard"));
    }

    @Test
    void clansmenAndTribesmenArePeople() {
        assertThat(counts("Fighting between two clans in Gedo resulted in 7 clansmen killed, 4 from one clan and 3 from the other.")
                .get(CountRole.FATALITIES)).isEqualTo(new Count(7L, Qualifier.EXACT, "7 clansmen"));
    }
}
