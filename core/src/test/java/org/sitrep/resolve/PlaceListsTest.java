// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.resolve.place.Tokenized;

/** Which place names a sentence writes as one list or one stretch. */
class PlaceListsTest {
    private static List<PlaceRef> spans(Sentence s, String... names) {
        List<PlaceRef> out = new ArrayList<>();
        for (String n : names) {
            out.add(Tokenized.span(s, n));
        }
        return out;
    }

    @Test
    void namesJoinedByAndAndCommasAreOneListInTheOrderWritten() {
        Sentence text = Tokenized.sentence("Police raided homes in Tarlac, Pampanga and Bataan provinces on Friday.");
        List<PlaceRef> refs = spans(text, "Bataan", "Tarlac", "Pampanga");
        Map<PlaceRef, PlaceLists.Written> lists = PlaceLists.of(refs, text);
        PlaceLists.Written list = lists.get(refs.get(0));
        assertThat(list.join()).isEqualTo(PlaceLists.Join.LIST);
        assertThat(list.places()).extracting(PlaceRef::text).containsExactly("Tarlac", "Pampanga", "Bataan");
        assertThat(lists.get(refs.get(1))).isSameAs(list);
    }

    @Test
    void aPlaceAndItsContainersJoinedByCommasAloneAreNoList() {
        Sentence text = Tokenized.sentence("Gunmen shot a trader in Ilorin, Kwara, on Monday.");
        assertThat(PlaceLists.of(spans(text, "Ilorin", "Kwara"), text)).isEmpty();
    }

    @Test
    void betweenTwoTownsAndAHyphenedRoadAreLists() {
        Sentence text = Tokenized.sentence("Farmers blocked the Tula-Kaluga highway between Aleksin and Tarusa.");
        List<PlaceRef> refs = spans(text, "Tula", "Kaluga", "Aleksin", "Tarusa");
        Map<PlaceRef, PlaceLists.Written> lists = PlaceLists.of(refs, text);
        assertThat(lists.get(refs.get(0)).places()).extracting(PlaceRef::text).containsExactly("Tula", "Kaluga");
        assertThat(lists.get(refs.get(3)).places()).extracting(PlaceRef::text).containsExactly("Aleksin", "Tarusa");
    }

    @Test
    void fromOneTownToAnotherIsAStretch() {
        Sentence text = Tokenized.sentence("Jets struck depots along the road from Tikrit to Samarra overnight.");
        List<PlaceRef> refs = spans(text, "Tikrit", "Samarra");
        assertThat(PlaceLists.of(refs, text).get(refs.get(1)).join()).isEqualTo(PlaceLists.Join.STRETCH);
    }

    @Test
    void theListsMembersTakeTheirSlotsInTheOrderWritten() {
        Sentence text = Tokenized.sentence("Clashes between Aleksin and Tarusa left two dead near Kaluga.");
        List<PlaceRef> nearFirst = spans(text, "Tarusa", "Kaluga", "Aleksin");
        List<String> reordered = PlaceLists.firstWrittenFirst(nearFirst, List.of("T", "K", "A"),
                PlaceLists.of(nearFirst, text));
        // Kaluga, not listed, keeps its slot; the list's two slots take its places as written
        assertThat(reordered).containsExactly("A", "K", "T");
    }

    @Test
    void aJoiningWordWithACommaBeforeItOrTheAfterItStillJoins() {
        Sentence text = Tokenized.sentence("Militia fighters torched homes in Bor, and the Pibor area overnight.");
        List<PlaceRef> refs = spans(text, "Bor", "Pibor");
        assertThat(PlaceLists.of(refs, text).get(refs.get(1)).places()).extracting(PlaceRef::text)
                .containsExactly("Bor", "Pibor");
        // other words between two names make no list
        Sentence apart = Tokenized.sentence("Troops left Bor and then Pibor after the rains.");
        assertThat(PlaceLists.of(spans(apart, "Bor", "Pibor"), apart)).isEmpty();
    }

    @Test
    void aHyphenInsideOneTokenJoinsTheTwoNamesItLinks() {
        // a tokenizer that keeps "Tula-Kaluga" whole: the spans cut the token, and the hyphen between them joins them
        String text = "Farmers blocked the Tula-Kaluga road on Monday.";
        int at = text.indexOf("Tula");
        List<Token> tokens = new ArrayList<>();
        String[] words = {"Farmers", "blocked", "the", "Tula-Kaluga", "road", "on", "Monday", "."};
        int from = 0;
        for (String w : words) {
            int b = text.indexOf(w, from);
            tokens.add(new Token(tokens.size(), w, 500 + b, 500 + b + w.length(), "NN", w, "O", null));
            from = b + w.length();
        }
        Sentence s = new Sentence(3, 500, 500 + text.length(), text, tokens, List.of(), List.of(), true);
        PlaceRef tula = new PlaceRef("Tula", 500 + at, 500 + at + 4, PlaceRef.Role.LOCATION, true);
        PlaceRef kaluga = new PlaceRef("Kaluga", 500 + at + 5, 500 + at + 11, PlaceRef.Role.LOCATION, true);
        PlaceLists.Written list = PlaceLists.of(List.of(kaluga, tula), s).get(tula);
        assertThat(list.join()).isEqualTo(PlaceLists.Join.LIST);
        assertThat(list.places()).containsExactly(tula, kaluga);
    }

    @Test
    void spansOfASentenceOffsetInItsArticleAreReadAgainstItsTokens() {
        Sentence text = Tokenized.sentence("Raids from Tikrit to Samarra went on.", 240);
        List<PlaceRef> refs = spans(text, "Tikrit", "Samarra");
        assertThat(PlaceLists.of(refs, text).get(refs.get(0)).join()).isEqualTo(PlaceLists.Join.STRETCH);
    }
}
