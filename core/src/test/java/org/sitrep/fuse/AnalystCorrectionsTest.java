package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AppliedCorrection;
import org.sitrep.model.Correction;
import org.sitrep.model.CorrectionKind;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Source;
import org.sitrep.model.Status;
import org.sitrep.resolve.place.Gazetteer;

/** Splits, merges and headline values of analysts, on mentions written for these tests. */
class AnalystCorrectionsTest {
    private static final EventType STRIKE = new EventType("Explosions/Remote violence", "Air/drone strike");
    private static Fuser fuser;

    private static synchronized Fuser fuser() {
        if (fuser == null) {
            fuser = new Fuser(Gazetteer.load());
        }
        return fuser;
    }

    /** A direct report of an air strike at a town on 3 May 2023 with a death toll. */
    private static EventMention strike(String doc, String outlet, String town, long geonameId, long fatalities) {
        Place p = new Place(town, "Testland", "TL", "North", null, null, 10.0, 20.0, 1, List.of(), geonameId, town);
        String sentence = "An air strike on " + town + " on Wednesday killed " + fatalities + " people, " + outlet + " said.";
        return new EventMention(doc + "-m1", STRIKE, Status.OCCURRED, false,
                new EventDate(LocalDate.of(2023, 5, 3), null, DatePrecision.DAY, "on Wednesday", DateBasis.TEXT), p,
                null, null, null, null, Map.of(CountRole.FATALITIES, new Count(fatalities, Qualifier.EXACT, fatalities + " people")),
                List.of(new Source(doc, outlet, null, sentence, 0, sentence.length(), List.of())), List.of(), "air strike", "AIR");
    }

    private static int clock;

    private static Correction correction(CorrectionKind kind, String field, String value, String... mentions) {
        clock++;
        return new Correction("cor-" + String.format("%04x", clock), kind, Arrays.asList(mentions), field, value,
                "checked against the ministry's list", "alice", Instant.parse("2026-11-29T05:00:00Z").plusSeconds(clock),
                null, null);
    }

    private static Clustering.Group group(EventMention... ms) {
        return new Clustering.Group(List.of(ms), Arrays.stream(ms).map(m -> Joined.founds("machine reason of " + m.id())).toList(),
                Arrays.stream(ms).map(m -> true).toList());
    }

    /** Each member's reason as the notes give it. */
    private static List<String> reasons(Clustering.Group g) {
        return g.joins().stream().map(Joined::text).toList();
    }

    private static List<List<String>> ids(List<Clustering.Group> groups) {
        return groups.stream().map(g -> g.members().stream().map(EventMention::id).toList()).toList();
    }

    private final EventMention a = strike("a", "first-wire.org", "Harwell", 101, 9);
    private final EventMention b = strike("b", "second-paper.net", "Harwell", 101, 11);
    private final EventMention c = strike("c", "third-radio.com", "Harwell", 101, 10);
    private final EventMention d = strike("d", "fourth-daily.com", "Ostbury", 202, 3);
    private final List<EventMention> all = List.of(a, b, c, d);

    @Test
    void aSplitReportLeavesItsEventAsAnEventOfItsOwnWithTheMachinesReasonKept() {
        Correction split = correction(CorrectionKind.SPLIT, null, null, "b-m1", "a-m1", "c-m1");
        List<Clustering.Group> out = Constraints.of(List.of(split)).apply(all, List.of(group(a, b, c), group(d)));
        assertThat(ids(out)).containsExactly(List.of("a-m1", "c-m1"), List.of("b-m1"), List.of("d-m1"));
        assertThat(reasons(out.get(1))).containsExactly("split off by " + split.signature()
                + " (checked against the ministry's list); the machine: machine reason of b-m1");
        assertThat(split.signature()).startsWith("analyst correction " + split.id() + " by alice at 2026-11-29T05:");
        assertThat(reasons(out.get(0))).containsExactly("machine reason of a-m1", "machine reason of c-m1");
    }

    @Test
    void aMergeJoinsTheGroupsOfItsMentionsAndSaysWhoMergedThem() {
        Correction merge = correction(CorrectionKind.MERGE, null, null, "a-m1", "b-m1", "d-m1");
        List<Clustering.Group> out = Constraints.of(List.of(merge)).apply(all, List.of(group(a, b), group(c), group(d)));
        assertThat(ids(out)).containsExactly(List.of("a-m1", "b-m1", "d-m1"), List.of("c-m1"));
        assertThat(reasons(out.get(0)).get(2)).startsWith("merged in by analyst correction " + merge.id() + " by alice")
                .endsWith("; the machine: machine reason of d-m1");
        assertThat(reasons(out.get(0)).get(0)).isEqualTo("machine reason of a-m1");
    }

