// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceRef;

/** Which place names a sentence writes as one list or one stretch. */
class PlaceListsTest {
    private static List<PlaceRef> spans(String text, String... names) {
        List<PlaceRef> out = new ArrayList<>();
        for (String n : names) {
            int at = text.indexOf(n);
            out.add(new PlaceRef(n, at, at + n.length(), PlaceRef.Role.LOCATION, false));
        }
        return out;
    }

    @Test
    void namesJoinedByAndAndCommasAreOneListInTheOrderWritten() {
        String text = "Police raided homes in Tarlac, Pampanga and Bataan provinces on Friday.";
        List<PlaceRef> refs = spans(text, "Bataan", "Tarlac", "Pampanga");
        Map<PlaceRef, PlaceLists.Written> lists = PlaceLists.of(refs, text, 0);
        PlaceLists.Written list = lists.get(refs.get(0));
        assertThat(list.join()).isEqualTo(PlaceLists.Join.LIST);
        assertThat(list.places()).extracting(PlaceRef::text).containsExactly("Tarlac", "Pampanga", "Bataan");
        assertThat(lists.get(refs.get(1))).isSameAs(list);
    }

    @Test
    void aPlaceAndItsContainersJoinedByCommasAloneAreNoList() {
        String text = "Gunmen shot a trader in Ilorin, Kwara, on Monday.";
        assertThat(PlaceLists.of(spans(text, "Ilorin", "Kwara"), text, 0)).isEmpty();
    }

    @Test
    void betweenTwoTownsAndAHyphenedRoadAreLists() {
        String text = "Farmers blocked the Tula-Kaluga highway between Aleksin and Tarusa.";
        List<PlaceRef> refs = spans(text, "Tula", "Kaluga", "Aleksin", "Tarusa");
        Map<PlaceRef, PlaceLists.Written> lists = PlaceLists.of(refs, text, 0);
        assertThat(lists.get(refs.get(0)).places()).extracting(PlaceRef::text).containsExactly("Tula", "Kaluga");
        assertThat(lists.get(refs.get(3)).places()).extracting(PlaceRef::text).containsExactly("Aleksin", "Tarusa");
    }

    @Test
    void fromOneTownToAnotherIsAStretch() {
        String text = "Jets struck depots along the road from Tikrit to Samarra overnight.";
        List<PlaceRef> refs = spans(text, "Tikrit", "Samarra");
        assertThat(PlaceLists.of(refs, text, 0).get(refs.get(1)).join()).isEqualTo(PlaceLists.Join.STRETCH);
    }

    @Test
    void theListsMembersTakeTheirSlotsInTheOrderWritten() {
        String text = "Clashes between Aleksin and Tarusa left two dead near Kaluga.";
        List<PlaceRef> nearFirst = spans(text, "Tarusa", "Kaluga", "Aleksin");
        List<String> reordered = PlaceLists.firstWrittenFirst(nearFirst, List.of("T", "K", "A"),
                PlaceLists.of(nearFirst, text, 0));
        // Kaluga, not listed, keeps its slot; the list's two slots take its places as written
        assertThat(reordered).containsExactly("A", "K", "T");
    }
}
