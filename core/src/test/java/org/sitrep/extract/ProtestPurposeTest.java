package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Frame;
import org.sitrep.model.Status;

/** A protest that is the purpose of what a crowd did took place; a protest only called for is planned. */
class ProtestPurposeTest {

    private static Status protestStatus(String text) {
        List<Trigger> found = new TriggerFinder().find(Sentences.context(text));
        return found.stream().filter(t -> t.frame() == Frame.PROTEST).findFirst().orElseThrow().status();
    }

    @Test
    void aCrowdThatDroveInToProtestProtested() {
        assertThat(protestStatus("Hundreds of fishermen drove their trucks into the port city on Friday to protest "
                + "against the new fuel tax.")).isEqualTo(Status.OCCURRED);
    }

    @Test
    void studentsWhoHadOccupiedABuildingToProtestProtested() {
        assertThat(protestStatus("Police detained 30 students who had occupied the rectorate in the capital to protest "
                + "against tuition fees.")).isEqualTo(Status.OCCURRED);
    }

    @Test
    void aCallToProtestStaysPlanned() {
        assertThat(protestStatus("The union urged its members on Monday to protest outside the ministry next week."))
                .isEqualTo(Status.PLANNED);
        assertThat(protestStatus("Opposition parties plan to protest in the capital on Saturday."))
                .isEqualTo(Status.PLANNED);
    }
}
