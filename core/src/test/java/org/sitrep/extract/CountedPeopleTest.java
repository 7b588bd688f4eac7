package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Qualifier;

/**
 * Which people a number counts ({@link CountedPeople}): modifiers joined by "and" before one people noun, a misspelt
 * people noun, a number before a people word that modifies a thing; a plural before "and" heads a group of its own.
 * Sentences written for this test.
 */
class CountedPeopleTest {
    private static Map<CountRole, Count> counts(String text) {
        Map<CountRole, Count> out = new java.util.EnumMap<>(CountRole.class);
        new CountReader().read(Sentences.context(text), null).forEach(f -> out.put(f.role(), f.count()));
        return out;
    }

    @Test
    void aNumberBeforeAPeopleWordThatModifiesAThingCountsTheThing() {
        assertThat(counts("On 3 June 2021, soldiers overran three rebel camps near Kaloma and killed 4 insurgents.")
                .get(CountRole.FATALITIES)).isEqualTo(new Count(4L, Qualifier.EXACT, "4 insurgents"));
    }
}
