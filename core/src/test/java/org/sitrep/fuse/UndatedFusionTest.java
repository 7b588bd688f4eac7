package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Source;
import org.sitrep.model.Status;
import org.sitrep.pipeline.TestPipeline;

/** An undated report joins the one event it fits, and never chains events of different dates into one. */
class UndatedFusionTest {
    private static final Place ALEPPO = new Place("Aleppo", "Syria", "SY", "Aleppo", null, null, 36.2, 37.16, 1,
            List.of(), 170063L, "Aleppo");
    private static final EventType SHELLING = new EventType("Explosions/Remote violence",
            "Shelling/artillery/missile attack");

    private static EventMention report(String doc, LocalDate day, long killed) {
        EventDate date = day == null ? new EventDate(null, null, null, null, org.sitrep.model.DateBasis.NONE)
                : new EventDate(day, null, DatePrecision.DAY, "on Monday", org.sitrep.model.DateBasis.TEXT);
        return new EventMention(doc + "-m", SHELLING, Status.OCCURRED, false, date, ALEPPO, null, null, null, null,
                Map.of(CountRole.FATALITIES, new Count(killed, Qualifier.EXACT, killed + " people")),
                List.of(new Source(doc, "outlet-" + doc, null, "Shelling killed people in Aleppo.", 0, 30, List.of())),
                List.of(), "shelling", "SHELL");
    }

    private static List<Event> fuse(EventMention... mentions) {
        return TestPipeline.get().fuser().events(List.of(mentions));
    }

    @Test
    void anUndatedReportJoinsTheOneEventItFits() {
        List<Event> events = fuse(report("a", LocalDate.of(2016, 3, 7), 5), report("b", LocalDate.of(2016, 3, 7), 6),
                report("u", null, 5));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).mentionIds()).containsExactly("a-m", "b-m", "u-m");
    }

    @Test
    void anUndatedReportSpellingTheRegionOtherwiseStillJoinsByTheRegionsCode() {
        // one outlet writes the governorate "Dar'a", the other "Daraa": one region, one code
        Place town = new Place("Dar'a", "Syria", "SY", "Dar'a", "SY.06", null, 32.62, 36.1, 1, List.of(), 170905L, "Dar'a");
        Place region = new Place("Daraa", "Syria", "SY", "Daraa", "SY.06", null, 32.8, 36.14, 3, List.of(), null, "Daraa");
        EventMention dated = at(report("a", LocalDate.of(2016, 3, 7), 5), town);
        EventMention undated = at(report("u", null, 5), region);
        List<Event> events = fuse(dated, undated);
        assertThat(events).extracting(Event::mentionIds).containsExactly(List.of("a-m", "u-m"));
        // a region of another code, spelled alike, does not meet it
        Place elsewhere = new Place("Daraa", "Syria", "SY", "Daraa", "SY.99", null, 32.8, 36.14, 3, List.of(), null, "Daraa");
        assertThat(fuse(dated, at(report("v", null, 5), elsewhere))).hasSize(2);
    }

    private static EventMention at(EventMention m, Place p) {
        return new EventMention(m.id(), m.type(), m.status(), m.aggregate(), m.date(), p, null, null, null, null,
                m.counts(), m.sources(), List.of(), m.trigger(), m.frame());
    }

    @Test
    void anUndatedReportThatFitsEventsOfDifferentYearsStaysApartAndDoesNotChainThem() {
        List<Event> events = fuse(report("a", LocalDate.of(2016, 3, 7), 5), report("u", null, 5),
                report("b", LocalDate.of(2019, 8, 12), 6));
        assertThat(events).extracting(Event::mentionIds)
                .containsExactly(List.of("a-m"), List.of("u-m"), List.of("b-m"));
    }

    @Test
    void aChainOfDirectReportsDayByDayIsCutWhereTheEndsNoLongerFit() {
        List<Event> events = fuse(report("a", LocalDate.of(2016, 3, 7), 5), report("b", LocalDate.of(2016, 3, 8), 5),
                report("c", LocalDate.of(2016, 3, 9), 5));
        assertThat(events).extracting(Event::mentionIds).containsExactly(List.of("a-m", "b-m"), List.of("c-m"));
        assertThat(events.get(0).notes()).contains("report outlet-a: founds the event: direct report (day from date words, town)");
        assertThat(events.get(0).notes()).anyMatch(n -> n.startsWith("report outlet-b: joins as a direct report: same town"));
    }

    @Test
    void aReportDatedByPublicationThatFitsTwoEventsEquallyStaysApartAndBridgesNothing() {
        // published four days after the first event: it fits both only as a report that tells them (same town and
        // type, shared words)
        EventMention published = new EventMention("w-m", SHELLING, Status.OCCURRED, false,
                new EventDate(LocalDate.of(2016, 3, 12), null, DatePrecision.DAY, null, org.sitrep.model.DateBasis.PUBLICATION), ALEPPO, null, null,
                null, null, Map.of(), List.of(new Source("w", "outlet-w", null, "Shelling killed people in Aleppo, residents said.", 0, 48,
                        List.of())),
                List.of(), "shelling", "SHELL");
        List<Event> events = fuse(report("a", LocalDate.of(2016, 3, 8), 5), report("b", LocalDate.of(2016, 3, 11), 9),
                published);
        assertThat(events).extracting(Event::mentionIds)
                .containsExactly(List.of("a-m"), List.of("b-m"), List.of("w-m"));
    }
}
