package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/**
 * What the sentences after a protest tell of it ({@link ProtestSequel}, {@code protest-violence.tsv}): its crowd
 * fighting, beating people or trying to storm a building makes a violent demonstration; the crowd arrested or
 * dispersed, however the later sentence names them, makes an intervention; violence done to the crowd by others,
 * or arrests elsewhere and later, leave it as it was. Sentences written for this test.
 */
class ProtestSequelTest {
    private static String subType(String text) {
        return TestPipeline.firstSubType(text);
    }

    private static List<String> subTypes(String text) {
        return TestPipeline.mentionsOf(text).stream().map(m -> m.type().subEventType()).toList();
    }

    @Test
    void protestersFightingInTheNextSentenceMakeAViolentDemonstration() {
        assertThat(subType("On 5 June 2021, traders demonstrated outside the town hall in Kumasi against market fees. "
                + "Police clashed with the demonstrators.")).isEqualTo("Violent demonstration");
        assertThat(subType("On 5 June 2021, traders demonstrated outside the town hall in Kumasi against market fees. "
                + "The demonstrators attacked two council officials.")).isEqualTo("Violent demonstration");
        assertThat(subType("On 5 June 2021, traders demonstrated outside the town hall in Kumasi against market fees. "
                + "Elsewhere, soldiers clashed with gunmen near Tamale.")).isEqualTo("Peaceful protest");
    }

    @Test
    void theCrowdArrestedAsThemOrArrestsMadeIsAnIntervention() {
        assertThat(subType("On 6 April 2021, about 30 nurses staged a demonstration in Mombasa (Mombasa County) over unpaid "
                + "wages. They were arrested for breaking the assembly rules.")).isEqualTo("Protest with intervention");
        assertThat(subType("On 6 April 2021, about 30 nurses staged a demonstration in Mombasa (Mombasa County) over unpaid "
                + "wages. Several arrests were made.")).isEqualTo("Protest with intervention");
    }

    @Test
    void clashesWithThePoliceAfterTheProtestMakeItViolent() {
        assertThat(subType("On 6 April 2021, hundreds of traders demonstrated outside the market in Eldoret (Uasin Gishu) "
                + "against new fees. Clashes with police erupted as officers moved to reopen the road."))
                .isEqualTo("Violent demonstration");
        assertThat(subType("On 6 April 2021, dozens of residents blocked a highway in Eldoret (Uasin Gishu) with burning "
                + "tyres to demand water supplies.")).isEqualTo("Violent demonstration");
    }

    @Test
    void demonstratorsWhoBeatPeopleInTheNextSentenceMakeAViolentDemonstration() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, hundreds of dockers demonstrated at the port gates in "
                + "Kaloma to demand overdue pay. Two managers were beaten by the demonstrators."))
                .isEqualTo("Violent demonstration");
    }

    @Test
    void demonstratorsAttackedByOthersStayPeaceful() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, nurses gathered outside the ministry in Kaloma to demand "
                + "more staff. The nurses were beaten by a crowd loyal to the mayor."))
                .isEqualTo("Peaceful protest");
    }

    @Test
    void policeDispersingAProtestAfterIsNoViolenceOfItsCrowd() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, hundreds of dockers demonstrated at the port gates in "
                + "Kaloma to demand overdue pay. Police dispersed them with tear gas."))
                .isEqualTo("Protest with intervention");
    }

    @Test
    void arrestsOfTheCrowdToldAfterAreAnIntervention() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, hundreds of dockers demonstrated at the port gates in "
                + "Kaloma to demand overdue pay. Police detained a dozen of the dockers."))
                .isEqualTo("Protest with intervention");
    }

    @Test
    void protestersCountedInALaterSentenceAreArrestedAtIt() {
        assertThat(subTypes("On 3 March 2021, about 50 farmers protested in Lakeside against the new water tax. Around "
                + "12 people, including a local councillor, were arrested by the riot police.").get(0))
                .isEqualTo("Protest with intervention");
    }

    @Test
    void theGroupDetainedInALaterSentenceIsTheProtests() {
        assertThat(subTypes("On 3 March 2021, members of a tenants' union protested in Lakeside over evictions. The "
                + "group was blocking a road in front of the library and were detained by the police.").get(0))
                .isEqualTo("Protest with intervention");
    }

    @Test
    void aHeadlineCountArrestedAfterAProtestIsAnIntervention() {
        assertThat(subTypes("On 3 March 2021, teachers staged a protest in Lakeside demanding unpaid wages. 14 arrested "
                + "for defying the curfew.").get(0)).isEqualTo("Protest with intervention");
    }

    @Test
    void anArrestAfterTheProtestStaysApart() {
        assertThat(subTypes("On 3 March 2021, teachers staged a protest in Lakeside demanding unpaid wages. 14 arrested at "
                + "their homes after the march.").get(0)).isEqualTo("Peaceful protest");
    }

    @Test
    void aCrowdThatTriesToStormABuildingInTheNextSentenceMakesAViolentDemonstration() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 June 2021, traders protested at the customs office "
                + "in Kindu. Later they tried to storm the office, and officials called for help.");
        assertThat(ms.get(0).trigger()).isEqualTo("protested");
        assertThat(ms.get(0).type().subEventType()).isEqualTo("Violent demonstration");
    }
}
