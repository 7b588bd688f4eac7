package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fuse.ClusterMentions.HOMS;
import static org.sitrep.fuse.ClusterMentions.HOMS_REGION;
import static org.sitrep.fuse.ClusterMentions.mention;
import static org.sitrep.fuse.ClusterMentions.shelling;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;

/** Blocking keys and the index that finds the events a mention could join. */
class CandidateBlocksTest {
    private static final LocalDate MONDAY = LocalDate.of(2016, 3, 7);   // epoch week 2409

    private static final FusionBlock VIOLENT_SY = new FusionBlock("violent", true, "SY");

    private static List<FusionBlock.Week> weeks(long... ws) {
        return java.util.Arrays.stream(ws).mapToObj(w -> new FusionBlock.Week(VIOLENT_SY, w)).toList();
    }

    @Test
    void aDayIsFiledUnderItsOwnWeekAndLooksTwoWeeksEitherSide() {
        EventMention m = shelling("a", MONDAY, HOMS, 4);
        assertThat(CandidateBlocks.ownWeeks(m)).containsExactlyElementsOf(weeks(2409));
        assertThat(CandidateBlocks.weekKeys(m)).containsExactlyElementsOf(weeks(2407, 2408, 2409, 2410, 2411));
    }

    @Test
    void aLongRangeIsFiledUnderAtMostFiveWeeks() {
        EventMention m = mention("a", new EventDate(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 6, 30),
                DatePrecision.RANGE, "from March to June", DateBasis.TEXT), HOMS, 4);
        assertThat(CandidateBlocks.ownWeeks(m)).containsExactlyElementsOf(weeks(2408, 2409, 2410, 2411, 2412));
        assertThat(CandidateBlocks.weekKeys(m)).containsExactlyElementsOf(
                weeks(2406, 2407, 2408, 2409, 2410, 2411, 2412, 2413, 2414));
    }

    @Test
    void thePlaceKeyIsTheRegionsCodeWhateverThePlacesPrecision() {
        assertThat(CandidateBlocks.placeKey(shelling("a", MONDAY, HOMS, 4)))
                .isEqualTo(new FusionBlock.Region(VIOLENT_SY, "SY.11"));
        assertThat(CandidateBlocks.placeKey(shelling("b", MONDAY, HOMS_REGION, 4)))
                .isEqualTo(new FusionBlock.Region(VIOLENT_SY, "SY.11"));
        assertThat(CandidateBlocks.placeKey(shelling("c", MONDAY, null, 4)))
                .isEqualTo(new FusionBlock.Region(new FusionBlock("violent", false, null), null));
    }

    /** A place in the same country whose codes are {@code countryCode} and {@code admin1Code}. */
    private static Place coded(String countryCode, String admin1Code) {
        return new Place("Homs", "Syria", countryCode, "Homs", admin1Code, null, 34.73, 36.71, 1, List.of(), null,
                "Homs");
    }

    @Test
    void noCountryValueFallsIntoTheBlockOfAMentionWithoutAPlace() {
        // the keys were strings with "?" for "no place" and "null" for "no country code": these values collided
        EventMention unplaced = shelling("a", MONDAY, null, 4);
        EventMention questionMark = shelling("b", MONDAY, coded("?", "?"), 4);
        EventMention nullWord = shelling("c", MONDAY, coded("null", "null"), 4);
        EventMention noCode = shelling("d", MONDAY, coded(null, null), 4);
        assertThat(Fuser.blockKey(unplaced)).isEqualTo(new FusionBlock("violent", false, null));
        assertThat(Fuser.blockKey(noCode)).isEqualTo(new FusionBlock("violent", true, null));
        assertThat(List.of(unplaced, questionMark, nullWord, noCode).stream().map(Fuser::blockKey).distinct())
                .hasSize(4);
        assertThat(List.of(unplaced, questionMark, nullWord, noCode).stream().map(CandidateBlocks::placeKey).distinct())
                .hasSize(4);
        assertThat(CandidateBlocks.ownWeeks(unplaced)).doesNotContainAnyElementsOf(CandidateBlocks.ownWeeks(questionMark));
    }

    @Test
    void aSeparatorInsideAValueMakesNoOtherKey() {
        // "violent" + "|" + "SY|SY.11" and "violent|SY" + "|" + "SY.11" were one string
        Place oddCode = coded("SY|SY.11", null);
        assertThat(Fuser.blockKey(shelling("a", MONDAY, oddCode, 4))).isNotEqualTo(VIOLENT_SY);
        assertThat(new FusionBlock.Region(new FusionBlock("violent", true, "SY|SY.11"), null))
                .isNotEqualTo(new FusionBlock.Region(VIOLENT_SY, "SY.11"));
    }

    @Test
    void theMeetingBucketsOfAnUndatedUnplacedMentionAreNotThoseOfAPlacedOne() {
        EventDate undated = EventDate.unknown("one day");
        List<Fuser.Meeting> unplaced = Fuser.meetings(mention("a", undated, null, 4));
        List<Fuser.Meeting> questionMark = Fuser.meetings(mention("b", undated, coded("?", "?"), 4));
        assertThat(unplaced).hasSize(1).noneMatch(Fuser.Meeting::byWeek);
        assertThat(unplaced.get(0).bucket()).isNotEqualTo(questionMark.get(0).bucket());
        List<Fuser.Meeting> dated = Fuser.meetings(shelling("c", MONDAY, HOMS, 4));
        assertThat(dated).extracting(Fuser.Meeting::bucket).containsExactly(new FusionBlock.Week(VIOLENT_SY, 2409),
                new FusionBlock.Week(VIOLENT_SY, 2410), new FusionBlock.Region(VIOLENT_SY, "SY.11"));
        assertThat(dated).extracting(Fuser.Meeting::byWeek).containsExactly(true, true, false);
    }

    @Test
    void anUnplacedBlockCarriesNoCountry() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FusionBlock("violent", false, "SY"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blocksSortByClassThenPlacedThenCountry() {
        FusionBlock unplaced = new FusionBlock("violent", false, null);
        FusionBlock noCode = new FusionBlock("violent", true, null);
        FusionBlock protest = new FusionBlock("protest", true, "SY");
        assertThat(new java.util.TreeSet<>(List.of(VIOLENT_SY, noCode, unplaced, protest)))
                .containsExactly(protest, unplaced, noCode, VIOLENT_SY);
    }

    @Test
    void candidatesAreDistinctAndOldestFirst() {
        CandidateBlocks<String> index = new CandidateBlocks<>();
        FormingEvent older = new FormingEvent(0);
        FormingEvent newer = new FormingEvent(1);
        index.register("k2", newer);
        index.register("k1", older);
        index.register("k2", older);
        index.register("k2", older);
        assertThat(index.candidates(List.of("k2", "k1"))).containsExactly(older, newer);
        assertThat(index.candidates(List.of("k3"))).isEmpty();
    }
}
