package org.sitrep.store;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sitrep.model.Actor;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Dispute;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Source;

/**
 * events.csv: ACLED codebook columns, then Sitrep's extension columns. Counts follow the one vague-count
 * policy of docs/output.md ({@link VagueCounts}): "dozens" is written as its lower bound 12, "many" as an empty
 * cell, and the words are kept beside them.
 */
public final class AcledCsv {
    static final String[] HEADER = {
        "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
        "actor1", "inter1", "actor2", "inter2", "iso", "country", "admin1", "admin2", "location",
        "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
        // extension columns
        "status", "aggregate", "date_end", "date_precision", "date_text", "injured", "displaced",
        "fatalities_qualifier", "fatalities_text", "origin", "destination", "attributed_to", "denied_by",
        "doc_ids", "admin1_code", "disputes"};

    private AcledCsv() {
    }

    /**
     * A count as a CSV number: 0 when no count was reported (ACLED's convention), the value as given, a vague
     * count's lower bound when its words name a magnitude, and an empty cell when they do not (VagueCounts).
     */
    static Long number(Count c) {
        return c == null ? Long.valueOf(0) : VagueCounts.figure(c);
    }

    public static void write(List<Event> events, Writer out) throws IOException {
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).build())) {
            for (Event e : events) {
                Place l = e.location();
                Count fatal = e.counts().get(CountRole.FATALITIES);
                Source first = e.sources().isEmpty() ? null : e.sources().get(0);
                p.printRecord(safe(
                        e.id(),
                        e.date().date(),
                        e.date().date() == null ? null : e.date().date().getYear(),
                        timePrecision(e),
                        e.type().eventType(), e.type().subEventType(),
                        e.actor1() == null ? null : e.actor1().name(), e.actor1() == null || e.actor1().type() == null ? null : e.actor1().type().label(),
                        e.actor2() == null ? null : e.actor2().name(), e.actor2() == null || e.actor2().type() == null ? null : e.actor2().type().label(),
                        l == null ? null : l.countryCode(), l == null ? null : l.country(),
                        l == null ? null : l.admin1(), l == null ? null : l.admin2(), l == null ? null : l.name(),
                        l == null ? null : l.lat(), l == null ? null : l.lon(), l == null ? null : l.geoPrecision(),
                        String.join("; ", e.sources().stream().map(s -> s.outlet() == null ? s.docId() : s.outlet()).distinct().toList()),
                        first == null ? null : first.sentence(),
                        number(fatal),
                        e.status().code(), e.aggregate(), e.date().dateEnd(), e.date().precision().code(), e.date().text(),
                        number(e.counts().get(CountRole.INJURED)), number(e.counts().get(CountRole.DISPLACED)),
                        fatal == null ? null : fatal.qualifier().code(), fatal == null ? null : fatal.text(),
                        e.origin() == null ? null : e.origin().name(), e.destination() == null ? null : e.destination().name(),
                        String.join("; ", e.sources().stream().flatMap(s -> s.attributedTo().stream()).distinct().toList()),
                        String.join("; ", e.deniedBy().stream().map(Actor::name).toList()),
                        String.join("; ", e.sources().stream().map(Source::docId).distinct().toList()),
                        l == null ? null : l.admin1Code(),
                        // where outlets disagree, both sides: a denial without a named denier shows only here
                        String.join(" | ", e.disputes().stream().map(Dispute::summary).toList())));
            }
        }
    }

    /** Every text cell made inert for spreadsheets: any of them may carry article text. */
    private static Object[] safe(Object... cells) {
        Object[] out = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = CsvCells.cell(cells[i]);
        }
        return out;
    }

    /** ACLED's time_precision: 1 day, 2 within a week or range, 3 month or vaguer. */
    private static int timePrecision(Event e) {
        return switch (e.date().precision()) {
            case DAY -> 1;
            case RANGE -> 2;
            default -> 3;
        };
    }
}
