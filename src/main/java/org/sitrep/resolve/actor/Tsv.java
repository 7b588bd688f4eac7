package org.sitrep.resolve.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the '#'-commented, tab-separated data files under {@code /actors/} on the classpath. */
final class Tsv {

    /** One data line: its 1-based line number and exactly {@code columns} cells (trimmed). */
    record Row(int line, String[] cells) {
        String get(int i) {
            return cells[i];
        }
    }

    private Tsv() {
    }

    static List<Row> read(String resource, int columns) {
        InputStream in = Tsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ":" + n + ": expected " + columns
                            + " tab-separated columns, found " + cells.length);
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(new Row(n, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
        return rows;
    }

    static List<String> list(String cell) {
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
