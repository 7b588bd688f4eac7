package org.sitrep.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every row of a vocabulary file among the main resources (as built onto the class path) stands once: a second copy of a row changes
 * nothing when it is read, but it is a second place to edit that drifts from the first.
 */
class LexiconRowsTest {
    @Test
    void noTsvFileRepeatsARow() throws IOException {
        List<String> repeated = new ArrayList<>();
        try (Stream<Path> files = Files.walk(resources())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                Set<String> seen = new HashSet<>();
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#") && !seen.add(line)) {
                        repeated.add(f + ": " + line);
                    }
                }
            }
        }
        assertThat(repeated).isEmpty();
    }

    @Test
    void theCheckSeesTheLexicons() throws IOException {
        try (Stream<Path> files = Files.walk(resources().resolve("lexicon"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".tsv")).count()).isGreaterThan(10);
        }
    }

    /** The directory the main resources were copied to: the one holding {@code lexicon/}. */
    private static Path resources() {
        try {
            return Path.of(Tsv.class.getResource("/lexicon").toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
