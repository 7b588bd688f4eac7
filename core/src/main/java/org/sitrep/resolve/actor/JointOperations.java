package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;
import org.sitrep.model.Actor;

/**
 * A side of two or more actors acting under one named operation or coalition is that operation ("Turkish forces and
 * allied factions, operating under Operation Peace Spring, shelled the village": actor1 is Operation Peace Spring), as
 * ACLED codes joint operations. The words that put the side under it are {@code actors/joint-operation-words.tsv};
 * they must stand inside the side's words or right after them (a comma between), and be followed at once by a named
 * actor. A side of one actor keeps its name. Stateless and thread-safe.
 */
final class JointOperations {
    static final String WORDS = "/actors/joint-operation-words.tsv";

    /** A run of commas and spaces, then any of the words, then spaces (longest words first). */
    private final Pattern under;
    private final ActorDictionary dictionary;

    JointOperations(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        List<String> words = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(WORDS, 1)) {
            words.add(LexiconPhrase.regex(r.get(0).toLowerCase(Locale.ROOT)));
        }
        words.sort((a, b) -> b.length() - a.length());
        this.under = Pattern.compile("(?i)[\\s,]+(?:" + String.join("|", words) + ")\\s+(?:the\\s+)?");
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
        String words = side.text().strip();
        int at = c.sentence().indexOf(words);
        if (at < 0) {
            return side;
        }
        String rest = c.sentence().substring(at);
        Matcher m = under.matcher(rest);
        if (!m.find() || m.start() > words.length()) {
            return side; // the words stand neither inside the side nor right after it
        }
        if (dictionary.find(rest.substring(0, m.start()), c.countryHint()).size() < 2) {
            return side; // one actor under an operation keeps its own name
        }
        String after = rest.substring(m.end());
        for (ActorMatch op : dictionary.find(after, c.countryHint())) {
            if (op.start() == 0 && !op.generic() && !ActorRoles.isState(op.actor())) {
                return new Actor(op.actor().name(), op.actor().type(), side.text());
            }
            break;
        }
        return side;
    }
}
