// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounded load test against a test server: a couple of seconds, a few clients, no errors. */
class ServeLoadTestTest {
    @TempDir
    Path dir;

    @Test
    void fiveClientsForTwoSecondsWithoutErrors() throws Exception {
        try (ServeFixture fx = new ServeFixture(dir, 200, 3).preload(100)) {
            SitrepServer server = SitrepServer.start(ServeConfig.defaults().withPort(0), fx.store, fx.ingestor);
            try {
                LoadTest.Report r = LoadTest.run(URI.create("http://127.0.0.1:" + server.port()), 5, Duration.ofSeconds(2));
                assertThat(r.requests()).isPositive();
                assertThat(r.errors()).isZero();
                assertThat(r.p50()).isPositive().isLessThanOrEqualTo(r.p95());
                assertThat(r.p95()).isLessThanOrEqualTo(r.p99());
                assertThat(r.seconds()).isLessThan(15);
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void onlyLoopbackTargets() {
        assertThatThrownBy(() -> LoadTest.run(URI.create("http://192.0.2.1:8080"), 1, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
    }
}
