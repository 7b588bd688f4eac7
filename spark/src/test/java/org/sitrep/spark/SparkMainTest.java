package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** Local runs keep Spark's listeners on this machine; a cluster's settings are its operator's. */
class SparkMainTest {
    @Test
    void localModeBindsToLoopbackWithoutTheWebUi() {
        SparkConf c = SparkMain.conf("local[2]");
        assertThat(c.get("spark.master")).isEqualTo("local[2]");
        assertThat(c.get("spark.ui.enabled")).isEqualTo("false");
        assertThat(c.get("spark.driver.bindAddress")).isEqualTo("127.0.0.1");
        assertThat(c.get("spark.driver.host")).isEqualTo("127.0.0.1");
    }

    @Test
    void aClusterMasterKeepsItsOwnSettings() {
        SparkConf c = SparkMain.conf("spark://cluster.example:7077");
        assertThat(c.contains("spark.ui.enabled")).isFalse();
        assertThat(c.contains("spark.driver.bindAddress")).isFalse();
    }

    @Test
    void anExplicitSettingIsKept() {
        System.setProperty("spark.ui.enabled", "true");
        try {
            assertThat(SparkMain.conf("local[1]").get("spark.ui.enabled")).isEqualTo("true");
        } finally {
            System.clearProperty("spark.ui.enabled");
        }
    }
}
