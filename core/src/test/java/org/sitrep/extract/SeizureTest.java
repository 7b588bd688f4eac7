package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.TestPipeline;

/**
 * Goods seized ({@link Seizure}): drugs seized or a drug lab dismantled are property taken (looting/property
 * destruction); other goods seized are no event. Sentences written for this test.
 */
class SeizureTest {
    private static String subType(String text) {
        return TestPipeline.firstSubType(text);
    }

    @Test
    void drugsSeizedOrALabDismantledAreLootingAndPropertyDestruction() {
        assertThat(subType("On 3 June 2021, federal police seized two tonnes of cannabis from a lorry near Campinas, "
                + "Sao Paulo. Two men were arrested.")).isEqualTo("Looting/property destruction");
        assertThat(subType("On 3 June 2021, military police dismantled a cocaine lab in a rural district of Goiania, Goias."))
                .isEqualTo("Looting/property destruction");
    }

    @Test
    void otherGoodsSeizedAreNoEvent() {
        assertThat(TestPipeline.runText("goods", "On 3 June 2021, customs officers seized counterfeit cosmetics in a "
                + "warehouse in Lagos.", TestPipeline.TEST_DAY).mentions()).isEmpty();
    }
}
