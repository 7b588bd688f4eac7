package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fuse.OutletReports.article;
import static org.sitrep.fuse.OutletReports.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CountRole;
import org.sitrep.model.Dispute;
import org.sitrep.model.Event;
import org.sitrep.model.Explanation;
import org.sitrep.model.Status;
import org.sitrep.pipeline.PipelineResult;
import org.sitrep.pipeline.TestPipeline;
import org.sitrep.store.EventJson;
import org.sitrep.store.EventReader;

/** Cross-outlet fusion on articles written for these tests, and on the bundled examples. */
class FusionTest {
    private static List<Event> ofSubType(PipelineResult r, String subType) {
        return r.events().stream().filter(e -> e.type().subEventType().equals(subType)).toList();
    }

    @Test
    void twoOutletsReportingOneAttackBecomeOneEventWithBothAccountsAndTheCountDisagreement() {
        PipelineResult r = run(
                article("a1", "example-wire.org", "2021-03-16",
                        "Gunmen killed 12 villagers in an attack on Kajuru in Kaduna state on Monday, police said."),
                article("a2", "daily-example.net", "2021-03-17",
                        "At least 17 people were killed when armed men attacked Kajuru on Monday, residents told reporters."));
        List<Event> attacks = ofSubType(r, "Attack");
        assertThat(attacks).hasSize(1);
        Event e = attacks.get(0);
        assertThat(e.accounts()).extracting(a -> a.outlet()).containsExactlyInAnyOrder("example-wire.org", "daily-example.net");
        assertThat(e.counts().get(CountRole.FATALITIES).value()).as("the most conservative count").isEqualTo(12);
        assertThat(e.disputes()).anyMatch(d -> d.kind().equals("count") && d.field().equals("fatalities")
                && d.summary().contains("12") && d.summary().contains("at least 17"));
        assertThat(e.date().date()).isEqualTo(LocalDate.of(2021, 3, 15));
    }

    @Test
    void eachReportSaysWhyItJoinedAndEachHeadlineValueWhichRuleChoseIt() {
        PipelineResult r = run(
                article("w1", "example-wire.org", "2021-03-16",
                        "Gunmen killed 12 villagers in an attack on Kajuru in Kaduna state on Monday, police said."),
                article("w2", "daily-example.net", "2021-03-17",
                        "At least 17 people were killed when armed men attacked Kajuru on Monday, residents told reporters."));
        Event e = ofSubType(r, "Attack").get(0);
        Explanation x = e.explanation();
        assertThat(x.reports()).extracting(Explanation.ReportJoin::mentionId)
                .containsExactlyElementsOf(e.accounts().stream().map(a -> a.mentionId()).toList());
        assertThat(x.reports()).extracting(Explanation.ReportJoin::outlet).containsExactly("example-wire.org", "daily-example.net");
        Explanation.ReportJoin founder = x.reports().get(0);
        Explanation.ReportJoin joiner = x.reports().get(1);
        assertThat(founder.how()).startsWith("founds the event");
        assertThat(founder.features()).isEmpty();
        assertThat(joiner.how()).isEqualTo("joins as a direct report");
        assertThat(joiner.features()).contains("same town", "same day", "same sub-event type");
        // the typed explanation and the notes say the same
        assertThat(e.notes()).contains("report daily-example.net: joins as a direct report: " + String.join(", ", joiner.features()));
        assertThat(x.headline()).extracting(Explanation.HeadlineRule::field).startsWith("type", "date", "location").contains("fatalities");
        Explanation.HeadlineRule date = x.headline().get(1);
        assertThat(date.value()).isEqualTo("2021-03-15");
        assertThat(date.rule()).isEqualTo("the most precise date among 2 direct reports, read from \"Monday\"");
        Explanation.HeadlineRule killed = x.headline().stream().filter(h -> h.field().equals("fatalities")).findFirst().orElseThrow();
        assertThat(killed.value()).isEqualTo("12");
        assertThat(killed.rule()).contains("range across outlets");
        assertThat(e.notes()).contains("fatalities: 12: " + killed.rule());
        // events.jsonl and the store keep it
        assertThat(EventReader.read(EventJson.event(e)).explanation()).isEqualTo(x);
    }

