package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.extract.Sentences.dead;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/**
 * A detainee killed by those who hold them is told as the killing first ({@link CustodyDeaths}). Sentences written
 * for this test.
 */
class CustodyDeathsTest {

    @Test
    void aDeathInCustodyInTheNextSentenceIsToldFirst() {
        List<EventMention> m = TestPipeline.mentionsOf("On 3 March 2021, police arrested a trader in Riverside for "
                + "selling goods after the curfew. The police beat the trader in a cell and he died of his wounds.");
        assertThat(m.get(0).type().subEventType()).isEqualTo("Attack");
        assertThat(dead(m.get(0)).value()).isEqualTo(1L);
        assertThat(m).extracting(x -> x.type().subEventType()).contains("Arrests");
    }

    @Test
    void aDetaineeBeatenToDeathInTheSameSentenceIsToldFirst() {
        List<EventMention> m = TestPipeline.mentionsOf("On 3 March 2021, soldiers detained a farmer near Hillcrest and "
                + "beat him to death.");
        assertThat(m).extracting(x -> x.type().subEventType()).containsExactly("Attack", "Arrests");
        assertThat(dead(m.get(0)).value()).isEqualTo(1L);
    }

    @Test
    void aKillingByOthersLeavesTheArrestFirst() {
        List<EventMention> m = TestPipeline.mentionsOf("On 3 March 2021, police arrested five traders in Riverside "
                + "for selling goods after the curfew. Gunmen shot dead two guards at a bank in Hillcrest.");
        assertThat(m.get(0).type().subEventType()).isEqualTo("Arrests");
    }
}
