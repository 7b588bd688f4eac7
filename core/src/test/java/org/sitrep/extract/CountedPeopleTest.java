package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.extract.Sentences.counts;
import static org.sitrep.extract.Sentences.dead;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.model.Qualifier;
import org.sitrep.pipeline.TestPipeline;

/**
 * Which people a number counts ({@link CountedPeople}): modifiers joined by "and" before one people noun, a misspelt
 * people noun, a number before a people word that modifies a thing; a plural before "and" heads a group of its own.
 * Sentences written for this test.
 */
class CountedPeopleTest {

    @Test
    void aNumberBeforeAPeopleWordThatModifiesAThingCountsTheThing() {
        assertThat(counts("On 3 June 2021, soldiers overran three rebel camps near Kaloma and killed 4 insurgents.")
                .get(CountRole.FATALITIES)).isEqualTo(new Count(4L, Qualifier.EXACT, "4 insurgents"));
    }

    @Test
    void modifiersJoinedByAndCountOnePeopleNoun() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 March 2021, vigilantes clashed with bandits near "
                + "Hillcrest. 4 CJTF and Zuru militiamen were killed.");
        assertThat(dead(ms.get(0))).isEqualTo(new Count(4L, Qualifier.EXACT, "4 CJTF and Zuru militiamen"));
    }

    @Test
    void aPluralBeforeAndHeadsAGroupOfItsOwn() {
        // "30 neighbours and relatives of a man who died": the 30 are not the dead, the man is
        java.util.Map<CountRole, Count> counts = new java.util.EnumMap<>(CountRole.class);
        new CountReader().read(Sentences.context("About 30 neighbours and relatives of a man who died in custody "
                + "marched in Hillcrest."), null).forEach(f -> counts.put(f.role(), f.count()));
        assertThat(counts.get(CountRole.FATALITIES).value()).isEqualTo(1L);
        assertThat(counts.get(CountRole.FATALITIES).text()).endsWith("a man").doesNotContain("30");
    }

    @Test
    void aMisspeltPeopleNounIsCounted() {
        EventMention m = TestPipeline.mentionsOf("On 3 March 2021, a village elder and a bodygaurd were killed "
                + "when a bomb exploded near Hillcrest.").get(0);
        assertThat(dead(m)).isEqualTo(new Count(2L, Qualifier.EXACT, "a village elder and a bodygaurd"));
    }
}