    @Test
    void twoDifferentEventsOnOneDayInOneTownStayApart() {
        PipelineResult r = run(
                article("b1", "example-wire.org", "2020-06-16",
                        "An air strike hit a market in Maiduguri on Monday, killing 5 traders, officials said."),
                article("b2", "daily-example.net", "2020-06-16",
                        "Hundreds of students marched peacefully through Maiduguri on Monday to demand better security."),
                article("b3", "third-example.com", "2020-06-16",
                        "Boko Haram fighters attacked a police post in Maiduguri on Monday, killing 300 officers, the governor said."));
        assertThat(r.events().stream().filter(e -> e.location() != null && e.location().name().equals("Maiduguri")))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(ofSubType(r, "Air/drone strike")).hasSize(1).allMatch(e -> e.accounts().size() == 1);
        assertThat(ofSubType(r, "Peaceful protest")).hasSize(1);
    }

    @Test
    void aDenialByTheAccusedGroupIsADisputeWithBothSides() {
        PipelineResult r = run(
                article("c1", "state-example.sy", "2019-05-06",
                        "Rebel rockets hit a residential district of Aleppo on Sunday, killing 6 civilians, the state news agency reported."),
                article("c2", "monitor-example.org", "2019-05-07",
                        "Rockets struck Aleppo on Sunday, killing 6 people. The rebel group denied firing the rockets."));
        Event e = ofSubType(r, "Shelling/artillery/missile attack").get(0);
        assertThat(e.accounts()).hasSize(2);
        assertThat(e.status()).isEqualTo(Status.DISPUTED);
        assertThat(e.disputes()).extracting(Dispute::kind).contains("denial");
    }

    @Test
    void aFirstBatchIsNotAContradictionOfATotal() {
        PipelineResult r = run(
                article("d1", "example-wire.org", "2023-08-18",
                        "Around 7,500 people were bused out of Kadugli on Thursday, according to the army."),
                article("d2", "daily-example.net", "2023-08-18",
                        "A first batch of 1,580 people was bused out of Kadugli on Thursday, state television reported."));
        Event e = ofSubType(r, "Evacuation").get(0);
        assertThat(e.accounts()).hasSize(2);
        assertThat(e.disputes()).noneMatch(d -> d.kind().equals("count"));
        assertThat(e.counts().get(CountRole.DISPLACED).value()).as("the batch is not the whole").isEqualTo(7500);
        assertThat(e.notes()).anyMatch(n -> n.startsWith("displaced side by side: 1,580 (daily-example.net) (one batch"));
    }

    @Test
    void theExampleShellingOfElFasherBecomesOneEventWithBothAccountsAndTheDenial() {
        PipelineResult r = TestPipeline.get().run(List.of(Path.of("examples/articles")));
        List<Event> shelling = r.events().stream()
                .filter(e -> e.type().subEventType().startsWith("Shelling") && !e.aggregate()
                        && e.location() != null && e.location().name().equals("El Fasher"))
                .toList();
        assertThat(shelling).hasSize(1);
        Event e = shelling.get(0);
        assertThat(e.accounts()).extracting(a -> a.docId().substring(0, 3)).containsExactlyInAnyOrder("001", "002");
        assertThat(e.accounts()).anyMatch(a -> a.counts().get(CountRole.FATALITIES) != null
                && a.counts().get(CountRole.FATALITIES).value() == null && a.counts().get(CountRole.FATALITIES).text().contains("several"));
        assertThat(e.accounts()).anyMatch(a -> a.counts().get(CountRole.FATALITIES) != null
                && Long.valueOf(4).equals(a.counts().get(CountRole.FATALITIES).value()));
        assertThat(e.status()).isEqualTo(Status.DISPUTED);
        assertThat(e.date().date()).as("the undated account is placed by the dated one").isEqualTo(java.time.LocalDate.of(2025, 6, 11));
        assertThat(e.deniedBy()).extracting(org.sitrep.model.Actor::name).contains("Rapid Support Forces");
        assertThat(e.disputes()).anyMatch(d -> d.kind().equals("denial")
                && d.summary().contains("denied by a Rapid Support Forces spokesman ("));
    }
}
