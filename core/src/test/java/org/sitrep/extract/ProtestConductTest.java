package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/**
 * How a protest was conducted, told in its own sentence ({@link ProtestConduct}): violence, deaths, arrests or
 * firing that the protest is about (its grievance, demand or purpose) leave it peaceful; a crowd that burns,
 * attacks, pelts stones or fires weapons makes a violent demonstration; force used on the protesters (arrests,
 * beatings, shots fired into the air to disperse them) is an intervention, and deaths at the protest excessive
 * force. Sentences written for this test; each runs the whole pipeline because the sub-type is finished once the
 * actors are known.
 */
class ProtestConductTest {
    private final ProtestConduct conduct = new ProtestConduct();

    private static String subType(String text) {
        return TestPipeline.firstSubType(text);
    }

    private static List<String> subTypes(String text) {
        return TestPipeline.mentionsOf(text).stream().map(m -> m.type().subEventType()).toList();
    }

    @Test
    void violenceInTheGrievanceLeavesTheProtestPeaceful() {
        assertThat(subType("On 4 June 2021, shopkeepers protested in Hyderabad city (Sindh), demanding the arrest of the men "
                + "who torched their stalls last week.")).isEqualTo("Peaceful protest");
        assertThat(subType("On 4 June 2021, nurses rallied outside the health ministry in Nairobi against the rules imposed "
                + "to fight the epidemic.")).isEqualTo("Peaceful protest");
        assertThat(subType("On 4 June 2021, relatives of inmates held a sit-in in Tunis over the detention of prisoners "
                + "accused of rioting in their cells.")).isEqualTo("Peaceful protest");
    }

    @Test
    void violenceByTheCrowdStillMakesAViolentDemonstration() {
        assertThat(subType("On 4 June 2021, shopkeepers protested in Hyderabad city (Sindh) and torched two police vehicles."))
                .isEqualTo("Violent demonstration");
        assertThat(subType("On 4 June 2021, students who threw stones at the police protested in Dhaka against fee rises."))
                .isEqualTo("Violent demonstration");
    }

    @Test
    void deathsTheProtestIsAboutLeaveItPeaceful() {
        assertThat(subType("On 6 April 2021, relatives of a driver who was shot dead at a checkpoint held a protest outside "
                + "the governor's office in Kisumu (Kisumu County).")).isEqualTo("Peaceful protest");
        assertThat(subType("On 6 April 2021, about 30 classmates of a student who died in a traffic accident rallied in front of the "
                + "court in Nakuru (Nakuru County), demanding justice.")).isEqualTo("Peaceful protest");
    }

    @Test
    void deathsTheCrowdSpeaksOfLeaveItPeaceful() {
        assertThat(subType("On 6 April 2021, shop owners protested in Lviv, complaining that the quarantine kills their "
                + "trade.")).isEqualTo("Peaceful protest");
    }

    @Test
    void deathsAtTheProtestAreStillLethalForce() {
        assertThat(subType("On 6 April 2021, police opened fire on protesters in Kisumu (Kisumu County), killing two of them."))
                .isEqualTo("Excessive force against protesters");
        assertThat(subType("On 6 April 2021, witnesses said police shot dead two protesters in Kisumu (Kisumu County)."))
                .isEqualTo("Excessive force against protesters");
    }

    @Test
    void detaineesWhoseReleaseIsDemandedAreNoIntervention() {
        assertThat(subType("On 15 July 2021, protesters gathered outside the courthouse in Sfax and demanded the release of "
                + "activists who were detained during last week's demonstrations.")).isEqualTo("Peaceful protest");
    }

    @Test
    void protestersArrestedAtTheProtestStillMakeAnIntervention() {
        assertThat(subType("On 15 July 2021, police arrested 12 protesters who had blocked the main road in Sfax during a "
                + "march against unemployment.")).isEqualTo("Protest with intervention");
        assertThat(subType("On 15 July 2021, about 200 students marched in Sfax against fee rises. Police detained 15 of them."))
                .isEqualTo("Protest with intervention");
    }

    @Test
    void destructionThatAProtestIsAboutLeavesItPeaceful() {
        assertThat(subType("On 3 June 2021, residents marched in Kaloma to denounce the gunmen who torched the market the "
                + "night before.")).isEqualTo("Peaceful protest");
    }

    @Test
    void deathsInAProtestsDemandAreItsGrievance() {
        assertThat(TestPipeline.firstSubType("Marches calling for compensation for three miners killed in a flood are "
                + "being held in several towns.")).isEqualTo("Peaceful protest");
    }

    @Test
    void deathsInAProtestsPurposeAreItsGrievance() {
        assertThat(TestPipeline.firstSubType("Hundreds of students marched through the main square on Monday to "
                + "remember classmates shot dead in a police raid on a strike camp last year."))
                .isEqualTo("Peaceful protest");
    }

