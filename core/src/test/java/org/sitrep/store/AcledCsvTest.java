package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
    private static CSVRecord row(Map<String, Count> counts) throws Exception {
        Event e = new Event("ev-1", new EventType("Violence against civilians", "Attack"), Status.OCCURRED, false,
                new EventDate(LocalDate.of(2020, 1, 2), null, DatePrecision.DAY, "Thursday", "text"),
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
    void vagueWordsAreCountedConservativelyAndKept() throws Exception {
        CSVRecord r = row(Map.of("fatalities", Count.vague("dozens of villagers"), "injured", Count.vague("several people")));
        assertThat(r.get("fatalities")).isEqualTo("12");
        assertThat(r.get("fatalities_qualifier")).isEqualTo("vague");
        assertThat(r.get("fatalities_text")).isEqualTo("dozens of villagers");
        assertThat(r.get("injured")).isEqualTo("3");
    }

    @Test
    void numbersAreReportedAsGivenAndMissingCountsAsZero() throws Exception {
        CSVRecord r = row(Map.of("fatalities", new Count(40L, Qualifier.AT_LEAST, "at least 40 civilians")));
        assertThat(r.get("fatalities")).isEqualTo("40");
        assertThat(r.get("fatalities_qualifier")).isEqualTo("at_least");
        assertThat(r.get("displaced")).isEqualTo("0");
        assertThat(r.get("event_date")).isEqualTo("2020-01-02");
        assertThat(r.get("source")).isEqualTo("example.org");
    }
}
