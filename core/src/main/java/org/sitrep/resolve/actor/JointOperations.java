package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.common.Tsv;
import org.sitrep.extract.PhraseMatcher;
import org.sitrep.model.Actor;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * A side of two or more actors acting under one named operation or coalition is that operation ("Turkish forces and
 * allied factions, operating under Operation Peace Spring, shelled the village": actor1 is Operation Peace Spring), as
 * ACLED codes joint operations. The words that put the side under it are {@code actors/joint-operation-words.tsv};
 * they must stand inside the side's words or right after them (commas between), and be followed at once by a named
 * actor. A side of one actor keeps its name. Read on the annotated sentence's tokens ({@link SideTokens}). Stateless
 * and thread-safe.
 */
final class JointOperations {
    static final String WORDS = "/actors/joint-operation-words.tsv";

    /** The entries, matched on the sentence's lower-case words by the project's one phrase matcher (longest first). */
    private final PhraseMatcher<Boolean> phrases = new PhraseMatcher<>();
    private final ActorDictionary dictionary;

    JointOperations(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        for (Tsv.Row r : Tsv.read(WORDS, 1)) {
            phrases.add(r.get(0).toLowerCase(Locale.ROOT).strip(), Boolean.TRUE);
        }
    }

    ActorRoles.Roles apply(ActorRoles.Roles roles, ActorRoles.Clause c) {
        Actor a1 = joint(roles.actor1(), c);
        Actor a2 = joint(roles.actor2(), c);
        return a1 == roles.actor1() && a2 == roles.actor2() ? roles : new ActorRoles.Roles(a1, a2);
    }

    /** The operation a side of several actors acts under, else the side as it was. */
    Actor joint(Actor side, ActorRoles.Clause c) {
        if (side == null || side.text() == null || side.text().isBlank()) {
            return side;
        }
        Sentence s = c.annotated();
        List<Token> t = s.tokens();
        int first = SideTokens.first(s, side.text().strip());
        if (first < 0) {
            return side;
        }
        int sideEnd = t.get(first).begin() + side.text().strip().length();
        List<String> words = new ArrayList<>(t.size());
        for (Token k : t) {
            words.add(k.word().toLowerCase(Locale.ROOT));
        }
        for (PhraseMatcher.Match<Boolean> m : phrases.find(words, words)) {
            int j = m.start();
            if (j <= first || !spaced(t, j, m.end())) {
                continue;
            }
            int past = m.end();
            int before = j - 1; // the last word before the phrase, past the commas
            while (before > first && t.get(before).word().equals(",")) {
                before--;
            }
            if (t.get(before).end() > sideEnd) {
                return side; // the words stand neither inside the side nor right after it
            }
            String members = SideTokens.text(s, t.get(first).begin(), t.get(before).end());
            if (dictionary.find(members, c.countryHint()).size() < 2) {
                return side; // one actor under an operation keeps its own name
            }
            int name = past < t.size() && t.get(past).word().equalsIgnoreCase("the") && spaceAfter(t, past) ? past + 1
                    : past;
            if (name >= t.size()) {
                return side;
            }
            for (ActorMatch op : dictionary.find(SideTokens.text(s, t.get(name).begin(), s.end()), c.countryHint())) {
                if (op.start() == 0 && !op.generic() && !ActorRoles.isState(op.actor())) {
                    return new Actor(op.actor().name(), op.actor().type(), side.text());
                }
                break;
            }
            return side;
        }
        return side;
    }

    /**
     * Whether the entry's words at tokens {@code [j, end)} stand apart: right after white space or a comma, each apart
     * from the next by white space, and followed by white space.
     */
    private static boolean spaced(List<Token> t, int j, int end) {
        if (!(t.get(j - 1).end() < t.get(j).begin() || t.get(j - 1).word().equals(","))) {
            return false;
        }
        for (int k = j; k < end; k++) {
            if (!spaceAfter(t, k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether white space follows token {@code k}: another token comes after it, not at once. */
    private static boolean spaceAfter(List<Token> t, int k) {
        return k + 1 < t.size() && t.get(k).end() < t.get(k + 1).begin();
    }
}
