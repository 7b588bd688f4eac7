package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fuse.OutletReports.article;
import static org.sitrep.fuse.OutletReports.docs;
import static org.sitrep.fuse.OutletReports.holding;
import static org.sitrep.fuse.OutletReports.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CountRole;
import org.sitrep.model.Event;
import org.sitrep.pipeline.PipelineResult;

/**
 * One test per failure class of fusion on real coverage, on multi-outlet articles written for these
 * tests: chaining, a toll that rises, an evacuation in batches, sub-group and attacker counts, and a
 * report dated only by its publication day.
 */
class MultiOutletFusionTest {
    @Test
    void aChainOfThreeReportsWhoseEndsDisagreeIsNotOneEvent() {
        PipelineResult r = run(
                article("k1", "first-wire.org", "2021-06-08",
                        "An air strike hit Kajuru in Kaduna state on Monday, killing 4 people, police said."),
                article("k2", "second-paper.net", "2021-06-09",
                        "An air strike hit Kajuru on Tuesday, killing 5 people, residents said."),
                article("k3", "third-radio.com", "2021-06-10",
                        "An air strike hit Kajuru on Wednesday, killing 6 people, officials said."));
        Event first = holding(r, "k1", "Air/drone strike");
        Event last = holding(r, "k3", "Air/drone strike");
        assertThat(first).as("Monday's and Wednesday's strikes are two days apart").isNotSameAs(last);
        assertThat(docs(first)).doesNotContain("k3");
        assertThat(r.events().stream().filter(e -> docs(e).contains("k2") && e.type().subEventType().startsWith("Air")))
                .as("the middle report joins one of them, not both").hasSize(1);
    }

    @Test
    void aTollThatRoseOverDaysIsReportedAtItsLatestFigure() {
        PipelineResult r = run(
                article("t1", "first-wire.org", "2022-02-01",
                        "A car bomb exploded at a market in Mogadishu on Monday, killing 12 people, police said."),
                article("t2", "second-paper.net", "2022-02-02",
                        "At least 15 people were killed when a car bomb exploded at a market in Mogadishu on Monday, a doctor said."),
                article("t3", "third-radio.com", "2022-02-03",
                        "The death toll from the car bomb that exploded at a market in Mogadishu on Monday rose to 19, hospital officials said on Wednesday."));
        Event e = holding(r, "t1", "Remote explosive/landmine/IED");
        assertThat(docs(e)).containsExactlyInAnyOrder("t1", "t2", "t3");
        assertThat(e.counts().get(CountRole.FATALITIES).value()).as("the update supersedes 12 and 15").isEqualTo(19);
        assertThat(e.disputes()).noneMatch(d -> d.field().equals("fatalities"));
        assertThat(e.notes()).anyMatch(n -> n.startsWith("fatalities: 19: the updated toll 19 (third-radio.com) supersedes 2 earlier figures")
                && n.contains("range across outlets 12 to 19"));
    }

    @Test
    void anEvacuationInBatchesIsOneEventWithTheBatchesBesideTheReportedTotal() {
        PipelineResult r = run(
                article("e1", "first-wire.org", "2018-03-23",
                        "A first batch of 400 civilians was evacuated from Harasta by bus on Thursday, state media said."),
                article("e2", "second-paper.net", "2018-03-25",
                        "A second convoy carrying 650 civilians was evacuated from Harasta on Saturday, the army said."),
                article("e3", "third-radio.com", "2018-03-26",
                        "A total of 1,500 civilians have been evacuated from Harasta since Thursday, the army said on Sunday. "
                                + "Officials said about 2,000 people are expected to leave Harasta under the deal."));
        Event e = holding(r, "e1", "Evacuation");
        assertThat(docs(e)).containsExactlyInAnyOrder("e1", "e2", "e3");
        assertThat(e.counts().get(CountRole.DISPLACED).value()).as("the reported total, not a batch or the plan").isEqualTo(1500);
        assertThat(e.disputes()).noneMatch(d -> d.kind().equals("count"));
        assertThat(e.notes()).anyMatch(n -> n.startsWith("displaced side by side:") && n.contains("400 (first-wire.org) (one batch")
                && n.contains("1,500 (third-radio.com) (a running or overall total"));
    }

    @Test
    void aSubGroupAndTheAttackersAreNeverTheHeadlineToll() {
        PipelineResult r = run(
                article("s1", "first-wire.org", "2019-08-05",
                        "Gunmen attacked a church in Djibo on Sunday, killing 14 worshippers, officials said."),
                article("s2", "second-paper.net", "2019-08-05",
                        "Six children were killed when gunmen attacked a church in Djibo on Sunday, a local official said."));
        Event e = holding(r, "s1", "Attack");
        assertThat(docs(e)).containsExactlyInAnyOrder("s1", "s2");
        assertThat(e.counts().get(CountRole.FATALITIES).value()).isEqualTo(14);
        assertThat(e.disputes()).noneMatch(d -> d.field().equals("fatalities"));
        assertThat(e.notes()).anyMatch(n -> n.startsWith("fatalities: 14:") && n.contains("6 (second-paper.net) counts a sub-group"));
    }

    @Test
    void aReportDatedOnlyByItsPublicationDayJoinsTheEventItFitsBest() {
        PipelineResult r = run(
                article("p0", "first-wire.org", "2020-09-10",
                        "Militants stormed a police station in Kajuru on Wednesday, killing 7 officers, police said."),
                article("p1", "second-paper.net", "2020-09-13",
                        "Militants stormed a police station in Kajuru on Saturday, killing 3 officers, police said."),
                article("p2", "third-radio.com", "2020-09-14",
                        "Militants stormed a police station in Kajuru, killing 3 officers, police said."));
        List<Event> withP2 = r.events().stream().filter(e -> docs(e).contains("p2")).toList();
        assertThat(withP2).hasSize(1);
        assertThat(docs(withP2.get(0))).containsExactlyInAnyOrder("p1", "p2");
        assertThat(withP2.get(0).notes()).anyMatch(n -> n.startsWith("report third-radio.com: joins as weak evidence (no day from date words)")
                && n.contains("counts agree"));
    }

    @Test
    void aTollGivenAsALowerBoundJoinsTheLargerTollItDoesNotContradict() {
        PipelineResult r = run(
                article("b0", "first-wire.org", "2021-06-05",
                        "Jets bombed the market in Kajuru on 4 June, killing 150 people, officials said."),
                article("b1", "second-paper.net", "2021-06-06",
                        "At least a dozen people were killed when jets bombed the market in Kajuru on 4 June, residents said."),
                article("b2", "third-radio.com", "2021-06-06",
                        "Twelve people were killed when jets bombed the market in Kajuru on 4 June, residents said."));
        assertThat(docs(holding(r, "b1"))).as("'at least 12' fits 150").containsExactlyInAnyOrder("b0", "b1");
        assertThat(docs(holding(r, "b2"))).as("12 is more than ten times below 150").containsExactly("b2");
    }

    @Test
    void aSentenceWithoutDateWordsIsOfTheDayItsOwnArticleNamesThere() {
        PipelineResult r = run(
                article("d0", "first-wire.org", "2021-07-03",
                        "On 3 July, gunmen clashed with police in Kajuru, killing 2 people, police said."),
                article("d1", "second-paper.net", "2021-07-04",
                        "On 4 July, hundreds of shopkeepers marched in Kajuru to demand lower rents. "
                                + "Gunfire erupted and two people were killed."));
        assertThat(docs(holding(r, "d0"))).as("d1's shoot-out is of 4 July, not d0's clash of 3 July")
                .containsExactly("d0");
    }
}
