package org.sitrep.extract;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Dependency;
import org.sitrep.model.Frame;

/**
 * The dead a clause only recalls are not the toll of the event its sentence reports: "residents stoned the police
 * after two boys were killed by gunmen", "a mob burned the houses of bandits who killed a farmer earlier that week".
 * The killing came before, and is an event of its own. A group whose main trigger lies outside the recalling clause
 * keeps no count of the killed named inside it. A recalling clause is an adverbial clause opened by a word of
 * recall-marks.tsv (kind clause), or a relative clause holding a word that puts it earlier (kind time); a relative
 * clause alone is no recall ("two men who shot a trader clashed with police": the same fight). A protest's mourned
 * dead are {@link MournedDead}'s. Stateless.
 */
final class RecalledDead {
    private static final Set<CountRole> KILLED = EnumSet.of(CountRole.FATALITIES, CountRole.CHILDREN_KILLED,
            CountRole.WOMEN_KILLED, CountRole.CIVILIANS_KILLED);
    /** Steps up the parse from a word to its clause: deeper than any clause of a sentence, a guard against cycles. */
    private static final int DEPTH = 40;

    private final Lexicon lex = Lexicon.get();

    /** The group's counts without the killed that a clause recalling an earlier happening names. */
    Map<CountRole, Count> withoutRecalled(EventGrouper.Group group, SentenceContext ctx, List<CountReader.Found> people,
                                          Map<CountRole, Count> counts) {
        Count dead = counts.get(CountRole.FATALITIES);
        if (dead == null || group.triggers().stream().anyMatch(t -> t.frame() == Frame.PROTEST)) {
            return counts;
        }
        CountReader.Found found = people.stream().filter(f -> f.role() == CountRole.FATALITIES && f.count().equals(dead))
                .findFirst().orElse(null);
        if (found == null) {
            return counts;
        }
        Syntax syn = ctx.syntax();
        int clause = recallingClause(ctx, found.token());
        if (clause < 0 || within(syn, group.main().head(), clause)) {
            return counts;
        }
        Map<CountRole, Count> out = new LinkedHashMap<>(counts);
        out.keySet().removeAll(KILLED);
        return out;
    }

    /** The head of the clause recalling an earlier happening that holds the word at i, or -1. */
    int recallingClause(SentenceContext ctx, int i) {
        return ctx.syntax().arcsUp(i, DEPTH).filter(up -> up.relation().startsWith("advcl") && marked(ctx, up.dependent())
                || up.relation().equals("acl:relcl") && earlier(ctx, up.dependent())).mapToInt(Dependency::dependent)
                .findFirst().orElse(-1);
    }

    /** "after two boys were killed": the clause's subordinating word recalls. */
    private boolean marked(SentenceContext ctx, int head) {
        for (Dependency d : ctx.syntax().children(head)) {
            if (d.relation().equals("mark") && lex.recallClauseMarks.contains(ctx.lemma(d.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /** "who killed a farmer earlier that week": a word of the clause puts it before the event. */
    private boolean earlier(SentenceContext ctx, int head) {
        Syntax syn = ctx.syntax();
        for (int j = 0; j < syn.size(); j++) {
            if (lex.recallTimeMarks.contains(ctx.words().get(j).toLowerCase(java.util.Locale.ROOT)) && within(syn, j, head)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at i lies in the parse under (or at) the word at head. */
    private static boolean within(Syntax syn, int i, int head) {
        return syn.upward(i, DEPTH).anyMatch(n -> n == head);
    }
}
