package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Frame;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Qualifier;
import org.sitrep.model.SourceRef;
import org.sitrep.model.Status;

/**
 * Counts of people (one person harmed, tolls told across sentences, the counts of arrests, abductions, releases and
 * group changes), the sources of a sentence and the destination of a return, on sentences written here.
 */
class PeopleCountsTest {
    private static Map<CountRole, Count> counts(String text) {
        return counts(text, null);
    }

    private static Map<CountRole, Count> counts(String text, CountRole unnamed) {
        Map<CountRole, Count> out = new java.util.EnumMap<>(CountRole.class);
        new CountReader().read(Sentences.context(text), unnamed).forEach(f -> out.putIfAbsent(f.role(), f.count()));
        return out;
    }

    private static List<MentionDraft> drafts(String text) {
        return new Extractor().extract(Sentences.annotated(text)).drafts();
    }

    @Test
    void onePersonWithAModifierNounOrTwoTitlesIsOne() {
        assertThat(counts("A gang member was shot dead by police in Recife on Sunday.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "A gang member"));
        assertThat(counts("Gunmen killed a tax collector at a market in Kano.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "a tax collector"));
        assertThat(counts("A local party official and activist was shot dead in Cebu.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "A local party official and activist"));
    }

    @Test
    void theOneWhoKillsIsNotCounted() {
        assertThat(counts("A gunman killed four traders at a market in Kano.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(4L, Qualifier.EXACT, "four traders"));
        assertThat(counts("He killed three villagers in the market near Gao.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(3L, Qualifier.EXACT, "three villagers"));
    }

    @Test
    void aDeathThatTheEventCausedIsItsToll() {
        assertThat(counts("Two clans fought over grazing land near Beledweyne, resulting in the death of a farmer.")
                .get(CountRole.FATALITIES)).isEqualTo(new Count(1L, Qualifier.EXACT, "a farmer"));
        assertThat(counts("The fighting near Kidal led to the killing of 2 rebels.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(2L, Qualifier.EXACT, "2 rebels"));
        // a killing the protest condemns is no toll of the protest
        assertThat(counts("Students marched in Bacolod to denounce the killing of a party official."))
                .doesNotContainKey(CountRole.FATALITIES);
    }

    @Test
    void aDeathTheResultWordGovernsPastAnotherLossIsTheToll() {
        assertThat(counts("Militants fired a mortar at an army post near Kidal, which led to the loss of a truck and the "
                + "killing of a guard.").get(CountRole.FATALITIES)).isEqualTo(new Count(1L, Qualifier.EXACT, "a guard"));
    }

    @Test
    void aPronounNextToAHarmWordIsOnePerson() {
        assertThat(counts("Soldiers opened fire on a trader in Gao, killing him.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "him"));
        List<MentionDraft> d = drafts("On 2 May 2020, gunmen shot a shopkeeper in Gao. He died in hospital the next day.");
        assertThat(d).isNotEmpty();
        assertThat(d.get(0).counts().get(CountRole.FATALITIES)).isEqualTo(new Count(1L, Qualifier.EXACT, "He"));
    }

    @Test
    void deadTheNextSentenceAddsAreSummedAndARestatementIsNot() {
        List<MentionDraft> added = drafts("On 1 May 2020, gunmen attacked a police post near Gao, killing 3 policemen. "
                + "Two attackers were also killed.");
        assertThat(added.get(0).counts().get(CountRole.FATALITIES).value()).isEqualTo(5L);
        List<MentionDraft> restated = drafts("On 1 May 2020, gunmen attacked a police post near Gao, killing 3 policemen. "
                + "Three policemen were killed.");
        assertThat(restated.get(0).counts().get(CountRole.FATALITIES).value()).isEqualTo(3L);
    }

    @Test
    void aRiotTakesTheTollToldAfterIt() {
        List<MentionDraft> riot = drafts("On 3 June 2021, a mob of traders rioted at the central market in Onitsha. "
                + "2 killed, 5 injured.");
        assertThat(riot).isNotEmpty();
        assertThat(riot.get(0).type().eventType()).isEqualTo("Riots");
        assertThat(riot.get(0).counts().get(CountRole.FATALITIES).value()).isEqualTo(2L);
    }

    @Test
    void detainedAbductedReleasedAndFightersAreCounted() {
        assertThat(counts("A senior opposition politician was arrested in Douala on Friday.").get(CountRole.DETAINED))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "A senior opposition politician"));
        assertThat(counts("Gunmen seized 14 passengers from a bus near Kaduna.").get(CountRole.ABDUCTED))
                .isEqualTo(new Count(14L, Qualifier.EXACT, "14 passengers"));
        assertThat(counts("A village teacher has been missing since gunmen took him from his farm near Bamenda.")
                .get(CountRole.ABDUCTED)).isEqualTo(new Count(1L, Qualifier.EXACT, "A village teacher"));
        assertThat(counts("Four abducted teachers were freed in Kaduna on Monday.").get(CountRole.RELEASED))
                .isEqualTo(new Count(4L, Qualifier.EXACT, "Four abducted teachers"));
        MentionDraft change = drafts("About 150 former fighters laid down their weapons at a ceremony in Bunia on Friday.")
                .stream().filter(m -> m.frame() == Frame.GROUP_CHANGE).findFirst().orElseThrow();
        assertThat(change.counts().get(CountRole.FIGHTERS)).isEqualTo(new Count(150L, Qualifier.APPROX, "About 150 former fighters"));
    }

    @Test
    void theSpeakerIsThePhraseBeforeTheSpeechVerbNotTheVictims() {
        assertThat(Sentences.context("A bomb exploded at a market in Maiduguri, killing 5 traders, a local vigilante "
                + "commander said.").attribution().sources())
                .containsExactly(new SourceRef("a local vigilante commander", SourceRef.Kind.NAMED));
        assertThat(Sentences.context("Police blamed the separatists for the attack on the checkpoint.").attribution().sources())
                .containsExactly(new SourceRef("Police", SourceRef.Kind.NAMED));
    }

    @Test
    void aCrowdDispersedForAPurposeWasThere() {
        MentionDraft protest = drafts("Police fired tear gas to disperse protesters in Lagos on Monday.").stream()
                .filter(m -> m.frame() == Frame.PROTEST).findFirst().orElseThrow();
        assertThat(protest.status()).isEqualTo(Status.OCCURRED);
    }

    @Test
    void peopleReturningToTheirHomesInATownGoThere() {
        List<PlaceRef> refs = new PlaceSpotter().spot(Sentences.context(
                "Hundreds of families returned to their homes in Mosul on Sunday.").sentence(), java.util.Set.of());
        assertThat(refs).extracting(PlaceRef::text, PlaceRef::role).contains(org.assertj.core.groups.Tuple.tuple(
                "Mosul", PlaceRef.Role.DESTINATION));
        List<PlaceRef> scene = new PlaceSpotter().spot(Sentences.context(
                "Two soldiers were killed in clashes in Mosul on Sunday.").sentence(), java.util.Set.of());
        assertThat(scene).extracting(PlaceRef::text, PlaceRef::role).contains(org.assertj.core.groups.Tuple.tuple(
                "Mosul", PlaceRef.Role.LOCATION));
    }
}
