package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/**
 * The two sides of a fight as {@link ArgumentReader} reads them: "between X against Y", and those harmed "in clashes
 * with" the other side. Sentences written for these tests.
 */
class FightSidesTest {
    private static EventMention first(String text) {
        List<EventMention> ms = TestPipeline.runText("fight-sides", text, LocalDate.of(2021, 6, 2)).mentions();
        assertThat(ms).as(text).isNotEmpty();
        return ms.get(0);
    }

    @Test
    void betweenOneSideAgainstTheOther() {
        EventMention m = first("On 1 June 2021, clashes erupted between army units against Shabaab fighters near Wanlaweyn.");
        assertThat(m.actor1().text()).isEqualTo("army units");
        assertThat(m.actor2().text()).startsWith("Shabaab fighters");
        assertThat(m.actor1().name()).isEqualTo("Military Forces of Somalia");
        assertThat(m.actor2().name()).isEqualTo("Al Shabaab");
    }

    @Test
    void thoseHarmedInClashesWithTheOtherSideAreASide() {
        EventMention m = first("On 1 June 2021, six Shabaab fighters were wounded in clashes with police near Wanlaweyn.");
        assertThat(m.actor1().text()).isEqualTo("six Shabaab fighters");
        assertThat(m.actor1().name()).isEqualTo("Al Shabaab");
        assertThat(m.actor2().name()).isEqualTo("Police Forces of Somalia");
    }

    @Test
    void thoseHarmedInAnAttackOnTheOtherAreNoSideOfAFight() {
        EventMention m = first("On 1 June 2021, six farmers were wounded in a raid on their village near Wanlaweyn.");
        assertThat(m.actor1() == null ? null : m.actor1().text()).isNotEqualTo("six farmers");
    }
}
