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
import org.sitrep.model.EventMention;

/** The named parts of its town a report tells its event at, and when two reports name two parts. */
class NamedSitesTest {
    private static final EventDate DAY = new EventDate(LocalDate.of(2016, 3, 8), null, DatePrecision.DAY,
            "on 8 March 2016", DateBasis.TEXT);

    private static Set<String> sites(String sentence) {
        EventMention m = told("a", DAY, HOMS, 1, sentence);
        return NamedSites.of(m);
    }

    @Test
    void aNameBeforeAPartOrAreaWordOrARouteNounIsAPart() {
        assertThat(sites("On 8 March 2016, troops and rebels traded fire at the Qusour sector near Homs."))
                .containsExactly("qusour sector");
        assertThat(sites("Residents blocked the Tadmur road in Homs's Inshaat neighbourhood on Tuesday."))
                .containsExactlyInAnyOrder("tadmur road", "inshaat neighbourhood");
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
        assertThat(NamedSites.apart(Set.of("qusour sector"), Set.of("inshaat neighbourhood"))).isTrue();
        assertThat(NamedSites.apart(Set.of("qusour sector", "tadmur road"), Set.of("tadmur road"))).isFalse();
        assertThat(NamedSites.apart(Set.of("qusour sector"), Set.of())).as("a report naming no part").isFalse();
    }
}
