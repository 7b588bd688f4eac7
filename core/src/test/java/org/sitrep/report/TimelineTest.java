// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.report.Fixtures.DOUMA;
import static org.sitrep.report.Fixtures.atLeast;
import static org.sitrep.report.Fixtures.event;
import static org.sitrep.report.Fixtures.source;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;

class TimelineTest {
    private static final Event LATE = event("late").on("2018-04-07").at(DOUMA).count(CountRole.FATALITIES, atLeast(40))
            .source(source("d1", "Reuters", "At least 40 were killed.", "Syrian Observatory for Human Rights")).build();
    private static final Event EARLY = event("early").on("2018-03-20").at(DOUMA)
            .source(source("d2", "SANA", "Shells hit Douma.")).build();
    private static final Event UNDATED = event("undated").date(EventDate.unknown("one day")).at(DOUMA)
            .source(source("d3", null, "A strike hit Douma one day.")).build();

    private static String section(String md, String heading) {
        String rest = md.substring(md.indexOf("## " + heading));
        int next = rest.indexOf("\n## ", 3);
        return next < 0 ? rest : rest.substring(0, next);
    }

    @Test
    void datedEventsAreInDateOrderAndUndatedEventsApart() {
        String md = Reports.timeline(List.of(LATE, UNDATED, EARLY));
        String dated = section(md, "Dated events");
        assertThat(dated.indexOf("2018-03-20")).isPositive().isLessThan(dated.indexOf("2018-04-07"));
        assertThat(dated).doesNotContain("one day");
        assertThat(section(md, "Undated events")).contains("undated (\"one day\")").doesNotContain("2018-");
        assertThat(md).contains("3 events: 2 dated, 1 undated.");
    }

    @Test
    void aLineHasDateTypeStatusPlaceCountsAndAttributedSources() {
        String md = Reports.timeline(List.of(LATE));
        assertThat(md).contains("- 2018-04-07 — Explosions/Remote violence / Air/drone strike — occurred — "
                + "Douma, Rif Dimashq, Syria — killed: at least 40 — sources: Reuters (citing Syrian Observatory for Human Rights)");
    }

    @Test
    void aDisputedEventShowsBothSidesOfEachDisagreement() {
        Event e = event("disp").on("2018-04-07").at(DOUMA).status(org.sitrep.model.Status.DISPUTED)
                .count(CountRole.FATALITIES, atLeast(13))
                .source(source("d8", "Lake Post", "Shells killed at least 13 people.", "residents"),
                        source("d9", "River Radio", "The group denied shelling the town."))
                .dispute("fatalities: 6 according to police (Lake Post) vs at least 13 according to residents (Lake Post)")
                .dispute("status: reported by residents (Lake Post) vs denied (River Radio)").build();
        assertThat(Reports.timeline(List.of(e))).contains("— disputed — Douma").contains(
                " — disagreements: fatalities: 6 according to police (Lake Post) vs at least 13 according to residents "
                        + "(Lake Post); status: reported by residents (Lake Post) vs denied (River Radio)");
    }

    @Test
    void anUndisputedEventHasNoDisagreementPart() {
        assertThat(Reports.timeline(List.of(LATE))).doesNotContain("disagreements");
    }

    @Test
    void theArticleIdStandsInForAnUnknownOutlet() {
        assertThat(Reports.timeline(List.of(UNDATED))).contains("sources: d3");
    }

    @Test
    void inferredDatesRangesAndPrecisionAreMarked() {
        Event inferred = event("i").date(Fixtures.inferred("2018-04-08")).at(DOUMA).source(source("d4", "X", "s")).build();
        Event month = event("m").date(Fixtures.month("2018-04-01", "2018-04-30")).at(DOUMA).source(source("d5", "X", "s")).build();
        String md = Reports.timeline(List.of(inferred, month));
        assertThat(md).contains("- 2018-04-08 (inferred) — ").contains("- 2018-04-01–2018-04-30 (month) — ");
        assertThat(md.indexOf("2018-04-01–")).isLessThan(md.indexOf("2018-04-08"));
    }

    @Test
    void vagueCountsKeepTheirWords() {
        Event e = event("v").on("2018-04-07").at(DOUMA).count(CountRole.FATALITIES, Count.vague("several"))
                .count(CountRole.INJURED, Count.vague("dozens of people")).source(source("d6", "X", "s")).build();
        assertThat(Reports.timeline(List.of(e))).contains("killed: several (vague: no number); injured: dozens of people (vague: at least 12)");
    }

    @Test
    void articleTextCannotAddMarkdownOrHtml() {
        Event e = event("x").on("2018-04-07").at(Fixtures.place("<script>alert(1)</script>", null, "Syria"))
                .source(source("d7", "[click](javascript:alert(1)) | evil", "s")).build();
        String md = Reports.timeline(List.of(e));
        assertThat(md).contains("\\<script\\>alert(1)\\</script\\>").doesNotContain("<script>")
                .contains("\\[click\\](javascript:alert(1)) \\| evil");
    }

    @Test
    void underscoresInsideWordsStayReadableOthersAreEscaped() {
        Event e = event("u").on("2018-04-07").at(DOUMA).source(source("002_1177", "_emphasis_", "s")).build();
        assertThat(Reports.timeline(List.of(e))).contains("\\_emphasis\\_").contains("sources: \\_emphasis\\_");
        Event id = event("v").on("2018-04-07").at(DOUMA).source(source("002_1177", null, "s")).build();
        assertThat(Reports.timeline(List.of(id))).contains("sources: 002_1177");
    }
}
