package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "pro-X" before a side ({@link ProSides}), read over the tokens of phrases written for this test. */
class ProSidesTest {
    private static int tokenStarting(List<Token> toks, String text, String word) {
        int at = text.indexOf(word);
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() == at) {
                return i;
            }
        }
        throw new AssertionError(word);
    }

    @Test
    void aProWordRightBeforeASideIsItsBacker() {
        String text = "Clashes with pro-Harmony fighters near the dam.";
        List<Token> toks = Token.tokenize(text);
        ProSides.Pro p = ProSides.before(text, toks, tokenStarting(toks, text, "fighters"));
        assertThat(p).isNotNull();
        assertThat(p.start()).isEqualTo(text.indexOf("pro-"));
        assertThat(p.side(text)).isEqualTo("Harmony");
        String dotted = "Shelling by pro-U.S. forces";
        List<Token> dt = Token.tokenize(dotted);
        assertThat(ProSides.before(dotted, dt, tokenStarting(dt, dotted, "forces")).side(dotted)).isEqualTo("U.S.");
    }

    @Test
    void punctuationOrAWordBetweenBreaksTheProWord() {
        String comma = "Clashes with pro-Harmony, fighters near the dam.";
        List<Token> ct = Token.tokenize(comma);
        assertThat(ProSides.before(comma, ct, tokenStarting(ct, comma, "fighters"))).isNull();
        String apart = "Clashes with pro Harmony fighters near the dam.";
        List<Token> at = Token.tokenize(apart);
        assertThat(ProSides.before(apart, at, tokenStarting(at, apart, "fighters"))).isNull();
    }

    @Test
    void aProWordWithItsNounSpansBoth() {
        String text = "The army repelled a pro-Harmony incursion at dawn.";
        List<Token> toks = Token.tokenize(text);
        ProSides.Noun n = ProSides.noun(text, toks, tokenStarting(toks, text, "pro-"));
        assertThat(n.noun()).isEqualTo("incursion");
        assertThat(text.substring(n.pro().start(), n.end())).isEqualTo("pro-Harmony incursion");
        String joined = "An anti-pro-Harmony incursion";
        List<Token> jt = Token.tokenize(joined);
        assertThat(ProSides.noun(joined, jt, tokenStarting(jt, joined, "pro-"))).isNull();
    }

    @Test
    void aProWordAndUpToTwoWordsLeadTheForcesAfter() {
        String text = "Fighting between pro-Harmony and allied tribal forces and the rebels.";
        List<Token> toks = Token.tokenize(text);
        ProSides.Pro p = ProSides.andBefore(text, toks, text.indexOf("forces"));
        assertThat(p.side(text)).isEqualTo("Harmony");
        assertThat(p.start()).isEqualTo(text.indexOf("pro-"));
        String quoted = "Fighting between pro-Harmony and \"Qorvan\" forces.";
        assertThat(ProSides.andBefore(quoted, Token.tokenize(quoted), quoted.indexOf("forces"))).isNotNull();
        String two = "Fighting between pro-Harmony and anti-Harmony forces.";
        assertThat(ProSides.andBefore(two, Token.tokenize(two), two.indexOf("forces"))).isNull();
        String far = "Fighting between pro-Harmony and some of the local well armed tribal forces.";
        assertThat(ProSides.andBefore(far, Token.tokenize(far), far.indexOf("forces"))).isNull();
    }

    @Test
    void aLexiconPhraseCountsOnlyAsWritten() {
        String text = "militants  claimed\tresponsibility, and a sub-clan";
        int from = text.indexOf("claimed");
        int to = text.indexOf(",");
        assertThat(PhraseTrie.asWritten(text, from, to, "claimed responsibility", false)).isTrue();
        assertThat(PhraseTrie.asWritten(text, from, to, "Claimed Responsibility", true)).isTrue();
        assertThat(PhraseTrie.asWritten(text, from, to, "Claimed Responsibility", false)).isFalse();
        assertThat(PhraseTrie.asWritten(text, text.indexOf("sub"), text.length(), "sub clan", false)).isFalse();
        assertThat(PhraseTrie.asWritten(text, text.indexOf("sub"), text.length(), "sub-clan", false)).isTrue();
    }
}
