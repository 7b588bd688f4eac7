package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.Status;

/** Where people went, when an article gives a plan beside the move, and an agreement beside the move it brought. */
class MovementPlacesTest {
    private static final Place TOWN = town("Kafr Sabil", "SY", 34.1, 36.5);
    private static final Place CITY = town("Marjan", "SY", 36.5, 37.9);
    private static final Place NORTH = new Place("Syria", "Syria", "SY", null, null, null, 35.0, 37.0, 3, List.of(),
            null, "northern Syria");
    private static final EventType EVACUATION = new EventType("Humanitarian", "Evacuation");
    private static final EventType AGREEMENT = new EventType("Strategic developments", "Agreement");
    private static final EventDate MAY_2 = new EventDate(LocalDate.of(2021, 5, 2), null, DatePrecision.DAY,
            "on Sunday", DateBasis.TEXT);

    private static Place town(String name, String cc, double lat, double lon) {
        return new Place(name, "Syria", cc, null, null, null, lat, lon, 1, List.of(), 1L, name);
    }

    private static EventMention mention(String id, EventType type, Status status, EventDate date, Place location,
                                        Place origin, Place destination, String sentence) {
        return new EventMention(id, type, status, false, date, location, origin, destination, null, null, Map.of(),
                List.of(new Source("doc", null, null, sentence, 0, sentence.length(), List.of())), List.of(),
                "evacuated", "EVACUATE");
    }

    @Test
    void aPlansDestinationDoesNotReplaceWhereTheReportSaysPeopleWent() {
        EventMention went = mention("doc-1", EVACUATION, Status.OCCURRED, MAY_2, TOWN, TOWN, NORTH,
                "About 900 fighters and their families were bused to northern Syria on Sunday.");
        EventMention offer = mention("doc-2", EVACUATION, Status.PLANNED, MAY_2, TOWN, TOWN, CITY,
                "Leaflets told the fighters they could be bused to the city of Marjan.");
        assertThat(Merge.of(List.of(went, offer)).destination()).isEqualTo(NORTH);
    }

    @Test
    void aPlansDestinationStandsWhenNoReportNamesOne() {
        EventMention went = mention("doc-1", EVACUATION, Status.OCCURRED, MAY_2, TOWN, TOWN, null,
                "Buses entered Kafr Sabil on Sunday to take the fighters out.");
        EventMention plan = mention("doc-2", EVACUATION, Status.PLANNED, MAY_2, TOWN, TOWN, CITY,
                "Under the deal the fighters will leave for the city of Marjan.");
        assertThat(Merge.of(List.of(went, plan)).destination()).isEqualTo(CITY);
    }

    @Test
    void anAgreementWithoutDestinationTakesTheDestinationOfTheMoveOutOfItsPlaceThatDay() {
        EventMention deal = mention("doc-1", AGREEMENT, Status.OCCURRED, MAY_2, TOWN, null, null,
                "The government said on Sunday it had agreed with the rebels that they leave Kafr Sabil for a town in the north.");
        EventMention move = mention("doc-2", EVACUATION, Status.OCCURRED, MAY_2, TOWN, TOWN, CITY,
                "Buses later took the first fighters from Kafr Sabil to Marjan.");
        List<EventMention> out = AgreementDestinations.complete(List.of(deal, move));
        assertThat(out.get(0).destination()).isEqualTo(CITY);
        assertThat(out.get(1)).isSameAs(move);
    }

    @Test
    void anAgreementKeepsItsOwnDestinationAndTakesNoneFromAnotherDayOrPlaceOrFromTwoMovesThatDisagree() {
        EventMention named = mention("doc-1", AGREEMENT, Status.OCCURRED, MAY_2, TOWN, null, NORTH,
                "The rebels agreed on Sunday to leave Kafr Sabil for northern Syria.");
        EventMention move = mention("doc-2", EVACUATION, Status.OCCURRED, MAY_2, TOWN, TOWN, CITY,
                "Buses took the first fighters from Kafr Sabil to Marjan.");
        assertThat(AgreementDestinations.complete(List.of(named, move)).get(0).destination()).isEqualTo(NORTH);

        EventMention bare = mention("doc-3", AGREEMENT, Status.OCCURRED, MAY_2, TOWN, null, null,
                "The rebels agreed on Sunday to leave Kafr Sabil.");
        EventDate weekLater = new EventDate(LocalDate.of(2021, 5, 9), null, DatePrecision.DAY, "on May 9", DateBasis.TEXT);
        EventMention later = mention("doc-4", EVACUATION, Status.OCCURRED, weekLater, TOWN, TOWN, CITY,
                "Buses took fighters from Kafr Sabil to Marjan on May 9.");
        assertThat(AgreementDestinations.complete(List.of(bare, later)).get(0).destination()).isNull();

        EventMention elsewhere = mention("doc-5", EVACUATION, Status.OCCURRED, MAY_2, CITY, CITY, NORTH,
                "Families left Marjan for the north on Sunday.");
        assertThat(AgreementDestinations.complete(List.of(bare, elsewhere)).get(0).destination()).isNull();

        EventMention other = mention("doc-6", EVACUATION, Status.OCCURRED, MAY_2, TOWN, TOWN, NORTH,
                "Others were bused from Kafr Sabil to northern Syria.");
        assertThat(AgreementDestinations.complete(List.of(bare, move, other)).get(0).destination()).isNull();
    }
}
