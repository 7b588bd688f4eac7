package org.sitrep.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the tab-separated data files under src/main/resources: '#' starts a comment line, blank lines are skipped. */
public final class Tsv {
    private Tsv() {
    }

    /** All rows of a classpath resource; a ".gz" name is decompressed. Fails loudly when the resource is missing. */
    public static List<String[]> read(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream raw = Tsv.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing data file on the classpath: " + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
