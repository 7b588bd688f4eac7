package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.extract.Sentences.dead;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.model.Qualifier;
import org.sitrep.pipeline.TestPipeline;

/** The dead read from the parse where no number sits next to a fatality word, on sentences written here. */
class VictimReaderTest {
    private static VictimReader.Victims victims(String text) {
        return new VictimReader().fatalities(Sentences.context(text));
    }

    private static Map<CountRole, Count> counts(String text) {
        Map<CountRole, Count> out = new EnumMap<>(CountRole.class);
        new CountReader().read(Sentences.context(text), null).forEach(f -> out.putIfAbsent(f.role(), f.count()));
        return out;
    }

    @Test
    void conjoinedVictimsUnderOneFatalityWordAreAdded() {
        assertThat(victims("On 8 May, four party cadres and a police officer were killed in a gunfight near Kona village.")
                .count()).isEqualTo(new Count(5L, Qualifier.EXACT, "four party cadres and a police officer"));
        assertThat(counts("After a long fight, six rebels and one soldier were killed near the camp.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(7L, Qualifier.EXACT, "six rebels and one soldier"));
    }

    @Test
    void theParseAddsTheVictimsTheWordsReadOneByOne() {
        assertThat(counts("On 4 May, one Malian soldier and three suspected rebels were reportedly killed in fighting near Menaka.")
                .get(CountRole.FATALITIES)).isEqualTo(new Count(4L, Qualifier.EXACT, "one Malian soldier and three suspected rebels"));
        assertThat(counts("Troops reportedly killed a rebel commander and his brother in the village of Tessit.")
                .get(CountRole.FATALITIES).value()).isEqualTo(2L);
    }

    @Test
    void aVictimAfterAModifyingPhraseIsOne() {
        assertThat(counts("On 2 May, a suspected smuggler from the border town was killed after exchanging fire with police.")
                .get(CountRole.FATALITIES)).isEqualTo(new Count(1L, Qualifier.EXACT, "a suspected smuggler"));
        assertThat(counts("On 6 May, a local leader of the farmers' union was stabbed to death by unknown attackers in Dhamrai.")
                .get(CountRole.FATALITIES).value()).isEqualTo(1L);
    }

    @Test
    void aVictimFoundKilledAndACompanionAreCounted() {
        assertThat(counts("On 3 May 2020, a man was found bound and killed near a river in Kalo.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "a man"));
        assertThat(counts("On 3 May 2020, a trader and his companion were killed by gunmen in Kalo.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(2L, Qualifier.EXACT, "a trader and his companion"));
    }

    @Test
    void theSharedObjectOfTwoVerbsIsTheVictimNotTheirSubject() {
        assertThat(counts("Gunmen shot and killed an off-duty soldier in Baidoa town.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "an off-duty soldier"));
    }

    @Test
    void aParticipleAfterItsGroupCounts() {
        assertThat(counts("Fighting between two clans resulted in 1 herdsman killed and 2 injured.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "1 herdsman"));
    }

    @Test
    void aBodyFoundIsOneDeadButAnInstitutionIsNoBody() {
        assertThat(counts("A man's body was found near the road outside Homs, a day after gunmen abducted him.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "A man's body"));
        assertThat(counts("Villagers said five corpses of suspected bandits were found in the forest after the army raid.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(5L, Qualifier.EXACT, "five corpses"));
        assertThat(counts("Police fired tear gas at students protesting outside the state body that sets the exams."))
                .doesNotContainKey(CountRole.FATALITIES);
    }

    @Test
    void anAttemptedOrThreatenedKillingHarmsNobody() {
        assertThat(counts("Gunmen attempted to kill a village chief as he left the mosque in Jowhar.")).doesNotContainKey(CountRole.FATALITIES);
        assertThat(counts("A mob tried to lynch three men accused of theft in the market.")).doesNotContainKey(CountRole.FATALITIES);
        assertThat(counts("Traders threatened to kill a tax collector at the market.")).doesNotContainKey(CountRole.FATALITIES);
    }

    @Test
    void anUncountedGroupOrAnAlternativeFateGivesNothing() {
        assertThat(victims("Soldiers killed militants in the forest near the border.")).isNull();
        assertThat(victims("Four rebels were killed, injured or captured in the operation near Kidal.")).isNull();
    }

    @Test
    void aVictimFatallyShotIsOneDead() {
        EventMention m = TestPipeline.mentionsOf("On 3 March 2021, unknown gunmen fatally shot a shopkeeper outside "
                + "his house in Westfield.").get(0);
        assertThat(m.type().subEventType()).isEqualTo("Attack");
        assertThat(dead(m)).isEqualTo(new Count(1L, Qualifier.EXACT, "a shopkeeper"));
    }

    @Test
    void countedPeopleFatallyStabbedAreTheDead() {
        EventMention m = TestPipeline.mentionsOf("On 3 March 2021, three herders were fatally stabbed by cattle "
                + "thieves near Westfield.").get(0);
        assertThat(dead(m)).isEqualTo(new Count(3L, Qualifier.EXACT, "three herders"));
    }

    @Test
    void aVerbOfHarmWithoutTheAdverbKillsNobody() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 March 2021, unknown gunmen shot a shopkeeper outside his "
                + "house in Westfield.");
        assertThat(ms).isNotEmpty();
        assertThat(dead(ms.get(0))).isNull();
    }

    @Test
    void aVictimTaggedAsAnAdjectiveIsCounted() {
        EventMention m = TestPipeline.mentionsOf("On 3 March 2021, a mob killed a prison officer and a civilian in "
                + "Hillcrest.").get(0);
        assertThat(dead(m)).isEqualTo(new Count(2L, Qualifier.EXACT, "a prison officer and a civilian"));
    }

    @Test
    void aParticipleTheParserLeavesLooseAfterItsGroupCounts() {
        assertThat(counts("On 8 June 2018, fighting broke out between two clans over a well near Dusamareb, resulting in 6 "
                + "clansmen killed and others injured.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(6L, Qualifier.EXACT, "6 clansmen"));
    }

    @Test
    void countedPeopleFatallyAssaultedAreTheDead() {
        assertThat(counts("On 5 June 2018, two suspected burglars were fatally assaulted by residents of Kibuye.")
                .get(CountRole.FATALITIES)).isEqualTo(new Count(2L, Qualifier.EXACT, "two suspected burglars"));
    }

    @Test
    void aJoinedVerbWithASubjectOfItsOwnReadsThatSubject() {
        assertThat(counts("On 15 June 2018, one guard was wounded and the second guard died when robbers fired on the van.")
                .get(CountRole.FATALITIES)).isEqualTo(new Count(1L, Qualifier.EXACT, "the second guard"));
        // the subject the parse shares with the verb before is the killers, not a victim
        assertThat(counts("On 15 June 2018, robbers ambushed the van and killed a guard.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "a guard"));
    }

    @Test
    void thoseReportedKilledAreTheDead() {
        assertThat(counts("Nine soldiers of the border brigade (a reserve unit) were reported killed and 6 others injured in a "
                + "roadside blast near Bunia.").get(CountRole.FATALITIES)).isEqualTo(new Count(9L, Qualifier.EXACT, "Nine soldiers"));
    }

    @Test
    void aVictimWithTwoNumbersInTheParseIsNotCounted() {
        // the tagger reads "wounded" as an adjective and the parse hangs "one" and "eight" on "others": the killed
        // are the one the words count, not the eight wounded
        assertThat(counts("Around 2 May (as reported), suspected bandits attacked the village of Kuda (Madagali, Adamawa), "
                + "killed one civilian and wounded eight others, two shops were burned.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "one civilian"));
    }
    @Test
    void aVictimParsedAsThePlacesAppositionIsTheDead() {
        assertThat(counts("On 2 May, in Goma, Nord-Kivu, a man riding a motorbike was shot to death by gunmen.")
                .get(CountRole.FATALITIES)).isEqualTo(new Count(1L, Qualifier.EXACT, "a man"));
    }
}