    @Test
    void mergesSharingAMentionAreOneUnit() {
        List<Correction> cs = List.of(correction(CorrectionKind.MERGE, null, null, "a-m1", "b-m1"),
                correction(CorrectionKind.MERGE, null, null, "b-m1", "d-m1"));
        assertThat(ids(Constraints.of(cs).apply(all, List.of(group(a), group(b), group(c), group(d)))))
                .containsExactly(List.of("a-m1", "b-m1", "d-m1"), List.of("c-m1"));
    }

    @Test
    void theLaterCorrectionWins() {
        Correction split = correction(CorrectionKind.SPLIT, null, null, "a-m1", "b-m1");
        Correction merge = correction(CorrectionKind.MERGE, null, null, "a-m1", "b-m1");
        List<Clustering.Group> machine = List.of(group(a, b));
        assertThat(ids(Constraints.of(List.of(split, merge)).apply(all, machine))).containsExactly(List.of("a-m1", "b-m1"));
        Correction splitAgain = correction(CorrectionKind.SPLIT, null, null, "a-m1", "b-m1");
        assertThat(ids(Constraints.of(List.of(split, merge, splitAgain)).apply(all, machine)))
                .containsExactly(List.of("a-m1"), List.of("b-m1"));
    }

    @Test
    void aMergedUnitSplitFromAReportLeavesTogether() {
        // the machine puts d with a, b and c; the analyst merged c and d, then split c from a
        Correction merge = correction(CorrectionKind.MERGE, null, null, "c-m1", "d-m1");
        Correction split = correction(CorrectionKind.SPLIT, null, null, "c-m1", "a-m1");
        assertThat(ids(Constraints.of(List.of(merge, split)).apply(all, List.of(group(a, b, c, d)))))
                .as("splitting c takes it out of the earlier merge, so only c leaves")
                .containsExactly(List.of("a-m1", "b-m1", "d-m1"), List.of("c-m1"));
        Correction split2 = correction(CorrectionKind.SPLIT, null, null, "a-m1", "c-m1");
        Correction merge2 = correction(CorrectionKind.MERGE, null, null, "c-m1", "d-m1");
        assertThat(ids(Constraints.of(List.of(split2, merge2)).apply(all, List.of(group(a, b, c, d)))))
                .as("a leaves; the merged c and d stay").containsExactly(List.of("a-m1"), List.of("b-m1", "c-m1", "d-m1"));
    }

    @Test
    void undoneCorrectionsAreIgnored() {
        Correction split = correction(CorrectionKind.SPLIT, null, null, "b-m1", "a-m1", "c-m1")
                .undo("bob", Instant.parse("2026-11-29T06:00:00Z"));
        assertThat(Constraints.of(List.of(split)).none()).isTrue();
        List<Event> machine = fuser().events(all);
        assertThat(fuser().events(all, List.of(split))).isEqualTo(machine);
    }

    @Test
    void fusionHonoursSplitsAndMergesAndListsThemOnTheEvents() {
        List<Event> machine = fuser().events(all);
        assertThat(machine).extracting(Event::mentionIds).containsExactly(List.of("a-m1", "b-m1", "c-m1"), List.of("d-m1"));
        Correction split = correction(CorrectionKind.SPLIT, null, null, "c-m1", "a-m1", "b-m1");
        Correction merge = correction(CorrectionKind.MERGE, null, null, "a-m1", "b-m1", "d-m1");
        List<Event> out = fuser().events(all, List.of(split, merge));
        assertThat(out).extracting(Event::mentionIds).containsExactly(List.of("a-m1", "b-m1", "d-m1"), List.of("c-m1"));
        assertThat(out.get(0).corrections()).extracting(x -> x.correction().id()).containsExactly(split.id(), merge.id());
        assertThat(out.get(1).corrections()).extracting(x -> x.correction().id()).containsExactly(split.id());
        assertThat(out.get(0).notes()).anyMatch(n -> n.startsWith("report fourth-daily.com: merged in by analyst correction "
                + merge.id() + " by alice"));
    }

    @Test
    void aHeadlineValueReplacesTheMachinesAndKeepsItBeside() {
        List<Event> machine = fuser().events(all);
        assertThat(machine.get(0).counts().get(CountRole.FATALITIES).value()).isEqualTo(9L);
        Correction set = correction(CorrectionKind.SET_VALUE, "fatalities", "14", "a-m1", "b-m1", "c-m1");
        Event e = fuser().events(all, List.of(set)).get(0);
        assertThat(e.counts().get(CountRole.FATALITIES)).isEqualTo(new Count(14L, Qualifier.EXACT, "analyst: 14"));
        assertThat(e.corrections()).containsExactly(new AppliedCorrection(set, "9"));
        String machineNote = machine.get(0).notes().stream().filter(n -> n.startsWith("fatalities: ")).findFirst().orElseThrow();
        assertThat(e.notes()).contains("fatalities: 14: " + set.signature() + " (checked against the ministry's list); "
                + "the machine chose 9 (" + machineNote.substring("fatalities: ".length()) + ")");
        assertThat(e.notes()).filteredOn(n -> n.startsWith("fatalities: ")).hasSize(1);
        assertThat(e.accounts()).isEqualTo(machine.get(0).accounts());
        // the typed explanation says the same: the analyst's value, then the machine's value and rule
        String machineRule = machine.get(0).explanation().headline().stream().filter(h -> h.field().equals("fatalities"))
                .findFirst().orElseThrow().rule();
        assertThat(e.explanation().headline()).filteredOn(h -> h.field().equals("fatalities")).containsExactly(
                new org.sitrep.model.Explanation.HeadlineRule("fatalities", "14", set.signature()
                        + " (checked against the ministry's list); the machine chose 9 (" + machineRule + ")"));
        assertThat(e.explanation().reports()).isEqualTo(machine.get(0).explanation().reports());
    }

