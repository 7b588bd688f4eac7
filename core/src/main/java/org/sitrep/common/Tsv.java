package org.sitrep.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads the tab-separated data files under src/main/resources: '#' starts a comment line, blank lines
 * are skipped, a ".gz" resource is decompressed, and a missing file fails loudly.
 */
public final class Tsv {
    /** One data line: its 1-based line number and its cells, trimmed. */
    public record Row(int line, String[] cells) {
        public String get(int i) {
            return cells[i];
        }
    }

    private Tsv() {
    }

    /** All rows of a classpath resource, cells untrimmed and as many as the line has. */
    public static List<String[]> read(String resource) {
        List<String[]> out = new ArrayList<>();
        for (Row r : rows(resource, -1)) {
            out.add(r.cells());
        }
        return out;
    }

    /** All rows, each checked to have exactly {@code columns} cells (or any number when negative), trimmed. */
    public static List<Row> read(String resource, int columns) {
        List<Row> out = rows(resource, columns);
        for (Row r : out) {
            for (int i = 0; i < r.cells().length; i++) {
                r.cells()[i] = r.cells()[i].strip();
            }
        }
        return out;
    }

    /** The words of a one-column word list, lower-cased, as an immutable set. */
    public static Set<String> words(String resource) {
        return firstColumn(resource, 1);
    }

    /** The first cells of a list of {@code columns} columns (any number when negative), lower-cased, as a set. */
    public static Set<String> firstColumn(String resource, int columns) {
        Set<String> out = new HashSet<>();
        for (Row r : read(resource, columns)) {
            out.add(r.get(0).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static List<Row> rows(String resource, int columns) {
        List<Row> rows = new ArrayList<>();
        try (InputStream raw = Tsv.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing data file on the classpath: " + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (columns >= 0 && cells.length != columns) {
                    throw new IllegalStateException(resource + ":" + n + ": expected " + columns
                            + " tab-separated columns, found " + cells.length);
                }
                rows.add(new Row(n, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    /** The '|'-separated values of one cell, blanks dropped. */
    public static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        if (cell.isEmpty()) {
            return out;
        }
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
