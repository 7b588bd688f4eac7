package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/**
 * Events a note tells without a classic trigger verb (issue 9, detection): a claim that tells its attack, a base
 * named after a bare heading, harm with a crowd or a weapon to blame, explosives used, a rock thrown at someone.
 * Sentences written for these tests.
 */
class ToldHereEventsTest {
    private static List<EventMention> mentions(String text) {
        return TestPipeline.runText("told-here", text, LocalDate.of(2021, 6, 12)).mentions();
    }

    @Test
    void aClaimOfAnAttackTellsItButAClaimOfTheAttackRefersBack() {
        assertThat(mentions("On 4 June 2021, a rebel group claimed an attack on a village near Beni (Beni, North Kivu)."))
                .hasSize(1);
        assertThat(mentions("On 4 June 2021, the rebels claimed to have attacked an army post near Beni with mortar shells."))
                .hasSize(1);
        assertThat(mentions("The rebel group claimed the attack in a statement on Saturday.")).isEmpty();
    }

    @Test
    void aBaseAfterABareHeadingIsStillEstablished() {
        assertThat(mentions("Base established: On 11 June 2021, Turkish forces established a new base near Atarib (Aleppo)."))
                .extracting(m -> m.type().subEventType()).containsExactly("Headquarters or base established");
    }

    @Test
    void harmDoneByACrowdOrByABulletHasSomeoneToBlame() {
        assertThat(mentions("On 9 June 2021, three reporters were injured by shopkeepers at the main market of Sylhet (Sylhet)."))
                .hasSize(1);
        assertThat(mentions("On 8 June 2021, a stray bullet wounded a girl at her home in Lashio (Shan)."))
                .hasSize(1);
        assertThat(mentions("On 8 June 2021, three hikers were injured by falling rocks near Lashio (Shan).")).isEmpty();
    }

    @Test
    void explosivesUsedInARobberyAreAnExplosiveEvent() {
        assertThat(mentions("On 7 June 2021, in Taubate, Sao Paulo, armed men used explosives in an attempted robbery of a bank branch."))
                .extracting(m -> m.type().subEventType()).containsExactly("Remote explosive/landmine/IED");
    }

    @Test
    void aRockThrownAtSomeoneIsViolence() {
        assertThat(mentions("On 10 June 2021, in Leon, Guanajuato, a man threw a rock at a bus driver and injured him."))
                .hasSize(1);
    }
}
