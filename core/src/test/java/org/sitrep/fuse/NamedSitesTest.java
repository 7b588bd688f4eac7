package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fuse.ClusterMentions.HOMS;
import static org.sitrep.fuse.ClusterMentions.told;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.fuse.NamedSites.Site;
import org.sitrep.model.EventMention;

/** The named parts of its town a report tells its event at, and when two reports name two parts. */
class NamedSitesTest {
    private static final EventDate DAY = new EventDate(LocalDate.of(2016, 3, 8), null, DatePrecision.DAY,
            "on 8 March 2016", DateBasis.TEXT);

    private static Set<Site> sites(String sentence) {
        return NamedSites.read(told("a", DAY, HOMS, 1, sentence));
    }

    @Test
    void aNameBeforeAPartOrAreaWordOrARouteNounIsAPart() {
        assertThat(sites("On 8 March 2016, troops and rebels traded fire at the Qusour sector near Homs."))
                .containsExactly(new Site("qusour", "sector"));
        assertThat(sites("Residents blocked the Tadmur road in Homs's Inshaat neighbourhood on Tuesday."))
                .containsExactlyInAnyOrder(new Site("tadmur", "road"), new Site("inshaat", "neighbourhood"));
    }

    @Test
    void aNameBeforeASpotNounIsAPart() {
        assertThat(sites("On 8 March 2016, hundreds of protesters gathered at the Clock square in Homs."))
                .containsExactly(new Site("clock", "square"));
        assertThat(sites("Youths blocked the Hamidiyah roundabout and Quwatli street in Homs on Tuesday."))
                .containsExactlyInAnyOrder(new Site("hamidiyah", "roundabout"), new Site("quwatli", "street"));
    }

    @Test
    void theReportsOwnPlaceAndItsRegionsAreNoPart() {
        assertThat(sites("On 8 March 2016, shells fell on Homs district (Homs province), a monitor said.")).isEmpty();
    }

    @Test
    void buildingsTownsAndLowerCaseWordsAreNoPart() {
        assertThat(sites("A shell hit the Grand Hotel near the village of Kafr Laha in the north zone of Homs."))
                .isEmpty();
    }

    @Test
    void twoReportsNamingPartsWithNoneInCommonAreApart() {
        Site qusour = new Site("qusour", "sector");
        Site tadmur = new Site("tadmur", "road");
        assertThat(NamedSites.apart(Set.of(qusour), Set.of(new Site("inshaat", "neighbourhood")))).isTrue();
        assertThat(NamedSites.apart(Set.of(qusour, tadmur), Set.of(tadmur))).isFalse();
        assertThat(NamedSites.apart(Set.of(qusour), Set.of())).as("a report naming no part").isFalse();
        assertThat(NamedSites.apart(Set.of(qusour), Set.of(new Site("qusour", "road"))))
                .as("one name before two kind words: two parts").isTrue();
    }

    @Test
    void aRunReadsEachReportOnceAndComparesTheValues() {
        NamedSites run = new NamedSites();
        EventMention a = told("a", DAY, HOMS, 1, "On 8 March 2016, shells hit the Inshaat neighbourhood of Homs.");
        EventMention b = told("b", DAY, HOMS, 1, "On 8 March 2016, shells hit the Qusour neighbourhood of Homs.");
        assertThat(run.of(a)).containsExactly(new Site("inshaat", "neighbourhood")).isSameAs(run.of(a));
        assertThat(run.apart(a, b)).isTrue();
        assertThat(run.apart(a, a)).isFalse();
    }
}
