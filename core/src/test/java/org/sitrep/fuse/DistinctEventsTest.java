package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fuse.OutletReports.article;
import static org.sitrep.fuse.OutletReports.docs;
import static org.sitrep.fuse.OutletReports.holding;
import static org.sitrep.fuse.OutletReports.run;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CountRole;
import org.sitrep.model.Event;
import org.sitrep.pipeline.PipelineResult;

/**
 * Distinct events stay apart across outlets (named calendar days that differ, towns in two provinces), while one
 * event told by several outlets in other words, tolls, spellings and date precision stays one. Articles written
 * for these tests.
 */
class DistinctEventsTest {
    @Test
    void protestsInOneCityOnThreeNamedDaysAreThreeEventsAndASecondReportJoinsItsDay() {
        PipelineResult r = run(
                article("d1", "first-wire.org", "2021-03-04",
                        "On 3 March 2021, hundreds of traders protested in Maiduguri against new market fees."),
                article("d2", "second-paper.net", "2021-03-05",
                        "On 4 March 2021, traders protested again in Maiduguri against the market fees."),
                article("d3", "third-radio.com", "2021-03-06",
                        "On 5 March 2021, traders marched in Maiduguri for a third day against the market fees."),
                article("d4", "fourth-daily.com", "2021-03-05",
                        "Hundreds of traders protested in Maiduguri on 4 March over market fees, witnesses said."));
        assertThat(holding(r, "d1")).as("3 and 4 March are two days").isNotSameAs(holding(r, "d2"));
        assertThat(holding(r, "d2")).as("4 and 5 March are two days").isNotSameAs(holding(r, "d3"));
        assertThat(docs(holding(r, "d1"))).containsExactly("d1");
        assertThat(docs(holding(r, "d2"))).containsExactlyInAnyOrder("d2", "d4");
        assertThat(docs(holding(r, "d3"))).containsExactly("d3");
    }

    @Test
    void roadBlocksOnTwoNamedRoadsOfOneCityOnOneDayAreTwoEventsAndASecondReportOfOneJoinsIt() {
        PipelineResult r = run(
                article("r1", "first-wire.org", "2021-03-04",
                        "On 3 March 2021, traders blocked the Kano road in Maiduguri against new market fees."),
                article("r2", "second-paper.net", "2021-03-04",
                        "On 3 March 2021, traders blocked the Damboa road in Maiduguri against new market fees."),
                article("r3", "third-radio.com", "2021-03-05",
                        "Angry traders blocked the Kano road in Maiduguri on 3 March over the market fees, witnesses said."));
        assertThat(holding(r, "r1")).as("two roads").isNotSameAs(holding(r, "r2"));
        assertThat(docs(holding(r, "r1"))).containsExactlyInAnyOrder("r1", "r3");
        assertThat(docs(holding(r, "r2"))).containsExactly("r2");
    }

    @Test
    void protestsOfTwoKindsOfCrowdInOneCityOnOneDayAreTwoEventsAndASecondReportOfOneJoinsIt() {
        PipelineResult r = run(
                article("k1", "first-wire.org", "2021-03-04",
                        "On 3 March 2021, hundreds of dockers protested in Maiduguri over unpaid wages."),
                article("k2", "second-paper.net", "2021-03-04",
                        "On 3 March 2021, farmers protested in Maiduguri against the price of fertiliser."),
                article("k3", "third-radio.com", "2021-03-05",
                        "Angry port workers protested in Maiduguri on 3 March over months of unpaid wages, witnesses said."));
        assertThat(holding(r, "k1")).as("dockers and farmers").isNotSameAs(holding(r, "k2"));
        assertThat(docs(holding(r, "k1"))).containsExactlyInAnyOrder("k1", "k3");
        assertThat(docs(holding(r, "k2"))).containsExactly("k2");
    }

    @Test
    void attacksOnOneDayInTwoProvincesAreTwoEvents() {
        PipelineResult r = run(
                article("p1", "first-wire.org", "2021-06-08",
                        "On 7 June 2021, gunmen attacked a village near Kajuru in Kaduna state, killing 5 people."),
                article("p2", "second-paper.net", "2021-06-08",
                        "On 7 June 2021, gunmen attacked a village near Maiduguri in Borno state, killing 5 people."));
        assertThat(holding(r, "p1")).isNotSameAs(holding(r, "p2"));
    }

    @Test
    void oneShellingToldByThreeOutletsWithOtherTollsSpellingsAndDatesIsOneEvent() {
        PipelineResult r = run(
                article("o1", "first-wire.org", "2019-05-06",
                        "On 5 May 2019, government artillery shelled the market of Daraa, killing 9 civilians, a monitor said."),
                article("o2", "second-paper.net", "2019-05-06",
                        "Shells fired by government forces hit the market in Deraa on Sunday, killing at least 11 civilians, residents said."),
                article("o3", "third-radio.com", "2019-05-07",
                        "Government artillery shelled a market in Dar'a, killing 14 civilians, medics said."));
        Event e = holding(r, "o1");
        assertThat(docs(e)).containsExactlyInAnyOrder("o1", "o2", "o3");
        assertThat(e.date().date()).isEqualTo(LocalDate.of(2019, 5, 5));
        assertThat(e.counts().get(CountRole.FATALITIES).value()).as("the lowest whole-event figure").isEqualTo(9);
    }
}