    @Test
    void deathsAtTheProtestStillMakeExcessiveForce() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, police shot dead two demonstrators during a march in "
                + "Kaloma.")).isEqualTo("Excessive force against protesters");
    }

    @Test
    void aCrowdThatPeltsStonesMakesAViolentDemonstration() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, hundreds of stranded labourers blocked a motorway near "
                + "Kaloma and pelted stones at officers.")).isEqualTo("Violent demonstration");
    }

    @Test
    void theProtestsOwnCrowdAttackingMakesAViolentDemonstration() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, street vendors marched in Kaloma against the closure of "
                + "their kiosks and assaulted the inspectors sent to evict them.")).isEqualTo("Violent demonstration");
        assertThat(TestPipeline.firstSubType("On 3 June 2021, students raided a police post in Kaloma to protest "
                + "against the arrest of a classmate.")).isEqualTo("Violent demonstration");
    }

    @Test
    void aProtestAttackedByPoliceIsNoViolentDemonstration() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, riot police attacked a peaceful march of nurses in "
                + "Kaloma.")).isNotEqualTo("Violent demonstration");
    }

    @Test
    void anAttackByOthersThatTheCrowdProtestsStaysPeaceful() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, traders demonstrated in Kaloma after gunmen attacked "
                + "the market.")).isEqualTo("Peaceful protest");
    }

    @Test
    void recruitsProtestingByShootingIntoTheSkyAreAViolentDemonstration() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 June 2021, dozens of police recruits protested outside "
                + "the governor's office in Kindu by shooting their rifles into the sky.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).type().eventType()).isEqualTo("Riots");
        assertThat(ms.get(0).type().subEventType()).isEqualTo("Violent demonstration");
        assertThat(ms.get(0).trigger()).isEqualTo("protested");
    }

    @Test
    void guardsWhoHoldAProtestAndShootIntoTheAirAreAViolentDemonstration() {
        assertThat(subTypes("On 3 June 2021, prison guards in Kindu held a protest over late salaries and shot into "
                + "the air.")).containsExactly("Violent demonstration");
    }

    @Test
    void policeFiringIntoTheAirAtAProtestIsTheIntervention() {
        assertThat(subTypes("On 3 June 2021, police fired shots into the air to disperse hundreds of traders protesting "
                + "against new taxes in Kindu.")).containsExactly("Protest with intervention");
    }

    @Test
    void workersFiredByTheirEmployerProtestPeacefully() {
        assertThat(subTypes("On 3 June 2021, dock workers protested in Kindu after the port company fired forty "
                + "employees.")).containsExactly("Peaceful protest");
    }

    @Test
    void firingThatIsTheProtestsGrievanceLeavesItPeaceful() {
        assertThat(subTypes("On 3 June 2021, residents of Kindu demonstrated against the soldiers who fired into the air "
                + "at a wedding last week.")).containsExactly("Peaceful protest");
    }

    @Test
    void policeBeatingProtestersIsAnIntervention() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 June 2021, police beat dozens of nurses protesting over "
                + "unpaid wages in Kindu.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).type().eventType()).isEqualTo("Protests");
        assertThat(ms.get(0).type().subEventType()).isEqualTo("Protest with intervention");
    }

    @Test
    void protestersBeatenByPoliceAreAnIntervention() {
        assertThat(subTypes("On 3 June 2021, nurses protesting over unpaid wages in Kindu were beaten by police."))
                .containsExactly("Protest with intervention");
    }

    @Test
    void aBeatingThatIsTheProtestsGrievanceLeavesItPeaceful() {
        assertThat(subTypes("On 3 June 2021, nurses in Kindu protested against the police who beat a colleague last "
                + "week.")).containsExactly("Peaceful protest");
    }

    // the component on its own: whether the crowd acted violently, in its sentence or one after it

    private boolean violent(String text) {
        SentenceContext ctx = Sentences.context(text);
        List<EventGrouper.Group> groups = new EventGrouper().group(new TriggerFinder().find(ctx), ctx.syntax());
        EventGrouper.Group crowd = groups.stream().filter(g -> g.family() == Family.CROWD).findFirst().orElseThrow();
        return conduct.violent(crowd, ctx);
    }

    private boolean fought(String text) {
        SentenceContext ctx = Sentences.context(text);
        return conduct.crowdFought(ctx, new TriggerFinder().find(ctx));
    }

    @Test
    void aCrowdThatAttacksOrFiresActsViolently() {
        assertThat(violent("Hundreds of traders marched to the town hall and assaulted two tax inspectors.")).isTrue();
        assertThat(violent("Retired soldiers protested over unpaid pensions by firing their rifles into the air.")).isTrue();
    }

    @Test
    void violenceTheCrowdProtestsAgainstLeavesItPeaceful() {
        assertThat(violent("Farmers marched to the district office to demand the arrest of men who torched their "
                + "granaries.")).isFalse();
        assertThat(violent("Hundreds of nurses marched peacefully to the ministry over unpaid wages.")).isFalse();
    }

    @Test
    void aLaterSentenceTellsTheCrowdFightingWhenProtestersClashOrAttack() {
        assertThat(fought("Later the protesters attacked a patrol car with sticks.")).isTrue();
        assertThat(fought("Police later clashed with the demonstrators near the bridge.")).isTrue();
        assertThat(fought("Police later arrested two of the demonstrators near the bridge.")).isFalse();
    }
}
