package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.TestPipeline;

/**
 * One-sided fire aimed at an area rather than at people is shelling ({@link AreaFire}): an area named by a
 * direction, by "locations" or by residential areas, the aim hung on a modifier or on the last weapon of a list;
 * fire at people, at a group or at positions is not. Sentences written for this test.
 */
class AreaFireTest {
    private static String subType(String text) {
        return TestPipeline.firstSubType(text);
    }

    @Test
    void fireOnAnAreaThatHarmedNoOneIsShelling() {
        assertThat(subType("On 9 June 2021, insurgents fired sniper rifles and 12.7mm machine guns at residential "
                + "areas in the north of Taiz city. No casualties were reported.")).isEqualTo("Shelling/artillery/missile attack");
        assertThat(subType("On 9 June 2021, army troops fired at the surrounding hills with mortars near Paletwa (Chin)."))
                .isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void fireOnPeopleOrAGroupIsNoShellingOfAnArea() {
        assertThat(subType("On 9 June 2021, rebel forces fired machine guns at army positions near Taiz city. "
                + "No casualties were reported.")).isNotEqualTo("Shelling/artillery/missile attack");
        assertThat(subType("On 9 June 2021, gunmen fired at a crowd of villagers in Zamfara, killing four people."))
                .isNotEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void fireAtAnAreaNamedByADirectionOrByLocationsIsShelling() {
        assertThat(subType("On 14 July 2021, rebel forces reportedly fired 14.5mm machine guns south of the fish market in "
                + "Zabid town (Zabid, Al Hudaydah) with no report of casualties.")).isEqualTo("Shelling/artillery/missile attack");
        assertThat(subType("On 14 July 2021, rebel forces reportedly fired machine guns and sniper shots at various locations "
                + "of Zabid town (Zabid, Al Hudaydah). No casualties reported.")).isEqualTo("Shelling/artillery/missile attack");
        assertThat(subType("On 14 July 2021, rebel forces reportedly fired machine guns at the east of Zabid town "
                + "(Zabid, Al Hudaydah). No casualties reported.")).isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void theAimMayHangOnAModifierOrOnTheLastWeapon() {
        assertThat(subType("On 14 July 2021, rebel forces fired machine guns, assumedly heavy, at several locations "
                + "in the market area of Hays town (Hays, Al Hudaydah). No casualties reported."))
                .isEqualTo("Shelling/artillery/missile attack");
        assertThat(subType("On 14 July 2021, insurgents fired mortar shells, PK machine guns, 14.5mm "
                + "machine guns and sniper shots at farming villages in Hays district. No casualties reported."))
                .isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void fireAtPeopleInADirectionOfAPlaceIsNoShelling() {
        assertThat(subType("On 14 July 2021, rebel forces fired machine guns at army positions south of Zabid town "
                + "(Zabid, Al Hudaydah). No casualties reported.")).isNotEqualTo("Shelling/artillery/missile attack");
    }
}
