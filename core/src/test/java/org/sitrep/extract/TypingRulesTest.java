package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Extraction;
import org.sitrep.model.Frame;
import org.sitrep.model.MentionDraft;

/**
 * Detection and typing rules for the error classes of docs/accuracy.md (disrupted weapons, seizures of goods,
 * territory freed, diplomatic steps, claims of responsibility, protest outcomes), on sentences written for
 * this test.
 */
class TypingRulesTest {
    private static AnnotatedArticle annotated(String text) {
        return Sentences.annotated(text);
    }

    private static SentenceContext ctx(String text) {
        return Sentences.context(text);
    }

    private static List<Frame> frames(SentenceContext c) {
        return new TriggerFinder().find(c).stream().map(Trigger::frame).toList();
    }

    private static List<MentionDraft> drafts(String text) {
        Extraction e = new Extractor().extract(annotated(text));
        return e.drafts();
    }

    @Test
    void seizedFirearmsAreOneDisruptedWeaponsEventAtTheVerb() {
        SentenceContext c = ctx("Police seized nine rifles and 300 rounds of ammunition from a house in Kisumu on Tuesday.");
        List<DisruptedWeapons.Recovery> found = new DisruptedWeapons().find(c, Set.of());
        assertThat(found).hasSize(1);
        assertThat(c.words().get(found.get(0).verb())).isEqualTo("seized");
        assertThat(found.get(0).weapons()).contains(c.words().indexOf("rifles"), c.words().indexOf("ammunition"));
        assertThat(frames(c)).containsExactly(Frame.DISRUPT);
    }

    @Test
    void weaponWordsInsideWhatWasFoundAreNoAttack() {
        SentenceContext c = ctx("A cache of mortar shells and two roadside bombs was discovered by soldiers near Gao on Sunday.");
        assertThat(frames(c)).containsExactly(Frame.DISRUPT);
        SentenceContext headline = ctx("Cache of mortar shells and rockets discovered by troops in Kandahar");
        assertThat(frames(headline)).containsExactly(Frame.DISRUPT);
    }

    @Test
    void destroyingADepotInAnAirStrikeStaysAnAirStrike() {
        SentenceContext c = ctx("Warplanes bombed a rebel depot near Idlib, destroying a large cache of rockets.");
        assertThat(new DisruptedWeapons().find(c, Set.of(c.words().indexOf("bombed")))).isEmpty();
        assertThat(frames(c)).doesNotContain(Frame.DISRUPT);
    }

    @Test
    void aPersonInterceptedIsNoWeaponDisrupted() {
        assertThat(frames(ctx("The suspect was intercepted by officers two hours later in Lagos."))).doesNotContain(Frame.DISRUPT);
    }

    @Test
    void seizuresOfGoodsAreNoTerritory() {
        assertThat(frames(ctx("Customs officers seized 40 crates of counterfeit perfume at the port of Mombasa on Monday."))).isEmpty();
        // named narcotics seized are ACLED's looting/property destruction (contraband-nouns.tsv), still no territory
        assertThat(frames(ctx("Customs officers seized 40 kilograms of heroin at the port of Mombasa on Monday.")))
                .containsExactly(Frame.LOOT);
        assertThat(frames(ctx("Rebels seized the town of Kidal on Monday."))).containsExactly(Frame.TAKE);
    }

    @Test
    void villagesFreedFromFightersAreTerritoryNotReleasedDetainees() {
        assertThat(frames(ctx("Iraqi troops freed three villages from Islamic State fighters on Sunday."))).containsExactly(Frame.TAKE);
        assertThat(frames(ctx("The militants freed three hostages near Gao on Sunday."))).containsExactly(Frame.RELEASE);
    }

    @Test
    void expellingDiplomatsIsADiplomaticStep() {
        assertThat(frames(ctx("Poland expelled four Russian diplomats on Friday over spying allegations."))).isEmpty();
    }

    @Test
    void aClaimOfResponsibilityForANamedAttackIsNoNewEvent() {
        assertThat(drafts("A militant group claimed responsibility on Sunday for last week's bombing of a bus station in Quetta."))
                .isEmpty();
        assertThat(drafts("Sanctions were imposed on the regime over the missile attack on the port."))
                .isEmpty();
        // the attack told in its own words stays an event
        assertThat(drafts("Gunmen attacked a police post in Quetta on Sunday, killing three officers."))
                .extracting(d -> d.type().subEventType()).isNotEmpty();
    }

    @Test
    void anExplosionAtAnIndustrialPlantIsAnAccident() {
        assertThat(drafts("Two workers were injured when a storage tank exploded at a chemical plant near Leipzig on Thursday."))
                .isEmpty();
    }

    @Test
    void arrestsOfTheCrowdAreTheProtestsIntervention() {
        List<MentionDraft> d = drafts("Police detained dozens of activists as thousands of people marched through central Minsk on Sunday.");
        assertThat(d).extracting(m -> m.type().subEventType()).containsExactly("Protest with intervention");
    }

    @Test
    void protestCuesGiveViolentAndExcessiveForceSubTypes() {
        assertThat(drafts("Hundreds of protesters threw Molotov cocktails at police outside parliament in Tbilisi on Saturday."))
                .extracting(m -> m.type().subEventType()).containsExactly("Violent demonstration");
        assertThat(drafts("Security forces violently dispersed a peaceful sit-in by teachers in Khartoum on Monday."))
                .extracting(m -> m.type().subEventType()).containsExactly("Excessive force against protesters");
        assertThat(drafts("Riot police watched as hundreds of teachers marched peacefully through Khartoum on Monday."))
                .extracting(m -> m.type().subEventType()).containsExactly("Peaceful protest");
    }

    @Test
    void poisonGasAndObservationPostsAndShootOutsHaveTheirFrames() {
        assertThat(frames(ctx("Rebels fired shells filled with poisonous gas at army positions near Hama on Tuesday.")))
                .contains(Frame.CHEMICAL);
        assertThat(frames(ctx("Turkish troops set up another observation post near Saraqib on Tuesday."))).containsExactly(Frame.BASE);
        assertThat(frames(ctx("Police and gang members were caught in a shoot-out near the main market of Kingston on Monday.")))
                .containsExactly(Frame.CLASH);
    }
}
