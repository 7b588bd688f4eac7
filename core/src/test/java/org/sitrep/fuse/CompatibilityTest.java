package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Qualifier;

/** Whether two outlets' counts can be one event's: the ten-times rule, read through the figures' bounds. */
class CompatibilityTest {

    private static Count count(long value, Qualifier q) {
        return new Count(value, q, String.valueOf(value));
    }

    @Test
    void exactFiguresMoreThanTenTimesApartAreTwoEvents() {
        assertThat(Compatibility.sameMagnitude(count(12, Qualifier.EXACT), count(600, Qualifier.EXACT))).isFalse();
        assertThat(Compatibility.sameMagnitude(count(600, Qualifier.EXACT), count(12, Qualifier.EXACT))).isFalse();
        assertThat(Compatibility.sameMagnitude(count(12, Qualifier.APPROX), count(600, Qualifier.EXACT))).isFalse();
        assertThat(Compatibility.sameMagnitude(count(30, Qualifier.EXACT), count(58, Qualifier.EXACT))).isTrue();
        assertThat(Compatibility.sameMagnitude(count(60, Qualifier.EXACT), count(600, Qualifier.EXACT))).as("ten times").isTrue();
        assertThat(Compatibility.sameMagnitude(count(1, Qualifier.EXACT), count(10, Qualifier.EXACT))).as("small figures").isTrue();
    }

    @Test
    void aLowerBoundFitsAnyLargerFigureButNotASmallerOne() {
        assertThat(Compatibility.sameMagnitude(count(12, Qualifier.AT_LEAST), count(600, Qualifier.EXACT))).isTrue();
        assertThat(Compatibility.sameMagnitude(count(600, Qualifier.EXACT), count(12, Qualifier.MORE_THAN))).isTrue();
        assertThat(Compatibility.sameMagnitude(count(600, Qualifier.AT_LEAST), count(12, Qualifier.EXACT))).isFalse();
        assertThat(Compatibility.sameMagnitude(count(600, Qualifier.MORE_THAN), count(12, Qualifier.AT_LEAST)))
                .as("two lower bounds both hold of the larger toll").isTrue();
        assertThat(Compatibility.sameMagnitude(count(600, Qualifier.AT_LEAST), count(12, Qualifier.APPROX))).isFalse();
    }

    @Test
    void anUpperBoundFitsAnySmallerFigureButNotALargerOne() {
        assertThat(Compatibility.sameMagnitude(count(600, Qualifier.AT_MOST), count(12, Qualifier.EXACT))).isTrue();
        assertThat(Compatibility.sameMagnitude(count(12, Qualifier.AT_MOST), count(600, Qualifier.EXACT))).isFalse();
    }

    @Test
    void everyKindOfCountMustFitAndKindsNeverMeetEachOther() {
        Map<CountRole, Count> strike = Map.of(CountRole.FATALITIES, count(600, Qualifier.EXACT),
                CountRole.INJURED, count(100, Qualifier.APPROX));
        assertThat(Compatibility.sameMagnitude(strike, Map.of(CountRole.FATALITIES, count(12, Qualifier.AT_LEAST)))).isTrue();
        assertThat(Compatibility.sameMagnitude(strike, Map.of(CountRole.FATALITIES, count(12, Qualifier.AT_LEAST),
                CountRole.INJURED, count(3, Qualifier.EXACT)))).as("the injured thirty times fewer").isFalse();
        assertThat(Compatibility.sameMagnitude(strike, Map.of(CountRole.INJURED, count(12, Qualifier.EXACT))))
                .as("twelve injured beside 600 dead").isTrue();
        assertThat(Compatibility.sameMagnitude(strike, Map.of(CountRole.FATALITIES, Count.vague("dozens")))).isTrue();
    }
}
