package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/**
 * Events whose words are not a classic trigger verb (issue 9, detection): an operation that killed militants,
 * violence between clans, a crowd turning violent; and
 * law enforcement that is no conflict event. Sentences written for these tests.
 */
class UnmarkedEventsTest {
    private static List<EventMention> mentions(String text) {
        return TestPipeline.runText("unmarked", text, LocalDate.of(2021, 6, 12)).mentions();
    }

    @Test
    void deathsCausedByAnOperationHaveSomeoneToBlame() {
        List<EventMention> ms = mentions("On 10 June 2021, an operation by army commandos killed 6 militants in Chora district, Uruzgan.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).counts().get(CountRole.FATALITIES).value()).isEqualTo(6L);
        assertThat(ms.get(0).date().date()).hasToString("2021-06-10");
    }

    @Test
    void violenceBetweenClansIsAnEvent() {
        assertThat(mentions("On 9 June 2021, inter-clan violence broke out near Galkayo (Galkayo, Mudug), leaving at least 4 people dead."))
                .extracting(m -> m.type().eventType()).first().isEqualTo("Battles");
    }

    @Test
    void aCrowdTurningViolentIsARiot() {
        assertThat(mentions("On 11 June 2021, a crowd of traders turned violent outside the market in Kisumu (Kisumu)."))
                .extracting(m -> m.type().eventType()).containsExactly("Riots");
    }

    @Test
    void goodsConfiscatedByCustomsAreNoConflictEvent() {
        assertThat(mentions("Customs officers confiscated 3 tons of counterfeit cigarettes at the port of Mersin on Friday."))
                .isEmpty();
    }

    @Test
    void membersOfAnArmedOrganisationAreToBlame() {
        // the head "members" is no armed word; the organisation it names is
        for (String text : List.of("Gang members killed 9 people in a raid on a market in Les Cayes on Tuesday.",
                "Members of a militia killed 9 villagers near Bunia on Tuesday.")) {
            List<EventMention> ms = mentions(text);
            assertThat(ms).as(text).hasSize(1);
            assertThat(ms.get(0).counts().get(CountRole.FATALITIES).value()).isEqualTo(9L);
        }
    }

    @Test
    void aSpeakerWhoSaysItKilledIsToBlame() {
        List<EventMention> ms = mentions("The army said it had killed 21 insurgents in air and ground operations near Djibo.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).counts().get(CountRole.FATALITIES).value()).isEqualTo(21L);
    }

    @Test
    void deathsBlamedOnNoOneStayQuiet() {
        assertThat(mentions("A landslide killed 14 people in the hills above the town on Sunday.")).isEmpty();
        assertThat(mentions("Heavy rain flooded the valley on Sunday. It killed 14 people in the town.")).isEmpty();
        assertThat(mentions("Residents said it killed 14 people in the town on Sunday.")).isEmpty();
    }

    @Test
    void aKillingByArmedMenNeedsNoCountToBeAnEvent() {
        // "a shopkeeper and part-time driver" is read as no count, but armed men are to blame
        assertThat(mentions("On 9 June 2021, in Tumeremo, a shopkeeper and part-time driver was shot dead by masked armed men."))
                .hasSize(1);
    }

    @Test
    void aSecondVerbSharesTheSubjectToBlame() {
        List<EventMention> ms = mentions("On 9 June 2021, commandos raided three hideouts and killed 5 militants near Tuz Khurmatu.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).counts().get(CountRole.FATALITIES).value()).isEqualTo(5L);
        ms = mentions("On 9 June 2021, an ambush by the rangers near Sibi left 4 insurgents dead.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).counts().get(CountRole.FATALITIES).value()).isEqualTo(4L);
    }

    @Test
    void aDeathWithTheBodyDisposedOfIsAKilling() {
        List<EventMention> ms = mentions("On 10 June 2021, in Celaya, two men died and were found bound and wrapped in sheets beside a canal.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).type().eventType()).isEqualTo("Violence against civilians");
        assertThat(ms.get(0).counts().get(CountRole.FATALITIES).value()).isEqualTo(2L);
        // a mishap given as the cause stays quiet
        assertThat(mentions("Two men died in a landslide and were found wrapped in mud beside the road on Sunday.")).isEmpty();
    }

    @Test
    void protestersActingAreAnEventThoughTheSentenceBlamesSomeone() {
        assertThat(mentions("On 11 June 2021, protesters gathered outside the courthouse in Tunis and demanded that those responsible for the fraud be tried."))
                .extracting(m -> m.type().eventType()).containsExactly("Protests");
    }

    @Test
    void aPartyNamedLeagueIsNoSportsReport() {
        assertThat(mentions("On 11 June 2021, an organiser of the Farmers League was hacked to death by four men in Kushtia."))
                .extracting(m -> m.type().eventType()).containsExactly("Violence against civilians");
    }

    @Test
    void aLockdownIsNoCauseOfDeathButTheIllnessIs() {
        assertThat(mentions("On 11 June 2021, a street vendor was killed by police during the coronavirus lockdown in Mombasa."))
                .hasSize(1);
        assertThat(mentions("On 11 June 2021, 40 inmates were killed by coronavirus in the Kamiti prison, officials said.")).isEmpty();
    }

    @Test
    void heavyWeaponsFiredAreShellingAndGunFireOpenedIsAnAttack() {
        assertThat(mentions("On 9 June 2021, rebel forces fired heavy and light weapons at army positions near Kidal."))
                .extracting(m -> m.type().eventType()).containsExactly("Explosions/Remote violence");
        assertThat(mentions("On 9 June 2021, gunmen opened gun fire on a minibus near Kismayo, wounding 3 passengers."))
                .isNotEmpty();
    }
}
