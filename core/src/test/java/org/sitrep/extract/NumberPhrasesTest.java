package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.extract.Sentences.counts;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Qualifier;

/**
 * Counts written with several number words, in the styles of wire leads, headlines and situation reports (sentences
 * written for this test): "a dozen", "half a dozen", ranges, vague counts of "more" or "others" harmed, and
 * guards on the forms that were already read right.
 */
class NumberPhrasesTest {

    @Test
    void aDozenIsTwelveWithTheQualifierBeforeItsArticleAndNeverOnePerson() {
        assertThat(counts("Soldiers killed more than a dozen suspected militants near Dori on Friday.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(12L, Qualifier.MORE_THAN, "more than a dozen suspected militants"));
        assertThat(counts("At least a dozen civilians were killed in an air strike in Sagaing region on Sunday.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(12L, Qualifier.AT_LEAST, "At least a dozen civilians"));
        assertThat(counts("Security forces killed a dozen protesters in Mandalay on Saturday.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(12L, Qualifier.APPROX, "a dozen protesters"));
        assertThat(counts("Up to a hundred people were feared killed in the attack on Sunday.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(100L, Qualifier.AT_MOST, "Up to a hundred people"));
    }

    @Test
    void halfADozenIsSix() {
        assertThat(counts("Armed men abducted half a dozen aid workers on the road between Goma and Rutshuru.").get(CountRole.ABDUCTED))
                .isEqualTo(new Count(6L, Qualifier.APPROX, "half a dozen aid workers"));
    }

    @Test
    void aRangeCountsItsLowerFigureAtLeast() {
        assertThat(counts("Between 10 and 15 people were killed when militants stormed a market in Menaka.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(10L, Qualifier.AT_LEAST, "Between 10 and 15 people"));
        assertThat(counts("Gunmen killed 15-20 people in an attack on a market in Zamfara state.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(15L, Qualifier.AT_LEAST, "15-20 people"));
        assertThat(counts("The raid on the camp killed 10 to 12 fighters, a commander said.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(10L, Qualifier.AT_LEAST, "10 to 12 fighters"));
    }

    @Test
    void aTollThatRoseIsNoRangeAndSeparateNumbersAreNoRange() {
        assertThat(counts("The death toll from the shelling of the market rose from 10 to 15.").get(CountRole.FATALITIES).value())
                .isEqualTo(15L);
        Map<CountRole, Count> c = counts("Militants killed 7 soldiers and wounded 9 in an attack on a post in Tillaberi.");
        assertThat(c.get(CountRole.FATALITIES)).isEqualTo(new Count(7L, Qualifier.EXACT, "7 soldiers"));
        assertThat(c.get(CountRole.INJURED).value()).isEqualTo(9L);
    }

    @Test
    void vagueCountsOfMoreOrOthersHarmedKeepTheirWordsWithoutAValue() {
        Map<CountRole, Count> c = counts("Fifteen civilians were killed and dozens more wounded in a mortar attack on a market in Mogadishu.");
        assertThat(c.get(CountRole.FATALITIES)).isEqualTo(new Count(15L, Qualifier.EXACT, "Fifteen civilians"));
        assertThat(c.get(CountRole.INJURED)).isEqualTo(Count.vague("dozens"));
        Map<CountRole, Count> s = counts("Two people died and several others injured when the army shelled a village in Shan state.");
        assertThat(s.get(CountRole.FATALITIES)).isEqualTo(new Count(2L, Qualifier.EXACT, "Two people"));
        assertThat(s.get(CountRole.INJURED)).isEqualTo(Count.vague("several"));
    }

    @Test
    void guardsOnFormsAlreadyReadRight() {
        assertThat(counts("Gunmen killed at least 12 villagers and wounded five others near Djibo.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(12L, Qualifier.AT_LEAST, "at least 12 villagers"));
        assertThat(counts("Soldiers shot dead twenty-three suspected militants in an ambush near Mopti.").get(CountRole.FATALITIES).value())
                .isEqualTo(23L);
        assertThat(counts("Nearly two dozen people were killed in gang violence in Port-au-Prince on Friday.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(24L, Qualifier.APPROX, "Nearly two dozen people"));
        assertThat(counts("Scores of people were injured when security forces opened fire on demonstrators in Bogota.").get(CountRole.INJURED))
                .isEqualTo(Count.vague("Scores of people"));
        assertThat(counts("Several dozen people were killed in clashes in Kordofan on Sunday.").get(CountRole.FATALITIES))
                .isEqualTo(Count.vague("Several dozen people"));
        // an age is no count: one man, and a person named by a determiner is still one
        assertThat(counts("Armed men killed a 70-year-old man in Cauca on Friday.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "a 70-year-old man"));
        assertThat(counts("A roadside bomb killed a soldier and wounded three others near Gao on Tuesday.").get(CountRole.FATALITIES).value())
                .isEqualTo(1L);
    }
}
