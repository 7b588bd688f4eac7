package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * The walk up a word's heads ({@link Syntax#upward}, {@link Syntax#arcsUp}) on a parse written for this test, so the
 * token indices are exact whatever the parser reads.
 */
class SyntaxTest {
    /** "Police said the men who burned the depot fled ." with its parse written out (said is the root). */
    private static Syntax saidTheMenFled() {
        List<Dependency> deps = List.of(
                new Dependency(-1, 1, "root"),
                new Dependency(1, 0, "nsubj"),
                new Dependency(1, 8, "ccomp"),
                new Dependency(8, 3, "nsubj"),
                new Dependency(3, 2, "det"),
                new Dependency(3, 5, "acl:relcl"),
                new Dependency(5, 4, "nsubj"),
                new Dependency(5, 7, "obj"),
                new Dependency(7, 6, "det"),
                new Dependency(1, 9, "punct"));
        return new Syntax(sentence("Police said the men who burned the depot fled .", deps));
    }

    private static Sentence sentence(String text, List<Dependency> deps) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            tokens.add(new Token(tokens.size(), w, at, at + w.length(), "NN", w.toLowerCase(), "O", null));
            at += w.length() + 1;
        }
        return new Sentence(0, 0, text.length(), text, tokens, deps, List.of(), true);
    }

    @Test
    void upwardGoesFromTheWordThroughItsHeadsToTheRoot() {
        Syntax syn = saidTheMenFled();
        // depot -> burned -> men -> fled -> said
        assertThat(syn.upward(7, 40).toArray()).containsExactly(7, 5, 3, 8, 1);
        assertThat(syn.upward(1, 40).toArray()).containsExactly(1);
        assertThat(syn.upward(-1, 40).toArray()).isEmpty();
    }

    @Test
    void upwardStopsAtItsLimit() {
        assertThat(saidTheMenFled().upward(7, 3).toArray()).containsExactly(7, 5, 3);
    }

    @Test
    void arcsUpGivesEachWordsArcToItsHead() {
        Syntax syn = saidTheMenFled();
        assertThat(syn.arcsUp(7, 40).map(Dependency::relation)).containsExactly("obj", "acl:relcl", "nsubj", "ccomp");
        assertThat(syn.arcsUp(7, 40).mapToInt(Dependency::dependent).toArray()).containsExactly(7, 5, 3, 8);
        assertThat(syn.arcsUp(7, 2).mapToInt(Dependency::governor).toArray()).containsExactly(5, 3);
        assertThat(syn.arcsUp(1, 40)).isEmpty();
    }

    @Test
    void aCycleInAMalformedGraphEndsAtTheLimit() {
        List<Dependency> deps = List.of(new Dependency(1, 0, "nsubj"), new Dependency(0, 1, "dep"));
        Syntax syn = new Syntax(sentence("Crowds gathered", deps));
        assertThat(syn.upward(0, 5).toArray()).containsExactly(0, 1, 0, 1, 0);
        assertThat(syn.arcsUp(1, 3).mapToInt(Dependency::governor).toArray()).containsExactly(0, 1, 0);
    }
}
