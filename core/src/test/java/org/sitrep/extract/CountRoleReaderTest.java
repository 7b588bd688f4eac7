package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.extract.Sentences.counts;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.model.Qualifier;
import org.sitrep.pipeline.TestPipeline;

/**
 * What a count of people is to its event ({@link CountRoleReader}): the killers' number is no toll, people taken
 * hostage are abducted, a toll is read past a participle that only describes the counted people. Sentences written
 * for this test.
 */
class CountRoleReaderTest {

    @Test
    void theKillersNumberIsNoToll() {
        assertThat(counts("Two gunmen killed a trader in Kaloma on Monday.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "a trader"));
        assertThat(counts("Two gunmen shot and killed a trader in Kaloma on Monday.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "a trader"));
        assertThat(counts("Two gunmen killed 3 traders in Kaloma on Monday.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(3L, Qualifier.EXACT, "3 traders"));
        // a participle's subject is its victim; a word after a comma is no object
        assertThat(counts("The raid ended with 6 fighters killed and two trucks burned near Kaloma.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(6L, Qualifier.EXACT, "6 fighters"));
        assertThat(counts("Three soldiers killed, two of them officers, near Kaloma on Monday.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(3L, Qualifier.EXACT, "Three soldiers"));
        // the dead as subject still count
        assertThat(counts("Twelve people died when gunmen stormed a bar in Kaloma.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(12L, Qualifier.EXACT, "Twelve people"));
    }

    @Test
    void peopleTakenHostageAreCountedAsAbducted() {
        assertThat(counts("On 3 June 2021, gunmen took 12 passengers hostage near Kaloma.").get(CountRole.ABDUCTED))
                .isEqualTo(new Count(12L, Qualifier.EXACT, "12 passengers"));
    }

    @Test
    void aTollReadsPastAParticipleDescribingThePeople() {
        EventMention m = TestPipeline.mentionsOf("On 12 March 2021, army units clashed with rebel forces near Karimabad. "
                + "Nine rebel fighters and allied foreign fighters were killed.").get(0);
        assertThat(m.type().subEventType()).isEqualTo("Armed clash");
        assertThat(m.counts().get(CountRole.FATALITIES)).isEqualTo(new Count(9L, Qualifier.EXACT, "Nine rebel fighters"));
    }

    @Test
    void theAgentOfAPassiveIsNoToll() {
        assertThat(counts("On 3 June, a herder was ambushed and beaten to death by some two dozen people near Jos.")
                .get(CountRole.FATALITIES)).isEqualTo(new Count(1L, Qualifier.EXACT, "a herder"));
        assertThat(counts("A trader was seized by three men and later stabbed to death outside Kano.")
                .get(CountRole.FATALITIES)).isEqualTo(new Count(1L, Qualifier.EXACT, "A trader"));
    }

    @Test
    void killersCountedPastANameInTheirPhraseAreNoToll() {
        // the reader's phrase stops at the name ("Two Al"); the parse counts the gunmen, the subject of the killing
        assertThat(counts("Two Al Shabaab gunmen shot and killed a shopkeeper outside his home in Afgooye.")
                .get(CountRole.FATALITIES)).isEqualTo(new Count(1L, Qualifier.EXACT, "a shopkeeper"));
    }

    @Test
    void aNearMissIsNoToll() {
        assertThat(counts("A suspected thief was caught and nearly lynched by residents in Bunia on Sunday."))
                .doesNotContainKey(CountRole.FATALITIES);
        // "nearly" before a number qualifies the number
        assertThat(counts("Nearly 20 villagers were killed when gunmen raided Kuda on Sunday.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(20L, Qualifier.APPROX, "Nearly 20 villagers"));
    }
}
