package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;

/** The actor components one by one, on sentences written for these tests. */
class ActorComponentsTest {
    private static final ActorWords WORDS = ActorWords.load();
    private static final Countries COUNTRIES = new Countries();
    private static final ForceComposer COMPOSER = new ForceComposer(COUNTRIES, WORDS);

    private static ForceComposer.Composed composeAt(String text, int token, String hint) {
        return COMPOSER.compose(text, Token.tokenize(text), token, hint);
    }

    @Test
    void wordListsComeFromTheLexicons() {
        assertThat(WORDS.nouns.get("gendarmes")).isEqualTo(new ActorWords.Noun(ActorWords.Cls.POLICE, true));
        assertThat(WORDS.nouns.get("forces")).isEqualTo(new ActorWords.Noun(ActorWords.Cls.MILITARY, false));
        assertThat(WORDS.nouns.get("officials")).isEqualTo(new ActorWords.Noun(ActorWords.Cls.GOVERNMENT, false));
        assertThat(WORDS.modifiers).contains("security", "riot").doesNotContain("troops");
        assertThat(WORDS.nonStateModifiers).contains("tribal", "separatist");
        assertThat(WORDS.attributiveHeads).contains("source", "spokesman");
        assertThat(WORDS.headBoundaries).contains("loyal", "near");
        assertThat(WORDS.allyWords).contains("backers");
        assertThat(WORDS.sponsoredBefore.matcher("the Turkey-backed ").find()).isTrue();
        assertThat(WORDS.sponsoredBefore.matcher("pro-government ").find()).isTrue();
        assertThat(WORDS.sponsoredBefore.matcher("the well-known ").find()).isFalse();
    }

