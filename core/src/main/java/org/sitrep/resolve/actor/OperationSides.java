package org.sitrep.resolve.actor;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.common.Tsv;
import org.sitrep.model.Actor;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * The state force whose own operation an armed clash broke out in is actor1: "two gunmen exchanged fire with police
 * during an operation to arrest them" - the police went out to the gunmen, so ACLED codes the police first though the
 * sentence names the gunmen first. The force must be named right after "with" and the operation right after the
 * force ({@code actors/security-operations.tsv}); a force attacked or ambushed "on patrol" is not read. Read on the
 * annotated sentence's tokens ({@link SideTokens}). Stateless and thread-safe.
 */
final class OperationSides {
    static final String WORDS = "/actors/security-operations.tsv";
    /** How many words may stand between the opener and the operation's noun ("during a joint search operation"). */
    private static final int BETWEEN = 3;

    private final Set<String> openers;
    private final Set<String> nouns;

    OperationSides() {
        Set<String> o = new HashSet<>();
        Set<String> n = new HashSet<>();
        for (Tsv.Row r : Tsv.read(WORDS, 2)) {
            switch (r.get(1)) {
                case "opener" -> o.add(r.get(0));
                case "noun" -> n.add(r.get(0));
                default -> throw new IllegalStateException(WORDS + ":" + r.line() + ": unknown kind '" + r.get(1) + "'");
            }
        }
        this.openers = Set.copyOf(o);
        this.nouns = Set.copyOf(n);
    }

    /** An armed clash's sides, the state force first when the clash broke out in its operation. */
    ActorRoles.Roles apply(ActorRoles.Roles roles, ActorRoles.Clause c) {
        Actor a1 = roles.actor1();
        Actor a2 = roles.actor2();
        if (a1 == null || a1.type() == null || !a1.type().armed() || ActorRoles.isState(a1) || !ActorRoles.forces(a2)
                || a2.text() == null || a2.text().isBlank() || !inItsOperation(c.annotated(), a2.text().strip())) {
            return roles;
        }
        return new ActorRoles.Roles(a2, a1);
    }

    /** Whether the sentence names the force right after "with" and its operation right after it. */
    boolean inItsOperation(Sentence s, String force) {
        List<Token> t = s.tokens();
        int first = SideTokens.first(s, force);
        if (first < 1 || !word(t.get(first - 1)).equals("with")) {
            return false;
        }
        int last = SideTokens.last(t, first, t.get(first).begin() + force.length());
        int opener = last + 1;
        if (opener >= t.size() || !openers.contains(word(t.get(opener)))) {
            return false;
        }
        for (int k = opener + 1; k < t.size() && k <= opener + 1 + BETWEEN; k++) {
            if (nouns.contains(lemma(t.get(k)))) {
                return true;
            }
            if (!Character.isLetter(t.get(k).word().charAt(0))) {
                return false; // a comma or a bracket ends the phrase
            }
        }
        return false;
    }

    private static String word(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    private static String lemma(Token t) {
        return t.lemma() == null ? word(t) : t.lemma().toLowerCase(Locale.ROOT);
    }
}
