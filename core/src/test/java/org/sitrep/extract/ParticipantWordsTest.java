package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.pipeline.TestPipeline;

/**
 * What the words for a side say of it ({@link ParticipantWords}), read from the tokens of the side's phrase in a
 * sentence written for this test: armed people are no crowd, members belong to their organisation, a group of
 * residents or vigilantes is a crowd, someone off duty or retired is a noncombatant, a party's people are partisans.
 */
class ParticipantWordsTest {
    private final ParticipantWords words = new ParticipantWords();

    private static Sentence sentence(String text) {
        return Sentences.annotated(text).sentences().get(0);
    }

    /** The tokens of {@code phrase} in the text's first sentence; fails when they are not found. */
    private static List<Token> phrase(String text, String phrase) {
        List<Token> span = ParticipantWords.phrase(new ActorRef(phrase, null), List.of(sentence(text)));
        assertThat(span).as(phrase).isNotEmpty();
        return span;
    }

    private ParticipantWords.Kind kind(String text, String phrase, String head) {
        return words.of(phrase(text, phrase), head);
    }

    @Test
    void aPhraseIsTheRunOfWholeTokensItsWordsSpan() {
        Sentence s = sentence("Dozens of inmates broke out of a jail near Korla on Sunday.");
        List<Token> span = ParticipantWords.phrase(new ActorRef("Dozens of inmates", "dozens"), List.of(s));
        assertThat(span).extracting(Token::word).containsExactly("Dozens", "of", "inmates");
        assertThat(span.get(0).begin()).isEqualTo(s.begin());
        assertThat(span.get(2).end()).isEqualTo(s.begin() + 17);
        // words that cut a token are no phrase of the sentence
        assertThat(ParticipantWords.phrase(new ActorRef("ozens of inmates", "inmates"), List.of(s))).isEmpty();
        assertThat(ParticipantWords.phrase(new ActorRef("a jail near Turfan", "jail"), List.of(s))).isEmpty();
    }

    @Test
    void aPhraseIsFoundInTheFirstSentenceThatHoldsIt() {
        List<Sentence> told = Sentences.annotated("Bandits raided a farm near Gusau on Monday. Local vigilantes "
                + "pursued them into the forest.").sentences();
        List<Token> span = ParticipantWords.phrase(new ActorRef("Local vigilantes", "vigilantes"), told);
        assertThat(span).extracting(Token::word).containsExactly("Local", "vigilantes");
        assertThat(words.of(span, "vigilantes")).isEqualTo(ParticipantWords.Kind.CROWD);
    }

    @Test
    void armedPeopleAreNoCrowdAndMembersBelongToTheirOrganisation() {
        assertThat(kind("Three armed inmates overpowered a warden in the prison at Tarnow.", "Three armed inmates",
                "inmates")).isEqualTo(ParticipantWords.Kind.ARMED);
        assertThat(kind("Dozens of inmates broke out of a jail near Korla on Sunday.", "Dozens of inmates", "dozens"))
                .isEqualTo(ParticipantWords.Kind.CROWD);
        assertThat(kind("Two groups fought with machetes over a well near Dabou.", "Two groups", "groups"))
                .isEqualTo(ParticipantWords.Kind.CROWD);
        assertThat(kind("Two armed groups fought over a gold pit near Dabou.", "Two armed groups", "groups"))
                .isNotEqualTo(ParticipantWords.Kind.CROWD);
        assertThat(kind("Gang members robbed a fuel station in Lusaka.", "Gang members", "members"))
                .isEqualTo(ParticipantWords.Kind.UNKNOWN);
        assertThat(kind("Members of the Unity Front burned a lorry at Kafue.", "Members of the Unity Front", "members"))
                .isEqualTo(ParticipantWords.Kind.UNKNOWN);
        assertThat(kind("Community members blocked the road to the quarry at Ndola.", "Community members", "members"))
                .isEqualTo(ParticipantWords.Kind.CROWD);
        assertThat(kind("Members of the National Salvation Army raided a depot at Kafue.",
                "Members of the National Salvation Army", "members")).isEqualTo(ParticipantWords.Kind.UNKNOWN);
        assertThat(kind("A group of vigilantes beat a suspected thief in Ibadan.", "A group of vigilantes", "group"))
                .isEqualTo(ParticipantWords.Kind.CROWD);
        assertThat(kind("Masked gunmen abducted a trader near Minna.", "Masked gunmen", "gunmen"))
                .isEqualTo(ParticipantWords.Kind.ARMED);
    }

