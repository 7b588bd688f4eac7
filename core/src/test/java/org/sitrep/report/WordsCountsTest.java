package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Qualifier;

class WordsCountsTest {
    @Test
    void mainCountsLeadThenTheOthersByName() {
        Map<CountRole, Count> counts = new LinkedHashMap<>();
        counts.put(CountRole.RELEASED, new Count(5L, Qualifier.EXACT, "five hostages"));
        counts.put(CountRole.CHILDREN_KILLED, new Count(2L, Qualifier.EXACT, "two children"));
        counts.put(CountRole.INJURED, new Count(12L, Qualifier.AT_LEAST, "at least 12"));
        counts.put(CountRole.ABDUCTED, new Count(7L, Qualifier.EXACT, "seven people"));
        counts.put(CountRole.FATALITIES, new Count(9L, Qualifier.EXACT, "nine people"));
        assertThat(Words.counts(counts))
                .isEqualTo("killed: 9; injured: at least 12; abducted: 7; children killed: 2; released: 5");
    }
}
