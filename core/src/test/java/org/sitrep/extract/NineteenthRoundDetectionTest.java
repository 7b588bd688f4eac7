package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.model.Qualifier;
import org.sitrep.pipeline.TestPipeline;

/**
 * Nineteenth round of detection: a killing done in the same act as an arrest comes first ({@link MainClauseFirst});
 * modifiers joined by "and" before one people noun ({@link CountedPeople}); misspelt words read as the word meant
 * (lexicon/misspellings.tsv); deaths told with the fight as their circumstance are the toll of the event before
 * ({@link CasualtyCarry}); a number before adjectives and a noun of death counts the dead ({@link QuantityReader}); a people noun with its article that the tagger reads as an adjective is
 * one of the victims ({@link VictimReader}).
 * Sentences written for this test.
 */
class NineteenthRoundDetectionTest {
    private static Count dead(EventMention m) {
        return m.counts().get(CountRole.FATALITIES);
    }

    @Test
    void aKillingCoordinatedWithAnArrestComesFirst() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 March 2021, police arrested and tortured a trader to "
                + "death in Hillcrest.");
        assertThat(ms).extracting(EventMention::frame).containsExactly("ATTACK", "ARREST");
        assertThat(dead(ms.get(0))).isEqualTo(new Count(1L, Qualifier.EXACT, "a trader"));
    }

    @Test
    void anArrestWithoutADeathKeepsItsPlace() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 March 2021, police arrested and beat two traders in the "
                + "market of Hillcrest.");
        assertThat(ms.get(0).frame()).isEqualTo("ARREST");
    }

    @Test
    void modifiersJoinedByAndCountOnePeopleNoun() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 March 2021, vigilantes clashed with bandits near "
                + "Hillcrest. 4 CJTF and Zuru militiamen were killed.");
        assertThat(dead(ms.get(0))).isEqualTo(new Count(4L, Qualifier.EXACT, "4 CJTF and Zuru militiamen"));
    }

    @Test
    void aPluralBeforeAndHeadsAGroupOfItsOwn() {
        // "30 neighbours and relatives of a man who died": the 30 are not the dead, the man is
        java.util.Map<CountRole, Count> counts = new java.util.EnumMap<>(CountRole.class);
        new CountReader().read(Sentences.context("About 30 neighbours and relatives of a man who died in custody "
                + "marched in Hillcrest."), null).forEach(f -> counts.put(f.role(), f.count()));
        assertThat(counts.get(CountRole.FATALITIES).value()).isEqualTo(1L);
        assertThat(counts.get(CountRole.FATALITIES).text()).endsWith("a man").doesNotContain("30");
    }

    @Test
    void aMisspeltVerbOfDeathIsOne() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 March 2021, rebels attacked an army base near "
                + "Hillcrest. After a fierce fight, four rebels and two soldiers were killled.");
        assertThat(ms.get(0).frame()).isEqualTo("ATTACK");
        assertThat(dead(ms.get(0))).isEqualTo(new Count(6L, Qualifier.EXACT, "four rebels and two soldiers"));
    }

    @Test
    void aMisspeltPeopleNounIsCounted() {
        EventMention m = TestPipeline.mentionsOf("On 3 March 2021, a village elder and a bodygaurd were killed "
                + "when a bomb exploded near Hillcrest.").get(0);
        assertThat(dead(m)).isEqualTo(new Count(2L, Qualifier.EXACT, "a village elder and a bodygaurd"));
    }

    @Test
    void deathsInAnotherAmbushElsewhereAreNotCarried() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 March 2021, rebels attacked an army base near "
                + "Hillcrest. Three soldiers were killed in an ambush near Westfield.");
        assertThat(ms.get(0).frame()).isEqualTo("ATTACK");
        assertThat(dead(ms.get(0))).isNull();
    }

    @Test
    void numbersBeforeAdjectivesOfTheDeadAreSummed() {
        EventMention m = TestPipeline.mentionsOf("On 3 March 2021, insurgents attacked an army post near "
                + "Hillcrest, causing 12 insurgent and 3 Nigerian fatalities.").get(0);
        assertThat(m.type().subEventType()).isEqualTo("Armed clash");
        assertThat(dead(m)).isEqualTo(new Count(15L, Qualifier.EXACT, "12 insurgent and 3 Nigerian"));
    }

    @Test
    void aNumberBeforeAnAdjectiveAndDeathsCountsTheDead() {
        EventMention m = TestPipeline.mentionsOf("On 3 March 2021, gunmen attacked a bus near Hillcrest, causing "
                + "4 civilian deaths.").get(0);
        assertThat(dead(m)).isEqualTo(new Count(4L, Qualifier.EXACT, "4 civilian"));
    }

    @Test
    void aVictimTaggedAsAnAdjectiveIsCounted() {
        EventMention m = TestPipeline.mentionsOf("On 3 March 2021, a mob killed a prison officer and a civilian in "
                + "Hillcrest.").get(0);
        assertThat(dead(m)).isEqualTo(new Count(2L, Qualifier.EXACT, "a prison officer and a civilian"));
    }
}