    private static ForceComposer.Composed unitAt(String text, String ordinal, String hint) {
        List<Token> toks = Token.tokenize(text);
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).raw().equals(ordinal)) {
                return COMPOSER.composeUnit(text, toks, i, hint);
            }
        }
        throw new IllegalArgumentException(ordinal);
    }

    @Test
    void aNumberedFormationIsItsStatesMilitary() {
        String text = "The 12th Mechanized Infantry Brigade shelled the hills on Monday.";
        ForceComposer.Composed c = unitAt(text, "12th", "SO");
        assertThat(c.name()).isEqualTo("Military Forces of Somalia");
        assertThat(text.substring(c.start(), c.end())).isEqualTo("12th Mechanized Infantry Brigade");
        // a country word before the ordinal names the formation's state
        String foreign = "The Kenyan 3rd Division crossed the border, and Ethiopia's 8th Army followed.";
        assertThat(unitAt(foreign, "3rd", "SO").name()).isEqualTo("Military Forces of Kenya");
        assertThat(unitAt(foreign, "8th", "SO").name()).isEqualTo("Military Forces of Ethiopia");
        // a formation of a group named after "of", a name between the ordinal and the noun, an ordinal of days
        assertThat(unitAt("Fighters of the 2nd battalion of the Lions of the Hills attacked.", "2nd", "SO")).isNull();
        assertThat(unitAt("The 6th Hill Lions Brigade attacked the post.", "6th", "SO")).isNull();
        assertThat(unitAt("In the 3rd week of the siege, the town fell.", "3rd", "SO")).isNull();
    }

    @Test
    void composerReadsTheCountryAndTheClassOfAForceChain() {
        String text = "Overnight, Malian security forces raided the market.";
        ForceComposer.Composed c = composeAt(text, 1, "ML");
        assertThat(c.name()).isEqualTo("Military Forces of Mali");
        assertThat(text.substring(c.start(), c.end())).isEqualTo("Malian security forces");
        assertThat(c.country()).isEqualTo("ML");

        ForceComposer.Composed police = composeAt("Kenyan riot police fired tear gas.", 0, "KE");
        assertThat(police.name()).isEqualTo("Police Forces of Kenya");
        assertThat(composeAt("Chad's government closed the border.", 0, null).name()).isEqualTo("Government of Chad");
        ForceComposer.Composed home = composeAt("The country's army entered the town.", 1, null);
        assertThat(home.name()).isEqualTo("Military Forces");
        assertThat(home.countryUnknown()).isTrue();
        assertThat(composeAt("The country's army entered the town.", 1, "ML").countryUnknown()).isFalse();
    }

    @Test
    void composerReadsACountrysForcesAcrossTheNameOfItsOperation() {
        String text = "At dawn, British Operation Telic troops searched the compound.";
        ForceComposer.Composed c = composeAt(text, 2, "IQ");
        assertThat(c.name()).isEqualTo("Military Forces of United Kingdom");
        assertThat(text.substring(c.start(), c.end())).isEqualTo("British Operation Telic troops");
        assertThat(c.country()).isEqualTo("GB");
        String two = "German Operation Desert Hawk forces left the base.";
        assertThat(text(two, composeAt(two, 0, "AF"))).isEqualTo("German Operation Desert Hawk forces");
        // no force noun after the name, a lower-case "operation", no name: not read
        assertThat(composeAt("British Operation Telic ended in 2009.", 0, "IQ")).isNull();
        assertThat(composeAt("The British operation forces a rethink.", 1, "IQ")).isNull();
        assertThat(composeAt("British Operation forces were sent.", 0, "IQ")).isNull();
    }

    private static String text(String s, ForceComposer.Composed c) {
        return s.substring(c.start(), c.end());
    }

    @Test
    void composerReadsTheCountryWrittenAfterTheForceWords() {
        String text = "The military forces of Georgia shelled a hill held by the police of Abkhazia.";
        List<Token> toks = Token.tokenize(text);
        ForceComposer.Composed georgia = COMPOSER.composeOf(text, toks, 1, "GE", k -> false);
        assertThat(text.substring(georgia.start(), georgia.end())).isEqualTo("military forces of Georgia");
        assertThat(georgia.name()).isEqualTo("Military Forces of Georgia");
        assertThat(georgia.country()).isEqualTo("GE");
        ForceComposer.Composed police = COMPOSER.composeOf(text, toks, 11, "GE", k -> false);
        assertThat(police.name()).isEqualTo("Police Forces of Abkhazia");
        assertThat(police.country()).isNull();
        // a name the actor rows know is a group, not a state: "the forces of Hezbollah" are not composed
        assertThat(COMPOSER.composeOf(text, toks, 11, "GE", k -> true)).isNull();
        assertThat(COMPOSER.composeOf("Soldiers of fortune arrived.", Token.tokenize("Soldiers of fortune arrived."),
                0, null, k -> false)).isNull();
    }

    @Test
    void finderKeepsBothSidesNamedTheAcledWay() {
        List<ActorMatch> found = ActorDictionary.load().find(
                "The army of Chad repelled a raid by the military forces of Sudan on a border post.", "TD");
        assertThat(found).extracting(m -> m.actor().name())
                .containsExactly("Military Forces of Chad", "Military Forces of Sudan");
        assertThat(found).extracting(m -> m.actor().type())
                .containsExactly(ActorType.STATE_FORCES, ActorType.FOREIGN_STATE);
    }

    @Test
    void composerLeavesAttributiveAndHyphenatedUsesAlone() {
        assertThat(composeAt("A Nigerian military source said so.", 1, "NG")).isNull();
        assertThat(composeAt("Ethiopian army-backed militias moved in.", 0, "ET")).isNull();
        assertThat(composeAt("Sudanese farmers protested.", 0, "SD")).isNull();
    }

    @Test
    void finderTypesForeignForcesAndUnidentifiedSponsoredOnes() {
        ActorDictionary dictionary = ActorDictionary.load();
        List<ActorMatch> found = dictionary.find("Rwandan soldiers and Turkey-backed fighters crossed at dawn.", "CD");
        assertThat(found).extracting(ActorMatch::text).containsExactly("Rwandan soldiers", "fighters");
        assertThat(found.get(0).actor()).isEqualTo(
                new Actor("Military Forces of Rwanda", ActorType.FOREIGN_STATE, "Rwandan soldiers"));
        assertThat(found.get(1).actor().name()).isEqualTo("Unidentified Armed Group");
        assertThat(found.get(1).actor().type()).isEqualTo(ActorType.POLITICAL_MILITIA);
    }

    @Test
    void normalizerTakesTheHeadBeforeABoundaryAndTheActorAfterAnAllyWord() {
        ActorDictionary dictionary = ActorDictionary.load();
        assertThat(dictionary.normalize("policemen posted near the border with Niger", "ML")).get()
                .extracting(Actor::name, Actor::type).containsExactly("Police Forces of Mali", ActorType.STATE_FORCES);
        assertThat(dictionary.normalize("the junta's backer Russia", "ML")).get()
                .extracting(Actor::name, Actor::type).containsExactly("Government of Russia", ActorType.FOREIGN_STATE);
    }

    @Test
    void actorTypeLabelsReadBackToTheSameType() {
        for (ActorType t : ActorType.values()) {
            assertThat(ActorType.ofLabel(t.label())).isSameAs(t);
        }
        assertThat(ActorType.ofLabel("State Forces ")).isEqualTo(ActorType.STATE_FORCES);
        assertThat(ActorType.ofLabel("journalists")).isNull();
    }
}
