package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;

/** The components ActorRoles reads a sentence's sides with, each on sentences written for it. */
class SplitRolesComponentsTest {
    private static final ActorDictionary D = ActorDictionary.load();
    private static final TargetCues TARGETS = new TargetCues();
    private static final RepelledAttack REPELLED = new RepelledAttack();
    private static final CitedSources SOURCES = new CitedSources(D);

    /** The words before and after the first occurrence of {@code actor} in {@code s}. */
    private static boolean actedUpon(String s, String actor) {
        int at = s.indexOf(actor);
        return TARGETS.actedUpon(s, Token.tokenize(s), at, at + actor.length());
    }

    @Test
    void aPassiveHarmParticipleOrAHarmWordBeforeMakesATarget() {
        assertThat(actedUpon("Three soldiers were killed in the ambush on the road.", "soldiers")).isTrue();
        assertThat(actedUpon("Gunmen opened fire, killing two policemen at the gate.", "policemen")).isTrue();
        assertThat(actedUpon("Militants reportedly attacked the convoy at dawn.", "Militants")).isFalse();
        // a clause opener between the harm word and the actor ends the cue
        assertThat(actedUpon("Two guards were wounded when militants stormed the depot.", "militants")).isFalse();
    }

    @Test
    void aForceBeforeItsSiteAfterASitePrepositionAndADeterminerIsATarget() {
        // the determiners are lexicon/singular-determiners.tsv's words
        assertThat(actedUpon("A bomber drove a car into their army convoy on the bridge.", "army")).isTrue();
        assertThat(actedUpon("A bomber blew himself up at a police checkpoint.", "police")).isTrue();
        assertThat(actedUpon("A bomber blew himself up at police checkpoint.", "police")).isTrue();
        // no site preposition before the determiner: the force's unit acts
        assertThat(actedUpon("On Monday the army convoy shelled the village.", "army")).isFalse();
    }

    @Test
    void theAuthorOfARepelledAttackIsFound() {
        String s = "Troops repelled an attack by Shabaab fighters on the base.";
        List<ActorMatch> found = D.find(s, "SO");
        Actor a = REPELLED.attacker(s, found);
        assertThat(a).isNotNull();
        assertThat(a.name()).isEqualTo("Al Shabaab");
        String plain = "Troops attacked Shabaab fighters near the base.";
        assertThat(REPELLED.attacker(plain, D.find(plain, "SO"))).isNull();
        // a determiner of the list, alone or with one word before the attack noun
        String named = "Soldiers repelled this Shabaab assault on the camp at night.";
        assertThat(REPELLED.attacker(named, D.find(named, "SO")).name()).isEqualTo("Al Shabaab");
        String fierce = "Soldiers repulsed a fierce attack by Shabaab fighters at dawn.";
        assertThat(REPELLED.attacker(fierce, D.find(fierce, "SO")).name()).isEqualTo("Al Shabaab");
    }

    @Test
    void anOrganisationNamedOnlyAsItsSpokesmansEmployerIsNoSide() {
        String s = "Two villagers were killed, a spokesman for the army said on Monday.";
        ActorRoles.Clause c = new ActorRoles.Clause(s, 0, "", "NG", "Nigeria", null, null,
                List.of("a spokesman for the army"), "");
        int at = s.indexOf("army");
        assertThat(SOURCES.citedOnly(c, at, at + 4)).isTrue();
        Actor army = new Actor("Military Forces of Nigeria", ActorType.STATE_FORCES, "army");
        assertThat(SOURCES.cited(army, c)).isNull();
        ActorRoles.Clause bare = new ActorRoles.Clause(s, 0, "", "NG", "Nigeria");
        assertThat(SOURCES.cited(army, bare)).isEqualTo(army);
    }

    @Test
    void aStateSourceSayingItActedIsItsState() {
        String s = "The Kenyan Defence Ministry said on Monday it had opened a corridor for the convoy.";
        ActorRoles.Clause c = new ActorRoles.Clause(s, 0, "", "KE", "Kenya", null, null,
                List.of("The Kenyan Defence Ministry"), "");
        Actor a = SOURCES.speakerActing(c, null);
        assertThat(a).isNotNull();
        assertThat(a.name()).isEqualTo("Government of Kenya");
        String other = "The Kenyan Defence Ministry said on Monday that rebels had opened a corridor.";
        ActorRoles.Clause d = new ActorRoles.Clause(other, 0, "", "KE", "Kenya", null, null,
                List.of("The Kenyan Defence Ministry"), "");
        assertThat(SOURCES.speakerActing(d, null)).isNull();
        // any form of a speech verb of lexicon/speech.tsv whose subject is the source
        String announced = "The Kenyan Defence Ministry announced that it had opened a corridor for the convoy.";
        ActorRoles.Clause e = new ActorRoles.Clause(announced, 0, "", "KE", "Kenya", null, null,
                List.of("The Kenyan Defence Ministry"), "");
        assertThat(SOURCES.speakerActing(e, null).name()).isEqualTo("Government of Kenya");
        // a word that is no speech verb between the speaker and "it"
        String hoped = "The Kenyan Defence Ministry hoped it would open a corridor for the convoy.";
        ActorRoles.Clause f = new ActorRoles.Clause(hoped, 0, "", "KE", "Kenya", null, null,
                List.of("The Kenyan Defence Ministry"), "");
        assertThat(SOURCES.speakerActing(f, null)).isNull();
    }

    @Test
    void anUnidentifiedSideCutFromANamedGroupIsThatGroup() {
        String s = "Two Taliban militants attacked a checkpoint.";
        Actor cut = new Actor("Unidentified Armed Group (Afghanistan)", ActorType.POLITICAL_MILITIA, "militants");
        Actor named = NamedGroups.named(cut, D.find(s, "AF"), s);
        assertThat(named.name()).isEqualTo("Taliban");
        assertThat(named.text()).isEqualTo("militants");
        String plain = "Two militants attacked a checkpoint.";
        assertThat(NamedGroups.named(cut, D.find(plain, "AF"), plain)).isEqualTo(cut);
    }
}
