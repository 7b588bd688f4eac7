package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import org.sitrep.model.Sentence;

/**
 * The means a fight in a sentence was fought with (`lexicon/fight-means.tsv`): firearms, or what a crowd has to
 * hand and what police use on crowds. ACLED's codebook tells an armed clash (organised armed sides) from mob
 * violence (a crowd's fight) by them when the sides' own names do not: "two families exchanged fire" is a
 * clash, "residents and police clashed, throwing stones and firing tear gas" is mob violence.
 */
final class FightMeans {
    /** What a sentence says a fight was fought with. */
    enum Means {
        /** Guns of any kind; wins over crowd means named beside them. */
        FIREARMS,
        /** Stones, sticks, fists, or crowd-control weapons, and no firearm. */
        CROWD,
        /** Neither named. */
        NONE;

        static Means fromCode(String code) {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        }
    }

    private final Lexicon lex = Lexicon.get();

    /**
     * What a fight was fought with, told in its own sentence or, when that names no means, in the sentences after it
     * that go on telling it ("Two clans fought over a well. Both sides traded gunfire until dawn."). Firearms win
     * among the sentences after, as within one.
     */
    Means of(Sentence sentence, List<Sentence> after) {
        Means own = of(sentence);
        if (own != Means.NONE) {
            return own;
        }
        Means found = Means.NONE;
        for (Sentence s : after) {
            Means m = of(s);
            if (m == Means.FIREARMS) {
                return m;
            }
            if (m != Means.NONE) {
                found = m;
            }
        }
        return found;
    }

    Means of(Sentence sentence) {
        if (sentence == null) {
            return Means.NONE;
        }
        Means found = Means.NONE;
        for (PhraseMatcher.Match<Means> m : lex.fightMeans.find(SentenceContext.lowerLemmas(sentence),
                SentenceContext.lowerWords(sentence))) {
            if (m.value() == Means.FIREARMS) {
                return Means.FIREARMS;
            }
            found = m.value();
        }
        return found;
    }
}
