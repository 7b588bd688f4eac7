package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.CountRole;
import org.sitrep.model.Place;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Source;
import org.sitrep.model.Status;

class AcledCsvTest {
    private static CSVRecord row(Map<CountRole, Count> counts) throws Exception {
        Event e = new Event("ev-1", new EventType("Violence against civilians", "Attack"), Status.OCCURRED, false,
                new EventDate(LocalDate.of(2020, 1, 2), null, DatePrecision.DAY, "Thursday", org.sitrep.model.DateBasis.TEXT),
                null, null, null, null, null, counts,
                List.of(new Source("d1", "example.org", null, "Gunmen killed dozens of villagers.", 0, 34, List.of())),
                List.of(), List.of("m1"), List.of(), List.of(), List.of());
        StringWriter w = new StringWriter();
        AcledCsv.write(List.of(e), w);
        try (CSVParser p = CSVParser.parse(w.toString(), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return p.getRecords().get(0);
        }
    }

    @Test
    void vagueWordsWithAMagnitudeGiveItsLowerBoundAndOthersNoNumber() throws Exception {
        CSVRecord r = row(Map.of(CountRole.FATALITIES, Count.vague("dozens of villagers"), CountRole.INJURED, Count.vague("several people"),
                CountRole.DISPLACED, Count.vague("large numbers of families")));
        assertThat(r.get("fatalities")).isEqualTo("12");
        assertThat(r.get("fatalities_qualifier")).isEqualTo("vague");
        assertThat(r.get("fatalities_text")).isEqualTo("dozens of villagers");
        assertThat(r.get("injured")).as("'several' names no magnitude: no number").isEmpty();
        assertThat(r.get("displaced")).as("never 'large numbers' -> 3").isEmpty();
    }

    @Test
    void theVagueCountPolicyReadsTheMagnitudeWord() {
        assertThat(VagueCounts.lowerBound(Count.vague("tens of thousands of people"))).isEqualTo(10_000L);
        assertThat(VagueCounts.lowerBound(Count.vague("hundreds of families"))).isEqualTo(100L);
        assertThat(VagueCounts.lowerBound(Count.vague("scores of protesters"))).isEqualTo(40L);
        assertThat(VagueCounts.lowerBound(Count.vague("several thousands of residents"))).isEqualTo(1000L);
        assertThat(VagueCounts.lowerBound(Count.vague("many civilians"))).isNull();
        assertThat(VagueCounts.lowerBound(Count.vague("an unknown number of fighters"))).isNull();
        assertThat(VagueCounts.lowerBound(new Count(5L, Qualifier.EXACT, "five people"))).isNull();
        assertThat(VagueCounts.figure(new Count(5L, Qualifier.AT_LEAST, "at least five people"))).isEqualTo(5L);
        assertThat(VagueCounts.figure(Count.vague("dozens"))).isEqualTo(12L);
        assertThat(VagueCounts.figure(null)).isNull();
    }

    @Test
    void numbersAreReportedAsGivenAndMissingCountsAsZero() throws Exception {
        CSVRecord r = row(Map.of(CountRole.FATALITIES, new Count(40L, Qualifier.AT_LEAST, "at least 40 civilians")));
        assertThat(r.get("fatalities")).isEqualTo("40");
        assertThat(r.get("fatalities_qualifier")).isEqualTo("at_least");
        assertThat(r.get("displaced")).isEqualTo("0");
        assertThat(r.get("event_date")).isEqualTo("2020-01-02");
        assertThat(r.get("source")).isEqualTo("example.org");
    }

    @Test
    void aDisputedEventCarriesBothSidesOfEachDisagreementAndTheNamedDeniers() throws Exception {
        Event e = new Event("ev-2", new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack"),
                Status.DISPUTED, false,
                new EventDate(LocalDate.of(2026, 3, 2), null, DatePrecision.DAY, "Monday", org.sitrep.model.DateBasis.TEXT),
                null, null, null, null, null, Map.of(CountRole.FATALITIES, new Count(13L, Qualifier.AT_LEAST, "at least 13 people")),
                List.of(new Source("d2", "Lake Post", null, "Shells killed at least 13 people.", 0, 33, List.of("residents"))),
                List.of(new Actor("Hill Front", null, "a Hill Front spokesman")), List.of("m2"), List.of(),
                List.of(new org.sitrep.model.Dispute("count", "fatalities",
                                "fatalities: 6 according to police (River Radio) vs at least 13 according to residents (Lake Post)", List.of()),
                        new org.sitrep.model.Dispute("denial", "status",
                                "status: reported by residents (Lake Post) vs denied (Hill Radio)", List.of())),
                List.of());
        StringWriter w = new StringWriter();
        AcledCsv.write(List.of(e), w);
        CSVRecord r;
        try (CSVParser p = CSVParser.parse(w.toString(), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            r = p.getRecords().get(0);
        }
        assertThat(r.get("status")).isEqualTo("disputed");
        assertThat(r.get("denied_by")).isEqualTo("Hill Front");
        assertThat(r.get("disputes")).isEqualTo("fatalities: 6 according to police (River Radio) vs at least 13 according to "
                + "residents (Lake Post) | status: reported by residents (Lake Post) vs denied (Hill Radio)");
        assertThat(row(Map.of()).get("disputes")).isEmpty();
    }

    /** Columns written as numbers, where a leading minus is a sign, not a formula. */
    private static final Set<String> NUMERIC = Set.of("year", "time_precision", "latitude", "longitude", "geo_precision",
            "fatalities", "injured", "displaced");

    @Test
    void everyTextCellStartingLikeAFormulaIsMadeInert() throws Exception {
        for (String start : List.of("=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20", " =", "\n+")) {
            String evil = start + "HYPERLINK(\"http://evil.example/\",\"click\")";
            Place place = new Place(evil, evil, evil, evil, null, evil, 36.2, 37.1, 1, List.of(), null, evil);
            Event e = new Event(evil, new EventType("Protests", evil), Status.OCCURRED, false,
                    new EventDate(LocalDate.of(2020, 1, 2), null, DatePrecision.DAY, evil, org.sitrep.model.DateBasis.TEXT),
                    place, place, place, new Actor(evil, null, evil), new Actor(evil, null, evil),
                    Map.of(CountRole.FATALITIES, new Count(null, Qualifier.VAGUE, evil)),
                    List.of(new Source(evil, evil, null, evil, 0, 10, List.of(evil))),
                    List.of(new Actor(evil, null, evil)), List.of("m1"), List.of(),
                    List.of(new org.sitrep.model.Dispute("count", "fatalities", evil, List.of())), List.of(evil));
            StringWriter w = new StringWriter();
            AcledCsv.write(List.of(e), w);
            CSVRecord r;
            try (CSVParser p = CSVParser.parse(w.toString(), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
                r = p.getRecords().get(0);
            }
            int text = 0;
            for (String column : AcledCsv.HEADER) {
                String cell = r.get(column);
                if (NUMERIC.contains(column)) {
                    assertThat(cell).as(column).matches("(-?[0-9.]+)?");
                    continue;
                }
                assertThat(cell).as(column + " for a value starting with " + start).doesNotStartWith("=")
                        .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t")
                        .doesNotStartWith("\r");
                if (cell.contains("HYPERLINK")) {
                    assertThat(cell).as(column).startsWith("'" + start);
                    text++;
                }
            }
            // every column that carries text got the hostile value, and each was neutralised (the two actor type
            // columns hold a closed ActorType, which carries no article text)
            assertThat(text).isGreaterThanOrEqualTo(18);
        }
    }

    @Test
    void cellsOnlyGainAQuoteWhenTheyStartLikeAFormula() {
        assertThat(CsvCells.text("Reuters")).isEqualTo("Reuters");
        assertThat(CsvCells.text("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvCells.text("-5 killed")).isEqualTo("'-5 killed");
        assertThat(CsvCells.text("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.text("")).isEmpty();
        assertThat(CsvCells.text(null)).isNull();
        assertThat(CsvCells.cell(-12.5)).isEqualTo(-12.5);
    }

    @Test
    void fullWidthFormulaStartsAreMadeInert() {
        assertThat(CsvCells.text("\uFF1DSUM(A1:A9)")).isEqualTo("'\uFF1DSUM(A1:A9)");
        assertThat(CsvCells.text("\uFF0B1")).isEqualTo("'\uFF0B1");
        assertThat(CsvCells.text("\uFF0D1")).isEqualTo("'\uFF0D1");
        assertThat(CsvCells.text("\uFF20SUM(1)")).isEqualTo("'\uFF20SUM(1)");
        // the small forms fold to the same characters
        assertThat(CsvCells.text("\uFE66cmd")).isEqualTo("'\uFE66cmd");
    }

    @Test
    void aFormulaStartBehindLeadingWhiteSpaceIsMadeInert() {
        assertThat(CsvCells.text("  =1+2")).isEqualTo("'  =1+2");
        assertThat(CsvCells.text("\n@cmd")).isEqualTo("'\n@cmd");
        assertThat(CsvCells.text("\u00A0+7")).isEqualTo("'\u00A0+7");
        assertThat(CsvCells.text("\u3000\uFF1D1")).isEqualTo("'\u3000\uFF1D1");
        assertThat(CsvCells.text("\rplain")).isEqualTo("'\rplain");
        assertThat(CsvCells.text("\tplain")).isEqualTo("'\tplain");
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        assertThat(CsvCells.text("  Two houses burned")).isEqualTo("  Two houses burned");
        assertThat(CsvCells.text("   ")).isEqualTo("   ");
        assertThat(CsvCells.text("Lake town (north)")).isEqualTo("Lake town (north)");
        assertThat(CsvCells.text("\u5E02\u5834")).isEqualTo("\u5E02\u5834");
        assertThat(CsvCells.text("a=b")).isEqualTo("a=b");
    }
}