    @Test
    void groupsNamedByNothingButTheirNumberAreACrowdAndNamedGroupsAreNot() {
        assertThat(kind("The two groups hurled stones at each other near the well at Dabou.", "The two groups", "groups"))
                .isEqualTo(ParticipantWords.Kind.CROWD);
        assertThat(kind("Two groups at the market traded blows in Dabou on Friday.", "Two groups at the market",
                "groups")).isEqualTo(ParticipantWords.Kind.CROWD);
        assertThat(kind("Two village groups hurled stones at each other near Dabou.", "Two village groups", "groups"))
                .isEqualTo(ParticipantWords.Kind.CROWD);
        assertThat(kind("Two rebel groups fought over a gold pit near Dabou.", "Two rebel groups", "groups"))
                .isEqualTo(ParticipantWords.Kind.UNKNOWN);
        assertThat(kind("Pro-government groups raided a camp near Dabou.", "Pro-government groups", "groups"))
                .isEqualTo(ParticipantWords.Kind.UNKNOWN);
        assertThat(kind("Criminal groups fought over a smuggling route near Dabou.", "Criminal groups", "groups"))
                .isEqualTo(ParticipantWords.Kind.UNKNOWN);
    }

    @Test
    void theCollectivesPeopleAreNamedByTheWordsOfBeforeWhatFollowsThem() {
        // the people after "of", not the place after "from": labourers (a crowd), not the hills
        assertThat(kind("Two groups of seasonal labourers from the hills fought over wages at a brick kiln in Tandil.",
                "Two groups of seasonal labourers from the hills", "groups")).isEqualTo(ParticipantWords.Kind.CROWD);
        assertThat(kind("A band of heavily armed men raided a cattle post near Tandil on Friday.",
                "A band of heavily armed men", "band")).isEqualTo(ParticipantWords.Kind.ARMED);
        assertThat(kind("A crowd of villagers who had lost their cattle burned a hut near Tandil.",
                "A crowd of villagers who had lost their cattle", "crowd")).isEqualTo(ParticipantWords.Kind.CROWD);
    }

    @Test
    void farmersAndNoncombatantSoldiersOrPoliceAreUnarmed() {
        assertThat(kind("Bandits shot a farmer near Zaria on Tuesday evening, residents said.", "a farmer", "farmer")).isEqualTo(ParticipantWords.Kind.UNARMED);
        assertThat(kind("Bandits shot an off-duty policeman near Zaria on Tuesday evening, residents said.", "an off-duty policeman", "policeman"))
                .isEqualTo(ParticipantWords.Kind.UNARMED);
        assertThat(kind("Bandits shot an off - duty policeman near Zaria on Tuesday evening, residents said.", "an off - duty policeman", "policeman"))
                .isEqualTo(ParticipantWords.Kind.UNARMED);
        assertThat(kind("Bandits shot an off duty policeman near Zaria on Tuesday evening, residents said.", "an off duty policeman", "policeman"))
                .isEqualTo(ParticipantWords.Kind.UNARMED);
        assertThat(kind("Bandits shot a retired navy captain near Zaria on Tuesday evening, residents said.", "a retired navy captain", "captain"))
                .isEqualTo(ParticipantWords.Kind.UNARMED);
        assertThat(kind("Bandits shot a soldier, \"retired\", near Zaria on Tuesday evening, residents said.", "a soldier, \"retired\"", "soldier"))
                .isEqualTo(ParticipantWords.Kind.UNARMED);
        assertThat(kind("Bandits shot a policeman near Zaria on Tuesday evening, residents said.", "a policeman", "policeman"))
                .isNotEqualTo(ParticipantWords.Kind.UNARMED);
    }

    @Test
    void aNoncombatantWordAnywhereInTheSentenceCountsHoweverWrittenOrPunctuated() {
        assertThat(words.noncombatantIn(sentence("Two gunmen shot dead a prison warder who was off-duty."))).isTrue();
        assertThat(words.noncombatantIn(sentence("Two gunmen shot dead a prison warder who was off duty."))).isTrue();
        assertThat(words.noncombatantIn(sentence("Two gunmen shot dead a prison warder who was 'off-duty'."))).isTrue();
        assertThat(words.noncombatantIn(sentence("Gunmen killed a constable (reportedly off-duty) in Jos."))).isTrue();
        assertThat(words.noncombatantIn(sentence("Two gunmen shot dead a prison warder on duty."))).isFalse();
        // "former" counts only in the target's own phrase
        assertThat(words.noncombatantIn(sentence("Gunmen killed a former constable in Jos."))).isFalse();
    }

    @Test
    void aPartysPeopleAreNamedByItsNameOrAPartyModifier() {
        String text = "Young members of the Harmony party attacked supporters of the ruling party and an unnamed party "
                + "in Blantyre.";
        assertThat(words.namesParty(phrase(text, "Young members of the Harmony party"))).isTrue();
        assertThat(words.namesParty(phrase(text, "supporters of the ruling party"))).isTrue();
        assertThat(words.namesParty(phrase(text, "an unnamed party"))).isFalse();
    }

    @Test
    void aConstableShotWhenOffDutyAtTheSentencesEndIsAnAttackOnACivilian() {
        assertThat(TestPipeline.firstSubType("On 9 August 2021, two gunmen on a scooter shot dead a police constable "
                + "in Wardha who was off-duty.")).isEqualTo("Attack");
    }
}
