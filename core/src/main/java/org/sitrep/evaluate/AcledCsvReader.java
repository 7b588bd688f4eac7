package org.sitrep.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sitrep.common.BinaryContent;
import org.sitrep.common.Utf8Lines;

/**
 * Reads coded events in ACLED's columns from a CSV file with a header line. Column names are matched
 * without regard to case; other columns are ignored. A malformed row (its field count differs from the header's,
 * its date or a number is unreadable, it has no notes to read, it is not UTF-8) is skipped with its line and the
 * reason, and the other rows are read. A file that cannot be read as a whole (binary, a missing column, a broken quote, which
 * leaves the rest of the file unparseable, no rows) is an {@link AcledCsvException} naming the file.
 */
public final class AcledCsvReader {
    /** The columns the evaluation reads. */
    public static final List<String> COLUMNS = List.of("event_date", "event_type", "sub_event_type", "actor1",
            "inter1", "actor2", "inter2", "country", "admin1", "admin2", "admin3", "location", "latitude",
            "longitude", "notes", "fatalities");

    /** ACLED's exports have used ISO dates, "27-Apr-20", "27-April-2020", "27 April 2020" and "27-Apr-2020". */
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("d-MMM-").appendValueReduced(ChronoField.YEAR, 2, 2, 2000).toFormatter(Locale.ENGLISH),
            pattern("d-MMMM-yyyy").toFormatter(Locale.ENGLISH),
            pattern("d MMMM yyyy").toFormatter(Locale.ENGLISH),
            pattern("d-MMM-yyyy").toFormatter(Locale.ENGLISH));

    private static DateTimeFormatterBuilder pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p);
    }

    /** The rows with notes in file order, and the malformed rows skipped. */
    public AcledFile read(Path file) {
        String input = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new AcledCsvException(input, Files.exists(file) ? "not a regular file" : "no such file");
        }
        rejectBinary(file, input);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (InputStream scan = Files.newInputStream(file);
             Reader r = new java.io.InputStreamReader(Files.newInputStream(file), decoder)) {
            return read(r, input, Utf8Lines.notUtf8(scan));
        } catch (IOException e) {
            throw new AcledCsvException(input, "cannot read the file: " + e.getMessage());
        }
    }

    /** A binary file (an export saved as a spreadsheet, a zip) is named as such, not as a file missing columns. */
    private static void rejectBinary(Path file, String input) {
        byte[] head = new byte[BinaryContent.SNIFF_BYTES];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            n = Math.max(0, in.readNBytes(head, 0, head.length));
        } catch (IOException e) {
            throw new AcledCsvException(input, "cannot read the file: " + e.getMessage());
        }
        BinaryContent.problem(head, n).ifPresent(p -> {
            throw new AcledCsvException(input, p);
        });
    }

    /** The rows with notes from CSV text, and the malformed rows skipped; {@code input} names it in errors. */
    public AcledFile read(Reader reader, String input) throws IOException {
        return read(reader, input, new TreeSet<>());
    }

    /**
     * As {@link #read(Reader, String)}, where the text was decoded leniently from bytes whose lines {@code notUtf8}
     * were not UTF-8 ({@link Utf8Lines}): a row on such a line is skipped with the reason, not read with replacement
     * characters in its notes or names.
     */
    private AcledFile read(Reader reader, String input, TreeSet<Long> notUtf8) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
                .setIgnoreEmptyLines(true).build();
        List<AcledRow> rows = new ArrayList<>();
        List<AcledFile.Skipped> skipped = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
                throw new AcledCsvException(input, "empty file: no header line with ACLED's columns");
            }
            long previousEnd = parser.getCurrentLineNumber();
            if (!notUtf8.isEmpty() && notUtf8.first() <= previousEnd) {
                throw new AcledCsvException(input, "the header line is not UTF-8; save the file as UTF-8 text");
            }
            Map<String, Integer> index = new TreeMap<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().toLowerCase(Locale.ROOT);
                if (name.startsWith("\uFEFF")) {
                    name = name.substring(1);
                }
                index.putIfAbsent(name, i);
            }
            List<String> missing = COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new AcledCsvException(input, "missing column" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing) + " (the header must name ACLED's columns: "
                        + String.join(", ", COLUMNS) + ")");
            }
            int records = 0;
            for (var it = parser.iterator(); hasNext(it, input, parser); ) {
                CSVRecord rec = it.next();
                records++;
                long line = parser.getCurrentLineNumber(); // the line the record ends on
                Long bad = notUtf8.higher(previousEnd);
                previousEnd = line;
                if (bad != null && bad <= line) {
                    skipped.add(new AcledFile.Skipped(line, "line " + bad + " is not UTF-8 (a byte that is not part of "
                            + "a UTF-8 character); save the file as UTF-8 text"));
                    continue;
                }
                if (rec.size() != header.size()) {
                    skipped.add(new AcledFile.Skipped(line, rec.size() + " fields, the header has " + header.size()));
                    continue;
                }
                Cells c = new Cells(rec, index);
                if (c.text("notes").isBlank()) {
                    skipped.add(new AcledFile.Skipped(line, "no notes to read"));
                    continue;
                }
                try {
                    rows.add(row(c, index, rec, (int) line));
                } catch (MalformedCell e) {
                    skipped.add(new AcledFile.Skipped(line, e.getMessage()));
                }
            }
            if (records == 0) {
                throw new AcledCsvException(input, "no rows after the header line");
            }
        } catch (IllegalArgumentException e) {
            throw new AcledCsvException(input, "malformed header: " + e.getMessage());
        }
        return new AcledFile(rows, skipped);
    }

    private static boolean hasNext(java.util.Iterator<CSVRecord> it, String input, CSVParser parser) {
        try {
            return it.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new AcledCsvException(input, "malformed CSV near line " + parser.getCurrentLineNumber() + ": " + why);
        }
    }

    private static AcledRow row(Cells c, Map<String, Integer> index, CSVRecord rec, int line) {
        String id = index.containsKey("event_id_cnty") ? rec.get(index.get("event_id_cnty")).strip() : "";
        if (id.isEmpty() && index.containsKey("data_id")) {
            id = rec.get(index.get("data_id")).strip();
        }
        if (id.isEmpty()) {
            id = "row-" + line;
        }
        String dateCell = c.text("event_date");
        LocalDate day = date(dateCell);
        if (day == null) {
            throw new MalformedCell("event_date '" + dateCell.strip() + "' is not a date in a form ACLED has used");
        }
        return new AcledRow(id, line, day, dateCell, c.text("event_type"), c.text("sub_event_type"),
                c.text("actor1"), c.text("inter1").strip(), c.text("actor2"), c.text("inter2").strip(), c.text("country"),
                c.text("admin1"), c.text("admin2"), c.text("admin3"), c.text("location"), c.number("latitude"),
                c.number("longitude"), c.text("notes"), c.count("fatalities"));
    }

    /** The coded day, or null when the cell holds none of the formats ACLED has used. */
    static LocalDate date(String cell) {
        String s = cell.strip();
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    /** A cell that does not hold what its column takes: the row is skipped, the file read on. */
    private static final class MalformedCell extends RuntimeException {
        MalformedCell(String reason) {
            super(reason, null, false, false);
        }
    }

    /** One record's cells by column name. */
    private record Cells(CSVRecord rec, Map<String, Integer> index) {
        String text(String column) {
            return rec.get(index.get(column));
        }

        Double number(String column) {
            String s = text(column).strip();
            if (s.isEmpty()) {
                return null;
            }
            try {
                return Double.valueOf(s);
            } catch (NumberFormatException e) {
                throw new MalformedCell(column + " '" + s + "' is not a number");
            }
        }

        int count(String column) {
            String s = text(column).strip();
            if (s.isEmpty()) {
                return 0;
            }
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new MalformedCell(column + " '" + s + "' is not a whole number");
            }
        }
    }
}
