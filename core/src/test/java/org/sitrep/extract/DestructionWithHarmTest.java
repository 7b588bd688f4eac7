package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.TestPipeline;

/** Destruction that the next sentences say also harmed people ({@link DestructionWithHarm}), on sentences written for this test. */
class DestructionWithHarmTest {
    @Test
    void lorriesBurnedByArmedMenWhoWoundedADriverAreAnAttack() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, gunmen burned down a sawmill outside Rutara. Its "
                + "watchman was wounded by a bullet.")).isEqualTo("Attack");
        assertThat(TestPipeline.firstSubType("On 3 June 2021, gunmen torched a timber yard outside Rutara. Two "
                + "watchmen died in the blaze.")).isEqualTo("Attack");
    }

    @Test
    void destructionThatHarmedNoOneStaysPropertyDestruction() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, armed men set two lorries on fire on the road outside "
                + "Rutara. No one was hurt.")).isEqualTo("Looting/property destruction");
        assertThat(TestPipeline.firstSubType("On 3 June 2021, gunmen burned down a sawmill outside Rutara. The district "
                + "has seen several such raids this year. Nobody was said to be hurt or killed."))
                .isEqualTo("Looting/property destruction");
        assertThat(TestPipeline.firstSubType("On 3 June 2021, rebels looted shops in Rutara. There were neither dead "
                + "nor wounded, the mayor said.")).isEqualTo("Looting/property destruction");
    }

    @Test
    void aLaterEventToldByItsOwnDoerIsNotTheDestructionsHarm() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, armed men set two lorries on fire on the road outside "
                + "Rutara. Soldiers later shot dead two bandits in a forest nearby.")).isEqualTo("Looting/property destruction");
        assertThat(TestPipeline.firstSubType("On 3 June 2021, gunmen torched a timber yard outside Rutara. Two "
                + "watchmen were killed by soldiers.")).isEqualTo("Looting/property destruction");
    }

    @Test
    void aCrowdsDestructionForADemandStaysItsDemonstrationWhateverHarmFollows() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, hundreds of traders vandalised the council offices in "
                + "Kaloma to demand that the old market be opened again. Two guards were injured."))
                .isEqualTo("Violent demonstration");
        assertThat(TestPipeline.firstSubType("On 3 June 2021, about 200 villagers set fire to a bar in Kaloma after a "
                + "youth was found dead near it. A waiter was badly hurt.")).isEqualTo("Mob violence");
    }
}
