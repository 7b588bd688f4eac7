package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Qualifier;

/**
 * Quantities in brackets right after a counted group are parts of it ({@link BracketBreakdowns}). Token lists and
 * sentences written for this test.
 */
class BracketBreakdownsTest {
    private final BracketBreakdowns breakdowns = new BracketBreakdowns();

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }

    @Test
    void theBracketClosingOneThatOpensAtTheGivenToken() {
        List<String> w = words("six miners ( four men and two boys ) drowned");
        assertThat(BracketBreakdowns.bracketEnd(w, 2)).isEqualTo(8);
        assertThat(BracketBreakdowns.bracketEnd(words("six miners -lrb- four men -rrb- drowned"), 2)).isEqualTo(5);
    }

    @Test
    void noBracketWhenNoneOpensThereNestsOrClosesSoon() {
        assertThat(BracketBreakdowns.bracketEnd(words("six miners drowned"), 2)).isEqualTo(-1);
        assertThat(BracketBreakdowns.bracketEnd(words("six miners ( four ( men ) ) drowned"), 2)).isEqualTo(-1);
        assertThat(BracketBreakdowns.bracketEnd(words("six miners ( four men and two boys drowned"), 2)).isEqualTo(-1);
        assertThat(BracketBreakdowns.bracketEnd(words("six miners"), 2)).isEqualTo(-1);
    }

    @Test
    void quantitiesInTheBracketAfterAGroupAreIncluded() {
        List<String> w = words("six miners ( four men and two boys ) drowned");
        Quantity total = new Quantity(0, 1, 6L, Qualifier.EXACT, "six miners", PeopleGroup.PERSON, 2, false);
        Quantity men = new Quantity(3, 4, 4L, Qualifier.EXACT, "four men", PeopleGroup.PERSON, 5, false);
        Quantity boys = new Quantity(6, 7, 2L, Qualifier.EXACT, "two boys", PeopleGroup.CHILD, 8, false, 2L);
        List<Quantity> out = breakdowns.included(List.of(total, men, boys), w);
        assertThat(out).containsExactly(total,
                new Quantity(3, 4, 4L, Qualifier.EXACT, "four men", PeopleGroup.PERSON, 5, true),
                new Quantity(6, 7, 2L, Qualifier.EXACT, "two boys", PeopleGroup.CHILD, 8, true, 2L));
    }

    @Test
    void aBracketAfterNoCountedGroupIncludesNothing() {
        List<String> w = words("dozens of miners ( four men ) drowned");
        Quantity vague = new Quantity(0, 1, null, Qualifier.VAGUE, "dozens of miners", PeopleGroup.PERSON, 3, false);
        Quantity men = new Quantity(4, 5, 4L, Qualifier.EXACT, "four men", PeopleGroup.PERSON, 6, false);
        assertThat(breakdowns.included(List.of(vague, men), w)).containsExactly(vague, men);
    }

    @Test
    void aBreakdownReadInASentenceIsPartOfItsTotal() {
        List<Quantity> qs = new QuantityReader().quantities(Sentences.context(
                "Seven villagers (three women and four men) were killed when a bomb went off on the ridge above Larnwick."));
        assertThat(qs).extracting(Quantity::text, Quantity::value, Quantity::included).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Seven villagers", 7L, false),
                org.assertj.core.groups.Tuple.tuple("three women", 3L, true),
                org.assertj.core.groups.Tuple.tuple("four men", 4L, true));
    }
}
