// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the gazetteer's bundled files under {@code /gazetteer/}: UTF-8, tab separated, '#' comment lines. */
final class GazetteerFiles {
    private static final String RESOURCES = "/gazetteer/";

    private GazetteerFiles() {
    }

    /** A reader over a bundled file, gunzipped when its name ends in {@code .gz}. */
    static BufferedReader reader(String resource) throws IOException {
        InputStream in = GazetteerFiles.class.getResourceAsStream(RESOURCES + resource);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource missing from classpath: " + RESOURCES + resource);
        }
        if (resource.endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Non-comment rows with at least {@code minColumns} tab-separated columns. */
    static List<String[]> readTsv(String resource, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = reader(resource)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length < minColumns) {
                    throw new IllegalStateException(resource + ": expected " + minColumns + " columns: " + line);
                }
                rows.add(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + resource, e);
        }
        return rows;
    }

    /** A '|'-separated list column. */
    static List<String> splitList(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split("\\|"));
    }

    /** A decimal column that may be empty (null). */
    static Double parseDouble(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }
}
