// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.report.Fixtures.DAMASCUS;
import static org.sitrep.report.Fixtures.DOUMA;
import static org.sitrep.report.Fixtures.IDLIB;
import static org.sitrep.report.Fixtures.MOSUL;
import static org.sitrep.report.Fixtures.atLeast;
import static org.sitrep.report.Fixtures.event;
import static org.sitrep.report.Fixtures.exact;
import static org.sitrep.report.Fixtures.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.OutletFraming;
import org.sitrep.model.Place;
import org.sitrep.model.Status;

class SituationReportTest {
    /** Two outlets disagree: 40 and 48 killed; the event's chosen count is the conservative 40. */
    private static final Event STRIKE = event("strike").on("2018-04-07").at(DOUMA).count(CountRole.FATALITIES, atLeast(40))
            .count(CountRole.INJURED, exact(70))
            .account(source("reuters-1", "Reuters", "At least 40 people were killed.", "Syrian Observatory"), CountRole.FATALITIES, atLeast(40))
            .account(source("sana-1", "SANA", "48 people were killed."), CountRole.FATALITIES, exact(48))
            .dispute("fatalities: at least 40 (Reuters, citing Syrian Observatory) vs 48 (SANA)").build();
    private static final Event SHELLING = event("shelling").on("2018-04-02").at(DAMASCUS).count(CountRole.FATALITIES, exact(4))
            .count(CountRole.INJURED, Count.vague("several people")).source(source("sana-2", "SANA", "Four were killed.")).build();
    private static final Event CLASH = event("clash").on("2018-04-03").at(DOUMA).type("Battles", "Armed clash")
            .count(CountRole.FATALITIES, Count.vague("dozens")).source(source("reuters-2", "Reuters", "Dozens died in clashes.")).build();
    private static final Event TOLL = event("toll").date(new EventDate(LocalDate.parse("2018-02-18"),
                    LocalDate.parse("2018-04-07"), org.sitrep.model.DatePrecision.RANGE, "since February 18", org.sitrep.model.DateBasis.TEXT))
            .at(DOUMA).aggregate().count(CountRole.FATALITIES, new Count(1600L, org.sitrep.model.Qualifier.MORE_THAN, "more than 1,600"))
            .source(source("reuters-1", "Reuters", "More than 1,600 have been killed since February 18.")).build();
    private static final Event EVACUATION = event("evac").on("2018-04-08").type("Humanitarian", "Evacuation")
            .at(DOUMA).from(DOUMA).to(IDLIB).count(CountRole.DISPLACED, exact(1500))
            .source(source("sana-3", "SANA", "1,500 left Douma for Idlib.")).build();
    private static final Event FLIGHT = event("flight").on("2018-04-05").type("Humanitarian", "Flight")
            .at(DOUMA).from(DOUMA).count(CountRole.DISPLACED, Count.vague("thousands"))
            .source(source("reuters-2", "Reuters", "Thousands fled Douma.")).build();
    private static final Event DEAL = event("deal").on("2018-04-08").type("Strategic developments", "Agreement")
            .status(Status.PLANNED).at(DOUMA).actors("Jaish al-Islam", "Military Forces of Russia")
            .source(source("sana-3", "SANA", "A deal was reached.")).build();
    private static final Event UNDATED = event("undated").date(EventDate.unknown("one night")).at(DOUMA)
            .count(CountRole.FATALITIES, exact(9)).source(source("anon-1", null, "Nine died one night.")).build();
    private static final Event ELSEWHERE = event("mosul").on("2018-04-07").at(MOSUL).count(CountRole.FATALITIES, exact(100))
            .source(source("ap-1", "AP", "100 died in Mosul.")).build();
    private static final Event LATER = event("later").on("2018-05-20").at(DOUMA).count(CountRole.FATALITIES, exact(1000))
            .source(source("reuters-9", "Reuters", "1,000 died.")).build();

    private static final List<Event> ALL = List.of(STRIKE, SHELLING, CLASH, TOLL, EVACUATION, FLIGHT, DEAL, UNDATED,
            ELSEWHERE, LATER);
    private static final List<OutletFraming> FRAMING = List.of(
            new OutletFraming("SANA", 3, Map.of("Jaish al-Islam", List.of("terrorists", "Takfiri militants"))),
            new OutletFraming("Reuters", 2, Map.of("Jaish al-Islam", List.of("rebels"))),
            new OutletFraming("AP", 1, Map.of("Islamic State", List.of("militants"))));
    private static final Map<String, String> INFERRED = Map.of(
            "anon-1", "2018-04-07 (not before; from sana-1)", "ap-1", "2018-04-06 (not before; from x)");
    private static final ReportScope SYRIA_APRIL = new ReportScope("syria", LocalDate.parse("2018-04-01"), LocalDate.parse("2018-04-30"));

