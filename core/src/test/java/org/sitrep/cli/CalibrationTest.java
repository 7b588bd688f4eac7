// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalibrationTest {
    @Test
    void theKernelsWorkIsFixed() {
        assertThat(Calibration.kernel(1000)).isEqualTo(Calibration.kernel(1000));
    }

    @Test
    void theMemoryKernelFollowsOneCycleThroughEverySlot() {
        int[] next = Calibration.cycle(64, 7);
        boolean[] seen = new boolean[64];
        int p = 0;
        for (int i = 0; i < 64; i++) {
            assertThat(seen[p]).isFalse();
            seen[p] = true;
            p = next[p];
        }
        assertThat(p).isZero();
    }

    @Test
    void samplesGiveTheirMedianAndRange() {
        Calibration.Samples s = new Calibration.Samples();
        assertThat(s.count()).isZero();
        assertThat(s.toString()).isEqualTo("none");
        for (double v : new double[] {5, 1, 4, 2}) {
            s.add(v);
        }
        assertThat(s.median()).isEqualTo(3.0);
        assertThat(s.min()).isEqualTo(1.0);
        assertThat(s.max()).isEqualTo(5.0);
        s.add(3);
        assertThat(s.median()).isEqualTo(3.0);
        assertThat(s.count()).isEqualTo(5);
    }
}
