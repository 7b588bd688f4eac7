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
 * How wars of the 2020s are reported, which the 2020 dev set hardly shows: FPV, kamikaze and one-way attack
 * drones, loitering munitions and glide bombs (ACLED's air/drone strike, whether a state or an armed group flew
 * them), drones and missiles intercepted or downed (disrupted weapons use), vehicles intercepted (no weapon
 * disrupted), grenades dropped from drones, aircraft striking a place, fire that harmed no one, ground handed
 * over without a fight, bombs planted rather than dropped, sieges and aid blocked, ambushes of aid convoys, and a
 * lead's "No casualties were reported" that closes the event rather than starting one. Sentences written for this
 * test.
 */
class RecentWarfareTypingTest {
    private static List<EventMention> run(String text) {
        return TestPipeline.mentionsOf(text);
    }

    private static List<String> subTypes(String text) {
        return run(text).stream().map(m -> m.type().subEventType()).toList();
    }

    @Test
    void attackDronesAndLoiteringMunitionsAreDroneStrikes() {
        List<EventMention> fpv = run("Russian forces struck Zaporizhzhia with FPV drones, injuring two civilians.");
        assertThat(fpv).extracting(m -> m.type().subEventType()).containsExactly("Air/drone strike");
        assertThat(fpv.get(0).counts().get(CountRole.INJURED)).isEqualTo(new Count(2L, Qualifier.EXACT, "two civilians"));
        List<EventMention> loitering = run("A Russian loitering munition struck a civilian car in Nikopol on Friday, "
                + "killing the driver.");
        assertThat(loitering).extracting(m -> m.type().subEventType()).containsExactly("Air/drone strike");
        assertThat(loitering.get(0).counts().get(CountRole.FATALITIES).value()).isEqualTo(1L);
        assertThat(subTypes("Russia launched 35 Shahed drones at energy infrastructure in the capital region overnight."))
                .containsExactly("Air/drone strike");
        assertThat(subTypes("Rebels dropped two grenades from a drone onto army positions near the village."))
                .containsExactly("Air/drone strike");
    }

    @Test
    void aDroneOrJetAsTheDoerMakesAnAirStrike() {
        // the tagger may read "drone" as a verb here: the words "drone killed" still tell the strike
        List<EventMention> drone = run("A Russian drone killed three people in Sumy on Monday.");
        assertThat(drone).extracting(m -> m.type().subEventType()).containsExactly("Air/drone strike");
        assertThat(drone.get(0).counts().get(CountRole.FATALITIES)).isEqualTo(new Count(3L, Qualifier.EXACT, "three people"));
        assertThat(subTypes("Israeli jets struck targets in southern Lebanon overnight."))
                .containsExactly("Air/drone strike");
        assertThat(subTypes("Two drones struck a military post close to the border on Sunday, killing two soldiers."))
                .containsExactly("Air/drone strike");
    }

    @Test
    void weaponsInterceptedOrDownedAreDisruptedButVehiclesInterceptedAreNot() {
        assertThat(subTypes("Air defences intercepted 28 of 35 drones launched overnight."))
                .containsExactly("Disrupted weapons use");
        assertThat(subTypes("Ukrainian forces downed a Russian surveillance drone near the front line on Monday."))
                .containsExactly("Disrupted weapons use");
        List<EventMention> bus = run("Armed men intercepted a bus on the road to Tessalit and abducted 12 passengers.");
        assertThat(bus).extracting(m -> m.type().subEventType()).containsExactly("Abduction/forced disappearance");
        assertThat(bus.get(0).counts().get(CountRole.ABDUCTED).value()).isEqualTo(12L);
        assertThat(subTypes("Police intercepted 12 suspected militants on their way to the capital on Monday."))
                .containsExactly("Arrests");
    }

    @Test
    void fireThatHarmedNoOneAtPositionsIsAClash() {
        assertThat(subTypes("Forces fired small arms at enemy positions near the village. No casualties were reported."))
                .containsExactly("Armed clash");
    }

    @Test
    void groundHandedOverWithoutFightingIsNoClash() {
        assertThat(subTypes("On 2 May 2024, the army withdrew from the town of Tessalit, handing control to the local militia "
                + "without fighting.")).containsExactly("Non-violent transfer of territory");
    }

    @Test
    void aircraftInterceptedAreNoAirStrike() {
        assertThat(subTypes("On two occasions reconnaissance planes were intercepted by fighter jets over the sea."))
                .containsExactly("Disrupted weapons use");
    }

    @Test
    void bombsPlantedOrGoingOffAreRemoteExplosives() {
        assertThat(subTypes("A bomb planted by unknown men exploded near a market in Beledweyne, wounding four people."))
                .containsExactly("Remote explosive/landmine/IED");
        assertThat(subTypes("A child was killed when an unexploded bomb went off in a field near Idlib."))
                .containsExactly("Remote explosive/landmine/IED");
    }

    @Test
    void siegesAndAidBlockedAreTold() {
        assertThat(subTypes("Paramilitary fighters have besieged the city since May, blocking food deliveries to its "
                + "residents, aid agencies said.")).containsExactly("Change to group/activity", "Humanitarian access");
        assertThat(subTypes("Soldiers blocked aid trucks from entering the northern districts on Tuesday."))
                .containsExactly("Humanitarian access");
    }

    @Test
    void anAmbushedAidConvoyIsAnAttackOnCivilians() {
        List<EventMention> m = run("Gunmen ambushed a humanitarian convoy near Kaga Bandoro, killing two aid workers.");
        assertThat(m).extracting(e -> e.type().subEventType()).containsExactly("Attack", "Humanitarian access");
        assertThat(m.get(0).counts().get(CountRole.FATALITIES)).isEqualTo(new Count(2L, Qualifier.EXACT, "two aid workers"));
    }

    @Test
    void noCasualtiesReportedClosesTheEventBeforeIt() {
        List<EventMention> m = run("On 18 January 2024, militants fired mortars at the presidential office in Kismayo. "
                + "No casualties were reported.");
        assertThat(m).extracting(e -> e.type().subEventType()).containsExactly("Shelling/artillery/missile attack");
        assertThat(m.get(0).counts().get(CountRole.FATALITIES).value()).isEqualTo(0L);
    }
}
