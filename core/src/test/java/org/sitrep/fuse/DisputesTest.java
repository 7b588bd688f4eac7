package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Account;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Dispute;
import org.sitrep.model.EventDate;
import org.sitrep.model.Status;

/** Dispute lines name each side's outlet and speaker as the articles give them, each label once. */
class DisputesTest {
    private static final EventDate DAY = new EventDate(LocalDate.of(2021, 5, 2), null, DatePrecision.DAY, "on Sunday", DateBasis.TEXT);
    private static final Actor GROUP = new Actor("Liwa al-Example", ActorType.REBEL_GROUP, "A spokesman for Liwa al-Example");

    private static Account account(String outlet, Status status, List<String> citing, List<Actor> deniers) {
        return new Account("m-" + outlet, "doc-" + outlet, outlet, status, DAY, null, null, null, Map.of(), citing, deniers, List.of());
    }

    private static Dispute only(List<Account> accounts, String kind) {
        List<Dispute> all = Disputes.of(accounts, Map.of());
        assertThat(all).extracting(Dispute::kind).contains(kind);
        return all.stream().filter(d -> d.kind().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void aDenialNamesTheDenierInTheArticlesWordsAndTheOutletOnce() {
        Dispute d = only(List.of(
                account("Wire One", Status.OCCURRED, List.of("the state news agency"), List.of()),
                account("Paper Two", Status.DENIED, List.of(), List.of(GROUP))), "denial");
        assertThat(d.summary()).isEqualTo("status: reported by the state news agency (Wire One)"
                + " vs denied by a spokesman for Liwa al-Example (Paper Two)");
        assertThat(d.claims()).extracting(Dispute.Claim::attributedTo)
                .containsExactly(List.of("the state news agency"), List.of("a spokesman for Liwa al-Example"));
    }

    @Test
    void anArticleThatGivesTheClaimAndTheDenialStandsOnBothSides() {
        Dispute d = only(List.of(account("Paper Two", Status.DISPUTED, List.of("the state news agency"), List.of(GROUP))), "denial");
        assertThat(d.summary()).isEqualTo("status: reported by the state news agency (Paper Two)"
                + " vs denied by a spokesman for Liwa al-Example (Paper Two)");
    }

    @Test
    void anOutletCitedAsItsOwnSourceIsNotRepeatedAndADenialWithoutWordsSaysSo() {
        Dispute d = only(List.of(
                account("State Agency", Status.OCCURRED, List.of("State Agency"), List.of()),
                account("Paper Two", Status.DENIED, List.of(), List.of())), "denial");
        assertThat(d.summary()).isEqualTo("status: reported (State Agency) vs denied (Paper Two)");
    }

    @Test
    void aSpeakerIsNeverPutInTheMouthOfAnOutletThatDoesNotCiteThem() {
        Dispute d = only(List.of(
                account("Wire One", Status.OCCURRED, List.of(), List.of()),
                account("Paper Two", Status.OCCURRED, List.of("the army"), List.of()),
                account("Paper Three", Status.OCCURRED, List.of("the army"), List.of()),
                account("Radio Four", Status.DENIED, List.of(), List.of(GROUP))), "denial");
        assertThat(d.summary()).isEqualTo("status: reported (Wire One) and by the army (Paper Two, Paper Three)"
                + " vs denied by a spokesman for Liwa al-Example (Radio Four)");
        assertThat(d.claims().get(0).outlets()).containsExactly("Wire One", "Paper Two", "Paper Three");
        assertThat(d.claims().get(0).attributedTo()).containsExactly("the army");
    }

    @Test
    void anOutletIsNamedOnceOnASideAndManySpeakerGroupsAreShortened() {
        Dispute d = only(List.of(
                account("Wire One", Status.OCCURRED, List.of(), List.of()),
                new Account("m-w2", "doc-w2", "Wire One", Status.OCCURRED, DAY, null, null, null, Map.of(), List.of("the army"),
                        List.of(), List.of()),
                account("Paper Two", Status.OCCURRED, List.of("police"), List.of()),
                account("Paper Three", Status.OCCURRED, List.of("the governor"), List.of()),
                account("Paper Four", Status.OCCURRED, List.of("a hospital"), List.of()),
                account("Paper Five", Status.OCCURRED, List.of("residents"), List.of()),
                account("Radio Six", Status.DENIED, List.of(), List.of(GROUP))), "denial");
        assertThat(d.summary()).isEqualTo("status: reported by the army (Wire One) and by police (Paper Two)"
                + " and by the governor (Paper Three) and others (Paper Four, Paper Five)"
                + " vs denied by a spokesman for Liwa al-Example (Radio Six)");
    }

    @Test
    void blameAndItsDenialReadAsTwoSides() {
        Account blames = new Account("m-a", "doc-a", "Wire One", Status.OCCURRED, DAY, null,
                new Actor("Liwa al-Example", ActorType.REBEL_GROUP, "rebels"), null, Map.of(), List.of("the army"), List.of(), List.of());
        Dispute d = only(List.of(blames, account("Paper Two", Status.DISPUTED, List.of(), List.of(GROUP))), "attribution");
        assertThat(d.summary()).isEqualTo("actor1: blamed on Liwa al-Example by the army (Wire One)"
                + " vs denied by a spokesman for Liwa al-Example (Paper Two)");
    }

    @Test
    void anAccountThatOnlyReportsTheDenialBlamesNoOne() {
        Account denial = new Account("m-b", "doc-b", "Radio Four", Status.DENIED, DAY, null,
                GROUP, null, Map.of(), List.of(), List.of(GROUP), List.of());
        List<Dispute> all = Disputes.of(List.of(account("Wire One", Status.OCCURRED, List.of("the army"), List.of()), denial), Map.of());
        assertThat(all).extracting(Dispute::kind).containsExactly("denial");
    }

    @Test
    void aLongListOfSpeakersIsShortenedInTheLineButKeptInTheClaim() {
        Dispute d = only(List.of(
                account("Wire One", Status.OCCURRED, List.of("the governor", "the police", "a hospital", "residents", "the army"), List.of()),
                account("Paper Two", Status.DENIED, List.of(), List.of(GROUP))), "denial");
        assertThat(d.summary()).startsWith("status: reported by the governor, the police, a hospital and 2 others (Wire One) vs");
        assertThat(d.claims().get(0).attributedTo()).hasSize(5);
    }
}