    @Test
    void theLatestValueOfAFieldWinsAndTheMachinesValueStaysTheFirst() {
        Correction first = correction(CorrectionKind.SET_VALUE, "fatalities", "14", "a-m1", "b-m1", "c-m1");
        Correction second = correction(CorrectionKind.SET_VALUE, "fatalities", "15", "a-m1", "b-m1", "c-m1");
        Event e = fuser().events(all, List.of(first, second)).get(0);
        assertThat(e.counts().get(CountRole.FATALITIES).value()).isEqualTo(15L);
        assertThat(e.corrections()).containsExactly(new AppliedCorrection(second, "9"));
    }

    @Test
    void aValueFollowsMostOfItsMentionsWhenTheEventIsSplit() {
        Correction set = correction(CorrectionKind.SET_VALUE, "date", "2023-05-02", "a-m1", "b-m1", "c-m1");
        Correction split = correction(CorrectionKind.SPLIT, null, null, "c-m1", "a-m1", "b-m1");
        List<Event> out = fuser().events(all, List.of(set, split));
        Event kept = out.stream().filter(e -> e.mentionIds().contains("a-m1")).findFirst().orElseThrow();
        Event left = out.stream().filter(e -> e.mentionIds().equals(List.of("c-m1"))).findFirst().orElseThrow();
        assertThat(kept.date()).isEqualTo(new EventDate(LocalDate.of(2023, 5, 2), null, DatePrecision.DAY,
                "analyst: 2023-05-02", DateBasis.ANALYST));
        assertThat(left.date().date()).isEqualTo(LocalDate.of(2023, 5, 3));
    }

    @Test
    void typeStatusAndPlaceCanBeSet() {
        List<String> ids = List.of("a-m1", "b-m1", "c-m1");
        Event e = fuser().events(all, List.of(
                correction(CorrectionKind.SET_VALUE, "sub_event_type", "shelling/artillery/missile attack", ids.toArray(String[]::new)),
                correction(CorrectionKind.SET_VALUE, "status", "disputed", ids.toArray(String[]::new)),
                correction(CorrectionKind.SET_VALUE, "location", "Aleppo", ids.toArray(String[]::new)))).get(0);
        assertThat(e.type()).isEqualTo(new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack"));
        assertThat(e.status()).isEqualTo(Status.DISPUTED);
        assertThat(e.location().name()).isEqualTo("Aleppo");
        assertThat(e.location().text()).isEqualTo("analyst: Aleppo");
        assertThat(e.corrections()).extracting(AppliedCorrection::machineValue).containsExactly("Air/drone strike", "occurred", "Harwell");
    }

    @Test
    void valuesAreCheckedAndNormalized() {
        assertThat(fuser().checkValue(HeadlineField.FATALITIES, " 1,204 ")).isEqualTo("1204");
        assertThat(fuser().checkValue(HeadlineField.SUB_EVENT_TYPE, "armed clash")).isEqualTo("Armed clash");
        assertThat(fuser().checkValue(HeadlineField.STATUS, "Alleged")).isEqualTo("alleged");
        assertThatThrownBy(() -> fuser().checkValue(HeadlineField.FATALITIES, "dozens"))
                .hasMessage("fatalities must be a whole number from 0 to 100000000, not dozens");
        assertThatThrownBy(() -> fuser().checkValue(HeadlineField.FATALITIES, "-3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fuser().checkValue(HeadlineField.DATE, "3 May")).hasMessageStartingWith("date must be a day");
        assertThatThrownBy(() -> fuser().checkValue(HeadlineField.SUB_EVENT_TYPE, "Skirmish")).hasMessageContaining("not Skirmish");
        assertThatThrownBy(() -> fuser().checkValue(HeadlineField.LOCATION, "Qwxzvbnm")).hasMessageContaining("gazetteer");
        assertThatThrownBy(() -> fuser().checkValue(HeadlineField.STATUS, "rumoured"))
                .hasMessage("status must be one of occurred, planned, alleged, disputed, denied, not rumoured");
        assertThatThrownBy(() -> HeadlineField.fromCode("actor1")).hasMessageStartingWith("field must be one of fatalities, injured");
    }
}
