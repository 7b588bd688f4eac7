package org.sitrep.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcledCsvReaderTest {
    static final Path DIR = Fixtures.dir();
    private final AcledCsvReader reader = new AcledCsvReader();

    @Test
    void readsTheRowsWithNotesInAcledsColumns() {
        List<AcledRow> rows = reader.read(DIR.resolve("coded-sample.csv")).rows();
        assertThat(rows).extracting(AcledRow::id).containsExactly("TST1", "TST2", "TST3", "TST4");
        AcledRow first = rows.get(0);
        assertThat(first.eventType()).isEqualTo("Battles");
        assertThat(first.subEventType()).isEqualTo("Armed clash");
        assertThat(first.inter1()).isEqualTo("1");
        assertThat(first.inter2()).isEqualTo("2");
        assertThat(first.admin1()).isEqualTo("Idleb");
        assertThat(first.latitude()).isEqualTo(35.8137);
        assertThat(first.fatalities()).isEqualTo(3);
        assertThat(first.notes()).startsWith("On 14 March 2021, regime forces clashed");
        assertThat(first.line()).isEqualTo(2);
        assertThat(rows.get(1).inter2()).isEqualTo("0");
    }

    @Test
    void readsEveryDateFormAcledHasUsed() {
        List<AcledRow> rows = reader.read(DIR.resolve("coded-sample.csv")).rows();
        assertThat(rows.get(0).eventDate()).isEqualTo(LocalDate.of(2021, 3, 14));
        assertThat(rows.get(1).eventDate()).isEqualTo(LocalDate.of(2021, 3, 14)); // 14-Mar-21
        assertThat(rows.get(2).eventDate()).isEqualTo(LocalDate.of(2021, 3, 15)); // 15-March-2021
        assertThat(AcledCsvReader.date("9 May 2020")).isEqualTo(LocalDate.of(2020, 5, 9));
        assertThat(AcledCsvReader.date("9-May-2020")).isEqualTo(LocalDate.of(2020, 5, 9));
        assertThat(AcledCsvReader.date("sometime in May")).isNull();
    }

    @Test
    void fallsBackToDataIdThenToTheLine() throws Exception {
        String csv = "data_id,event_id_cnty," + String.join(",", AcledCsvReader.COLUMNS.subList(0, 15)) + ",fatalities\n"
                + "77,,2021-01-02,Battles,Armed clash,A,1,B,2,Chad,Lac,,,Bol,13.4,14.7,\"Soldiers clashed with rebels near Bol.\",\n"
                + ",,2021-01-03,Battles,Armed clash,A,1,B,2,Chad,Lac,,,Bol,13.4,14.7,\"Soldiers clashed with rebels near Bol again.\",0\n";
        List<AcledRow> rows = reader.read(new StringReader(csv), "inline.csv").rows();
        assertThat(rows).extracting(AcledRow::id).containsExactly("77", "row-3");
        assertThat(rows.get(0).fatalities()).isZero(); // an empty cell is 0
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(() -> reader.read(DIR.resolve("missing-columns.csv")))
                .isInstanceOf(AcledCsvException.class)
                .hasMessageContaining("missing-columns.csv")
                .hasMessageContaining("missing columns sub_event_type, actor1, inter1");
    }

    @Test
    void aBrokenQuoteIsAMalformedFile() {
        assertThatThrownBy(() -> reader.read(DIR.resolve("broken-quote.csv")))
                .isInstanceOf(AcledCsvException.class)
                .hasMessageContaining("broken-quote.csv")
                .hasMessageContaining("malformed CSV");
    }

    @Test
    void aLineWithTooFewFieldsIsSkippedWithItsLine() {
        AcledFile read = reader.read(DIR.resolve("short-line.csv"));
        assertThat(read.rows()).isEmpty();
        assertThat(read.skipped()).containsExactly(new AcledFile.Skipped(2, "10 fields, the header has 17"));
    }

    @Test
    void malformedRowsAreSkippedWithTheirLineAndReasonAndTheRestAreRead() {
        AcledFile read = reader.read(DIR.resolve("mixed-rows.csv"));
        assertThat(read.rows()).extracting(AcledRow::id).containsExactly("MIX1", "MIX7");
        assertThat(read.rows()).extracting(AcledRow::line).containsExactly(2, 8);
        assertThat(read.skipped()).containsExactly(
                new AcledFile.Skipped(3, "10 fields, the header has 17"),
                new AcledFile.Skipped(4, "event_date 'the week after' is not a date in a form ACLED has used"),
                new AcledFile.Skipped(5, "no notes to read"),
                new AcledFile.Skipped(6, "latitude 'south' is not a number"),
                new AcledFile.Skipped(7, "fatalities 'many' is not a whole number"));
    }

    @Test
    void theCodedSamplesRowWithoutNotesIsReportedAsSkipped() {
        assertThat(reader.read(DIR.resolve("coded-sample.csv")).skipped())
                .containsExactly(new AcledFile.Skipped(6, "no notes to read"));
    }

    @Test
    void aRowOverSeveralLinesIsNamedByTheLineItEndsOn() throws Exception {
        String csv = String.join(",", AcledCsvReader.COLUMNS) + "\n"
                + "someday,Battles,Armed clash,A,1,B,2,Chad,Lac,,,Bol,13.4,14.7,\"Soldiers clashed near Bol.\nTwo died.\",2\n"
                + "2021-01-04,Battles,Armed clash,A,1,B,2,Chad,Lac,,,Bol,13.4,14.7,\"Soldiers clashed near Bol again.\",0\n";
        AcledFile read = reader.read(new StringReader(csv), "multi.csv");
        assertThat(read.skipped()).extracting(AcledFile.Skipped::line).containsExactly(3L);
        assertThat(read.rows()).extracting(AcledRow::line).containsExactly(4);
    }

    @Test
    void aRowThatIsNotUtf8IsSkippedByLineAndTheOthersRead(@TempDir Path tmp) throws Exception {
        String row = "2021-01-0%d,Battles,Armed clash,A,1,B,2,Chad,Lac,,,Bol,13.4,14.7,\"%s\",0\n";
        byte[] latin1 = String.format(row, 5, "Soldiers clashed near the caf\u00e9 in Bol.").getBytes(StandardCharsets.ISO_8859_1);
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        csv.writeBytes((String.join(",", AcledCsvReader.COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8));
        csv.writeBytes(String.format(row, 4, "Soldiers clashed near Bol on Monday.").getBytes(StandardCharsets.UTF_8));
        csv.writeBytes(latin1);
        csv.writeBytes(String.format(row, 6, "Traders in Bol said the caf\u00e9 reopened.\r\nNo one was hurt.")
                .getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(tmp.resolve("latin1.csv"), csv.toByteArray());
        AcledFile read = reader.read(file);
        assertThat(read.rows()).extracting(AcledRow::line).containsExactly(2, 5);
        assertThat(read.rows()).extracting(AcledRow::notes).noneMatch(n -> n.contains("\uFFFD"));
        assertThat(read.skipped()).containsExactly(new AcledFile.Skipped(3, "line 3 is not UTF-8 (a byte that is not "
                + "part of a UTF-8 character); save the file as UTF-8 text"));

        Path header = Files.write(tmp.resolve("header.csv"), csv.toString(StandardCharsets.UTF_8)
                .replace("event_date", "\u00e9vent_date").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> reader.read(header)).isInstanceOf(AcledCsvException.class)
                .hasMessageContaining("header.csv: the header line is not UTF-8");
    }

    @Test
    void anEmptyOrAbsentFileIsAClearError() {
        assertThatThrownBy(() -> reader.read(DIR.resolve("empty.csv")))
                .hasMessageContaining("empty.csv: empty file");
        assertThatThrownBy(() -> reader.read(DIR.resolve("no-such.csv")))
                .hasMessageContaining("no-such.csv: no such file");
        assertThatThrownBy(() -> reader.read(new StringReader(String.join(",", AcledCsvReader.COLUMNS) + "\n"), "header-only.csv"))
                .hasMessageContaining("header-only.csv: no rows after the header line");
    }

    @Test
    void aBinaryFileIsNamedAsBinaryNotAsMissingColumns(@TempDir Path tmp) throws Exception {
        Path zip = tmp.resolve("export.xlsx");
        Files.write(zip, new byte[]{'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0});
        assertThatThrownBy(() -> reader.read(zip)).isInstanceOf(AcledCsvException.class)
                .hasMessageContaining("export.xlsx: binary file (NUL byte at byte offset 5)");
        Path utf16 = tmp.resolve("utf16.csv");
        Files.write(utf16, new byte[]{(byte) 0xFF, (byte) 0xFE, 'e', 0, 'v', 0});
        assertThatThrownBy(() -> reader.read(utf16)).hasMessageContaining("utf16.csv: UTF-16 encoded file");
    }

    @Test
    void aNumberCellThatIsNoNumberSkipsItsRow() throws Exception {
        String csv = String.join(",", AcledCsvReader.COLUMNS) + "\n"
                + "2021-01-02,Battles,Armed clash,A,1,B,2,Chad,Lac,,,Bol,north,14.7,\"Soldiers clashed near Bol.\",0\n";
        assertThat(reader.read(new StringReader(csv), "words.csv").skipped())
                .containsExactly(new AcledFile.Skipped(2, "latitude 'north' is not a number"));
    }
}
