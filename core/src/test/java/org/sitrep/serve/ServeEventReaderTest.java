// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventJson;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventReader;

/** Stored events read back into Events (for reports and CSV) write the same JSON again. */
class ServeEventReaderTest {
    @TempDir
    Path dir;

    @Test
    void storedEventsRoundTrip() {
        try (ServeFixture fx = new ServeFixture(dir, 150, 11).preload(1000)) {
            int n = 0;
            for (JsonNode e : fx.store.events(EventQuery.all().limit(10_000))) {
                assertThat(EventJson.event(EventReader.read(e)).toString()).isEqualTo(e.toString());
                n++;
            }
            assertThat(n).isPositive();
            assertThat(fx.store.count(EventQuery.all())).isEqualTo(n).isEqualTo(fx.store.eventCount());
        }
    }
}