    private static SituationReport report(ReportScope scope) {
        return Reports.situationReport(ALL, scope, FRAMING, INFERRED);
    }

    private static String section(String md, String heading) {
        String rest = md.substring(md.indexOf("## " + heading));
        int next = rest.indexOf("\n## ", 3);
        return next < 0 ? rest : rest.substring(0, next);
    }

    @Test
    void theHeaderNamesRegionPeriodAndCounts() {
        String md = report(SYRIA_APRIL).markdown();
        assertThat(md).startsWith("# Situation report: syria, 2018-04-01 to 2018-04-30")
                .contains("- Events: 8 (7 dated, 1 undated)")
                .contains("- Articles: 6")       // reuters-1, sana-1, sana-2, reuters-2, sana-3, anon-1
                .contains("- Outlets: 3");      // Reuters, SANA, anon-1 (no outlet)
    }

    @Test
    void theRegionMatchesNameAliasAdmin1AndCountryIgnoringCaseAndDiacritics() {
        for (String region : List.of("DOUMA", "duma", "Dúmá", "rif dimashq", "Syria")) {
            assertThat(Reports.select(ALL, new ReportScope(region, null, null))).as(region)
                    .extracting(Event::id).contains("strike", "undated").doesNotContain("mosul");
        }
        assertThat(Reports.select(ALL, new ReportScope("Idlib", null, null))).extracting(Event::id)
                .containsExactly("evac");   // the evacuation's destination
        assertThat(Reports.select(ALL, new ReportScope("Nineveh", null, null))).extracting(Event::id)
                .containsExactly("mosul");
    }

    @Test
    void theRegionFindsAnAdmin1SpelledAsTheReportSpellsItByTheGazetteersNameAndCodeToo() {
        Place butembo = new Place("Butembo", "DR Congo", "CD", "Nord-Kivu", "CD.11", null, 0.14, 29.29, 1, List.of(),
                null, "Butembo");
        Event raid = event("raid").on("2020-03-14").at(butembo).source(source("radio-1", "Radio", "Gunmen raided a market."))
                .build();
        for (String region : List.of("Nord-Kivu", "NORD-KIVU", "North Kivu", "CD.11")) {
            assertThat(Reports.select(List.of(raid, ELSEWHERE), new ReportScope(region, null, null))).as(region)
                    .extracting(Event::id).containsExactly("raid");
        }
        assertThat(Reports.select(List.of(raid), new ReportScope("South Kivu", null, null))).isEmpty();
    }

    @Test
    void thePeriodKeepsOverlappingEventsAndListsUndatedOnesApart() {
        ReportScope earlyApril = new ReportScope("Douma", LocalDate.parse("2018-04-01"), LocalDate.parse("2018-04-04"));
        assertThat(Reports.select(ALL, earlyApril)).extracting(Event::id)
                .containsExactly("toll", "clash", "undated");   // the toll's range overlaps; undated kept, last
        String md = Reports.situationReport(ALL, earlyApril, FRAMING, INFERRED).markdown();
        assertThat(section(md, "Undated events")).contains("undated (\"one night\")").contains("killed: 9");
        assertThat(section(md, "Killed")).startsWith("## Killed").doesNotContain("9 ");
        assertThat(md).doesNotContain("Nine died").doesNotContain("2018-05-20");
    }

    @Test
    void totalsAddChosenCountsAndRangesAcrossSources() {
        String totals = section(report(SYRIA_APRIL).markdown(), "Killed");
        // strike 40 (range 40–48) + shelling 4; the clash's "dozens" is quoted, the toll and undated event left out
        assertThat(totals).contains("- killed: 44 (range 44–52 across sources; 1 event with a vague count: 'dozens' (vague: at least 12))")
                .contains("- injured: 70 (range 70–70 across sources; 1 event with a vague count: 'several people' (vague: no number))")
                .contains("- displaced: 1,500 (range 1,500–1,500 across sources; 1 event with a vague count: 'thousands' (vague: at least 1,000))");
    }

    @Test
    void oneEventReportedAsFortyAndFortyEightContributesFortyWithThatRange() {
        String md = Reports.situationReport(List.of(STRIKE), ReportScope.all(), List.of(), Map.of()).markdown();
        assertThat(md).contains("- killed: 40 (range 40–48 across sources)");
    }

