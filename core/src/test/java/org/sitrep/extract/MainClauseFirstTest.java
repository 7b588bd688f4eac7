package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.extract.Sentences.dead;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.model.Qualifier;
import org.sitrep.pipeline.TestPipeline;

/**
 * The event a sentence leads with ({@link MainClauseFirst}): the main clause's, not one in a clause that describes
 * a noun; harm done in the same act as damage or an arrest comes first. Sentences written for this test.
 */
class MainClauseFirstTest {
    private static List<EventMention> run(String text) {
        return TestPipeline.mentionsOf(text);
    }

    private static String subType(String text) {
        return TestPipeline.firstSubType(text);
    }

    @Test
    void theMainClauseEventLeadsItsSentence() {
        List<EventMention> m = run("On 5 May 2021, supporters of a cleric who was arrested last week protested in Multan city "
                + "(Punjab), demanding his release.");
        assertThat(m.get(0).type().subEventType()).isEqualTo("Peaceful protest");
        assertThat(subType("On 6 May 2021, relatives of families who were displaced by the fighting held a sit-in outside the "
                + "governor's office in Maiduguri (Borno).")).isEqualTo("Peaceful protest");
    }

    @Test
    void aTriggerNamingTheKindOfAnotherTriggerIsNoBackground() {
        assertThat(subType("Five soldiers were wounded in a grenade explosion near Sopore on Tuesday during clashes with rebels."))
                .isEqualTo("Grenade");
    }

    @Test
    void aTriggerInsideAClauseAboutANounDescribesThatNoun() {
        MainClauseFirst first = new MainClauseFirst();
        SentenceContext c = Sentences.context("Supporters of a cleric who was arrested last week protested in Multan.");
        List<Trigger> found = new TriggerFinder().find(c);
        Trigger arrest = found.stream().filter(t -> t.frame() == org.sitrep.model.Frame.ARREST).findFirst().orElseThrow();
        Trigger protest = found.stream().filter(t -> t.frame() == org.sitrep.model.Frame.PROTEST).findFirst().orElseThrow();
        assertThat(first.describesNoun(arrest.head(), c.syntax(), java.util.Set.of())).isTrue();
        assertThat(first.describesNoun(protest.head(), c.syntax(), java.util.Set.of())).isFalse();
    }

    @Test
    void harmDoneInTheSameActAsDamageComesFirst() {
        assertThat(subType("On 6 June 2021, men in masks set fire to a shop in Kaloma and beat its owner, who was taken "
                + "to hospital.")).isEqualTo("Attack");
        assertThat(subType("On 6 June 2021, gunmen torched houses in Kiro and killed three farmers.")).isEqualTo("Attack");
    }

    @Test
    void harmThatOnlyDescribesSomeoneStaysBehindTheDamage() {
        assertThat(subType("On 6 June 2021, gunmen torched the house of a farmer who was killed last year in Kiro."))
                .isEqualTo("Looting/property destruction");
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
}
