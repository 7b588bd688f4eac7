package org.sitrep.evaluate;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The coded-data files under src/test/resources/evaluate, written for these tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path dir() {
        try {
            return Path.of(Fixtures.class.getResource("/evaluate/coded-sample.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
