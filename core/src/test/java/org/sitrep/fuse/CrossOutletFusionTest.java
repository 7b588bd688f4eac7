package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fuse.ClusterMentions.HOMS;
import static org.sitrep.fuse.ClusterMentions.shelling;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateReference;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Source;
import org.sitrep.resolve.place.Gazetteer;

/**
 * The pair rule of the distributed form ({@link Fuser#links}) is fusion's own: a pair links exactly when fusion
 * makes one event of the two reports alone.
 */
class CrossOutletFusionTest {
    private static final LocalDate DAY = LocalDate.of(2016, 3, 8);
    private static Fuser fuser;

    @BeforeAll
    static void load() {
        fuser = new Fuser(Gazetteer.load());
    }

    private static EventMention named(String doc, LocalDate day) {
        return report(doc, new EventDate(day, null, DatePrecision.DAY, "on 8 March", DateBasis.TEXT, DateReference.CALENDAR));
    }

    /** Reports that share no distinctive words, so that none tells an event of an earlier day. */
    private static EventMention report(String doc, EventDate date) {
        EventMention m = ClusterMentions.mention(doc, date, HOMS, 4);
        return new EventMention(m.id(), m.type(), m.status(), m.aggregate(), m.date(), m.location(), null, null,
                null, null, m.counts(), List.of(new Source(doc, "outlet-" + doc, null, "Shells hit " + doc + ".", 0,
                12, List.of())), List.of(), m.trigger(), m.frame());
    }

    private static EventMention published(String doc, LocalDate day) {
        return report(doc, new EventDate(day, null, DatePrecision.DAY, null, DateBasis.PUBLICATION));
    }

    /** Whether the pair links, checked against what fusion makes of the two. */
    private static boolean links(EventMention earlier, EventMention later) {
        boolean linked = fuser.links(earlier, later);
        assertThat(fuser.events(List.of(earlier, later))).as("fusion of the pair").hasSize(linked ? 1 : 2);
        return linked;
    }

    @Test
    void twoNamedCalendarDaysMustBeOneDayButACountedDayKeepsADaysSlack() {
        assertThat(links(named("a", DAY), named("b", DAY))).isTrue();
        assertThat(links(named("a", DAY), named("b", DAY.plusDays(1)))).as("9 March is not 8 March").isFalse();
        assertThat(links(named("a", DAY), shelling("b", DAY.plusDays(1), HOMS, 4))).as("'on Wednesday'").isTrue();
    }

    @Test
    void aReportDatedOnlyByItsPublicationDayFitsTheDayBeforeButNotAnEventOfFiveDaysBefore() {
        assertThat(links(named("a", DAY), published("b", DAY.plusDays(1)))).isTrue();
        // the pair rule used to let a publication day fit the whole week before it
        assertThat(links(named("a", DAY), published("b", DAY.plusDays(5)))).isFalse();
    }

    @Test
    void twoReportsDatedOnlyByPublicationOnTwoDaysAreTwoDaysNews() {
        assertThat(links(published("a", DAY), published("b", DAY))).isTrue();
        // one day apart: within the old pair rule's day of slack, but nothing says the later restates the earlier
        assertThat(links(published("a", DAY), published("b", DAY.plusDays(1)))).isFalse();
    }

    @Test
    void countsMoreThanTenTimesApartAreTwoEvents() {
        assertThat(links(shelling("a", DAY, HOMS, 4), shelling("b", DAY, HOMS, 60))).isFalse();
    }
}
