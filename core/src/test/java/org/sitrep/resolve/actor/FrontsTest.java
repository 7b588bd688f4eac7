package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/** The standing fronts of actors/fronts.tsv, read once for the actor and place stages. */
class FrontsTest {
    private static final Fronts FRONTS = Fronts.load();

    private static Place place(String code, String admin1) {
        return new Place("Village", "Ukraine", "UA", admin1, code, null, 48.0, 38.0, 1, List.of(), null, "Village");
    }

    @Test
    void aReportInTheFrontsWordsAndPeriodReportsFromIt() {
        String text = "The SMM recorded explosions near a village on the contact line.";
        assertThat(FRONTS.toldIn(text, LocalDate.of(2019, 6, 3))).hasSize(1);
        assertThat(FRONTS.toldIn(text, LocalDate.of(2023, 6, 3))).isEmpty();
        assertThat(FRONTS.toldIn(text, null)).isEmpty();
        // an abbreviation counts only in capitals: "smm" in lower case is no cue
        assertThat(FRONTS.toldIn("an smm of the text", LocalDate.of(2019, 6, 3))).isEmpty();
    }

    @Test
    void aFrontHoldsThePlacesOfItsRegionsByCodeWhateverTheSpelling() {
        Fronts.Front donbas = FRONTS.toldIn("Joint Forces Operation", LocalDate.of(2019, 6, 3)).get(0);
        assertThat(donbas.holds(place("UA.05", "Donetsk Oblast"))).isTrue();
        assertThat(donbas.holds(place("UA.14", "Luhansk"))).isTrue();
        assertThat(donbas.holds(place("UA.16", "Mykolaiv"))).isFalse();
        assertThat(donbas.holds(null)).isFalse();
    }
}