    @Test
    void plannedAndDeniedEventsAreNotAdded() {
        Event planned = event("p").on("2018-04-09").type("Humanitarian", "Evacuation").status(Status.PLANNED)
                .at(DOUMA).from(DOUMA).count(CountRole.DISPLACED, exact(5000)).source(source("s", "SANA", "5,000 are to leave.")).build();
        Event denied = event("d").on("2018-04-09").status(Status.DENIED).at(DOUMA).count(CountRole.FATALITIES, exact(7))
                .source(source("s", "SANA", "The army denied killing seven.")).build();
        String md = Reports.situationReport(List.of(planned, denied), ReportScope.all(), List.of(), Map.of()).markdown();
        assertThat(md).contains("- killed: 0 (range 0–0 across sources)").contains("- displaced: 0 (range 0–0")
                .contains("| 2018-04-09 | Evacuation | Douma, Rif Dimashq, Syria | unknown | displaced: 5,000 | planned | SANA |");
    }

    @Test
    void aggregatesAreListedApartAndNotAdded() {
        String md = report(SYRIA_APRIL).markdown();
        assertThat(section(md, "Killed")).contains("### Reported cumulative totals")
                .contains("- 2018-02-18–2018-04-07 (range) — ").contains("killed: more than 1,600")
                .doesNotContain("killed: 1,6");
    }

    @Test
    void displacementFlowsShowBothEndsOrUnknown() {
        String flows = section(report(SYRIA_APRIL).markdown(), "Displacement");
        assertThat(flows).contains("| 2018-04-08 | Evacuation | Douma, Rif Dimashq, Syria | Idlib, Syria | displaced: 1,500 | occurred | SANA |")
                .contains("| 2018-04-05 | Flight | Douma, Rif Dimashq, Syria | unknown | displaced: thousands (vague: at least 1,000) |");
        assertThat(flows.indexOf("Flight")).isLessThan(flows.indexOf("Evacuation"));
    }

    @Test
    void theDisplacementTableTakesTheOntologysMovementsNotOtherHumanitarianEvents() {
        Event back = event("r").on("2018-04-10").type("Humanitarian", "Return").at(DOUMA)
                .count(CountRole.DISPLACED, exact(300)).source(source("s", "SANA", "Some 300 families went home.")).build();
        Event access = event("a").on("2018-04-10").type("Humanitarian", "Humanitarian access").at(DOUMA)
                .source(source("s", "SANA", "A convoy of twelve lorries reached the town.")).build();
        String flows = section(Reports.situationReport(List.of(back, access), ReportScope.all(), List.of(), Map.of())
                .markdown(), "Displacement");
        assertThat(flows).contains("| 2018-04-10 | Return | unknown | unknown | displaced: 300 | occurred | SANA |")
                .doesNotContain("access");
    }

    @Test
    void agreementsShowStatusDatePartiesAndPlace() {
        assertThat(section(report(SYRIA_APRIL).markdown(), "Agreements")).contains(
                "| 2018-04-08 | planned | Jaish al-Islam and Military Forces of Russia | Douma, Rif Dimashq, Syria | SANA |");
    }

    @Test
    void everyDisputeIsShownWithItsEvent() {
        assertThat(section(report(SYRIA_APRIL).markdown(), "Open disagreements")).contains(
                "| 2018-04-07 Air/drone strike, Douma, Rif Dimashq, Syria | fatalities: at least 40 (Reuters, citing Syrian Observatory) vs 48 (SANA) |");
    }

    @Test
    void coverageCountsArticlesEventsAndDatesPerOutlet() {
        String coverage = section(report(SYRIA_APRIL).markdown(), "Coverage by outlet");
        assertThat(coverage).contains("| Reuters | 2 | 4 | 2018-02-18 | 2018-04-07 |")   // strike, clash, toll, flight
                .contains("| SANA | 3 | 4 | 2018-04-02 | 2018-04-08 |")                   // strike, shelling, evac, deal
                .contains("| anon-1 | 1 | 1 | undated | undated |")
                .doesNotContain("| AP |");
    }

    @Test
    void framingIsShownPerOutletAsLanguageNotJudgement() {
        String framing = section(report(SYRIA_APRIL).markdown(), "Framing");
        assertThat(framing).contains("| SANA | Jaish al-Islam | terrorists, Takfiri militants |")
                .contains("| Reuters | Jaish al-Islam | rebels |")
                .contains("This describes language; it is not a judgement")
                .doesNotContain("Islamic State");   // AP reports nothing in scope
    }

    @Test
    void inferredArticleDatesAreListedWithTheirEvidence() {
        assertThat(section(report(SYRIA_APRIL).markdown(), "Undated articles")).contains(
                "| anon-1 | 2018-04-07 (not before; from sana-1) |").doesNotContain("ap-1");
    }

