package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.model.Qualifier;
import org.sitrep.pipeline.TestPipeline;

/**
 * Readings of a trigger that its sentence makes implausible ({@link Plausibility}, {@link Culprits}): "left N dead"
 * is a toll, not a departure. Sentences written for this test.
 */
class PlausibilityTest {
    private static List<EventMention> mentions(String text) {
        return TestPipeline.runText("unit", text, TestPipeline.TEST_DAY).mentions();
    }

    @Test
    void leftDeadIsATollNotADeparture() {
        List<EventMention> raid = mentions("On 3 June 2021, the raid left four gunmen dead in Kaloma.");
        assertThat(raid).extracting(m -> m.type().eventType()).containsExactly("Battles");
        assertThat(raid.get(0).counts().get(CountRole.FATALITIES)).isEqualTo(new Count(4L, Qualifier.EXACT, "four gunmen"));
        List<EventMention> op = mentions("On 3 June 2021, a police operation in Kaloma province left 5 insurgents dead.");
        assertThat(op).extracting(m -> m.type().subEventType()).containsExactly("Armed clash");
        assertThat(op.get(0).counts().get(CountRole.FATALITIES)).isEqualTo(new Count(5L, Qualifier.EXACT, "5 insurgents"));
    }

    @Test
    void anAttackOnAnAbstractThingIsAFigureOfSpeech() {
        assertThat(mentions("On 3 June 2021, the editors of the Kaloma Herald said the new licensing law was an attack "
                + "on press freedom.")).isEmpty();
        assertThat(mentions("On 3 June 2021, opposition leaders in Kaloma called the postponed vote an assault on "
                + "democracy.")).isEmpty();
        assertThat(mentions("On 3 June 2021, union leaders said the decree attacked the rights of dock workers in "
                + "Kaloma.")).isEmpty();
    }

    @Test
    void aFightAgainstAnIllOrAVirusIsAFigureOfSpeech() {
        // the fight is the measures' purpose, not violence at the protest: a peaceful protest
        assertThat(mentions("On 3 June 2021, shopkeepers in Kaloma marched to the town hall to protest the curfew "
                + "imposed to fight the pandemic.").get(0).type().subEventType()).isEqualTo("Peaceful protest");
        assertThat(mentions("On 3 June 2021, the governor of Kaloma said his officers were fighting against corruption "
                + "in the customs service.")).isEmpty();
        // a fight against people stays one
        assertThat(mentions("On 3 June 2021, soldiers were fighting against insurgents near Kaloma."))
                .extracting(m -> m.type().subEventType()).containsExactly("Armed clash");
    }

    @Test
    void anAttackOnPeopleOrPlacesNamedForAnIdeaStaysAnAttack() {
        List<EventMention> activists = mentions("On 3 June 2021, gunmen carried out an attack on rights activists "
                + "in Kaloma, wounding two.");
        assertThat(activists).extracting(m -> m.type().subEventType()).containsExactly("Attack");
        List<EventMention> office = mentions("On 3 June 2021, a mob carried out an attack on the Freedom Party "
                + "office in Kaloma.");
        assertThat(office).extracting(m -> m.type().eventType()).isNotEmpty();
    }
}
