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

/** Blocking keys and the index that finds the events a mention could join. */
class CandidateBlocksTest {
    private static final LocalDate MONDAY = LocalDate.of(2016, 3, 7);   // epoch week 2409

    @Test
    void aDayIsFiledUnderItsOwnWeekAndLooksTwoWeeksEitherSide() {
        EventMention m = shelling("a", MONDAY, HOMS, 4);
        assertThat(CandidateBlocks.ownWeeks(m)).containsExactly("violent|SY|2409");
        assertThat(CandidateBlocks.weekKeys(m)).containsExactly("violent|SY|2407", "violent|SY|2408",
                "violent|SY|2409", "violent|SY|2410", "violent|SY|2411");
    }

    @Test
    void aLongRangeIsFiledUnderAtMostFiveWeeks() {
        EventMention m = mention("a", new EventDate(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 6, 30),
                DatePrecision.RANGE, "from March to June", DateBasis.TEXT), HOMS, 4);
        assertThat(CandidateBlocks.ownWeeks(m)).containsExactly("violent|SY|2408", "violent|SY|2409",
                "violent|SY|2410", "violent|SY|2411", "violent|SY|2412");
        assertThat(CandidateBlocks.weekKeys(m)).hasSize(9).startsWith("violent|SY|2406").endsWith("violent|SY|2414");
    }

    @Test
    void thePlaceKeyIsTheRegionsCodeWhateverThePlacesPrecision() {
        assertThat(CandidateBlocks.placeKey(shelling("a", MONDAY, HOMS, 4))).isEqualTo("violent|SY|SY.11");
        assertThat(CandidateBlocks.placeKey(shelling("b", MONDAY, HOMS_REGION, 4))).isEqualTo("violent|SY|SY.11");
        assertThat(CandidateBlocks.placeKey(shelling("c", MONDAY, null, 4))).isEqualTo("violent|?|?");
    }

    @Test
    void candidatesAreDistinctAndOldestFirst() {
        CandidateBlocks index = new CandidateBlocks();
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