    @Test
    void emptySectionsSaySo() {
        String md = Reports.situationReport(List.of(), ReportScope.all(), null, null).markdown();
        assertThat(md).contains("- killed: 0 (range 0–0 across sources)").contains("## Agreements\n\nNone in scope.");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> new ReportScope(null, LocalDate.parse("2018-05-01"), LocalDate.parse("2018-04-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "<img src=x onerror=alert(1)>";

    /** Article text everywhere it can reach the page: place, outlet, sentence, actors, dispute, framing, inferred date. */
    private static SituationReport hostile() {
        String doc = "doc" + SCRIPT;
        Event e = event("h").on("2018-04-07").type("Strategic developments", "Agreement")
                .at(Fixtures.place("Douma" + SCRIPT, IMG, "Syria", IMG)).actors(SCRIPT, IMG)
                .count(CountRole.FATALITIES, Count.vague("several " + IMG))
                .account(source(doc, "Outlet " + IMG, "Sentence " + SCRIPT, "Spokesman " + IMG), CountRole.FATALITIES, Count.vague(SCRIPT))
                .dispute("fatalities: " + SCRIPT + " vs " + IMG).build();
        Event flight = event("f").on("2018-04-08").type("Humanitarian", "Flight").at(e.location()).from(e.location())
                .to(Fixtures.place(IMG, SCRIPT, "Syria")).source(source(doc, "Outlet " + IMG, SCRIPT)).build();
        Event undated = event("u").date(EventDate.unknown(SCRIPT)).at(e.location()).source(source(doc, IMG, IMG)).build();
        return Reports.situationReport(List.of(e, flight, undated), new ReportScope("syria", null, null),
                List.of(new OutletFraming("Outlet " + IMG, 1, Map.of(SCRIPT, List.of(IMG, SCRIPT)))),
                Map.of(doc, "2018-04-07 (not before; from " + IMG + ")"));
    }

    @Test
    void allArticleTextIsEscapedInTheHtml() {
        String html = hostile().html();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain(SCRIPT).doesNotContain("<script").doesNotContain("<img").doesNotContain("onerror=alert(1)>");
        // every section with article text is present, so nothing escaped by being left out
        assertThat(html).contains("Outlet &lt;img").contains("Spokesman &lt;img").contains("Douma&lt;script&gt;")
                .contains("<td>fatalities: &lt;script&gt;").contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>")
                .contains("undated (&quot;&lt;script&gt;");
    }

    @Test
    void allArticleTextIsEscapedInTheMarkdown() {
        String md = hostile().markdown();
        // only backslash-escaped brackets, which CommonMark shows as text
        assertThat(md).doesNotContainPattern("(?<!\\\\)<(script|img)").contains("\\<script\\>alert(1)\\</script\\>");
    }

    @Test
    void articleTextCannotStartAHeadingListOrRuleInTheMarkdown() {
        assertThat(Doc.md("# Breaking")).isEqualTo("\\# Breaking");
        assertThat(Doc.md("  - a list")).isEqualTo("  \\- a list");
        assertThat(Doc.md("+ plus")).isEqualTo("\\+ plus");
        assertThat(Doc.md("===")).isEqualTo("\\===");
        assertThat(Doc.md("12. twelve")).isEqualTo("12\\. twelve");
        assertThat(Doc.md("3) three")).isEqualTo("3\\) three");
        // inside the text the same characters are left as they are
        assertThat(Doc.md("2018-04-07 - 12. # x = y + z")).isEqualTo("2018-04-07 - 12. # x = y + z");
        String md = new Doc("T").bullets(List.of("# not a heading"), "none").para("1. not a list").markdown();
        assertThat(md).contains("- \\# not a heading\n").contains("1\\. not a list\n");
    }

    @Test
    void entityReferencesAndStrikeThroughInArticleTextStayText() {
        // "&lt;b&gt;" must show as written, not as "<b>"; "~~x~~" must not strike anything through
        assertThat(Doc.md("Tom &lt;b&gt; & Jerry")).isEqualTo("Tom \\&lt;b\\&gt; \\& Jerry");
        assertThat(Doc.md("~~struck~~")).isEqualTo("\\~\\~struck\\~\\~");
        assertThat(Doc.esc("&lt;b&gt;")).isEqualTo("&amp;lt;b&amp;gt;");
    }

    @Test
    void theHtmlIsOneSelfContainedPage() {
        String html = report(SYRIA_APRIL).html();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">").contains("<style>")
                .contains("<table>").contains("<th>outlet</th>").endsWith("</html>\n")
                .doesNotContain("http://").doesNotContain("https://").doesNotContain("<link")
                .doesNotContain("<script").doesNotContain("src=").doesNotContain("@import").doesNotContain("url(");
    }
}
