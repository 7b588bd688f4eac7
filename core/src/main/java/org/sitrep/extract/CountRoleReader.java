package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.CountRole;
import org.sitrep.model.Dependency;

/**
 * What a quantity of people counts, from the words around it: "killing 4 civilians", "12 dead", "35
 * villagers, among them 6 women, were killed", "the death toll rose to 15", "the transfer of
 * about 2,000 gunmen". Null when nothing says.
 */
final class CountRoleReader {
    private final Lexicon lex = Lexicon.get();

    /** With {@code tight}, only words right next to the group count: "a man was killed", not "leave ... a militant-held town". */
    CountRole role(Quantity q, SentenceContext ctx, boolean tight) {
        List<String> lemmas = ctx.lemmas();
        Syntax syn = ctx.syntax();
        if (q.group() != null && agent(q, syn)) {
            return null; // "beaten to death by around two dozen people": the doers of a passive are no victims
        }
        if (q.value() != null && q.value() == 0 && q.nounEnd() == q.start() + 2 && lex.harmNouns.contains(lemmas.get(q.start() + 1))) {
            return CountRole.FATALITIES;
        }
        // "left 9 militants dead": the word right after the group decides
        if (q.nounEnd() < lemmas.size() && lex.casualtyRoles.containsKey(lemmas.get(q.nounEnd()))
                && !syn.token(q.nounEnd()).pos().startsWith("VBG")) {
            CountRole r = lex.casualtyRoles.get(lemmas.get(q.nounEnd()));
            if (r.harm()) {
                return harmsOthers(q, syn, q.nounEnd()) ? null : r;
            }
        }
        // right after a verb: "killing 4 civilians and wounding 11"
        for (int i = q.start() - 1; i >= Math.max(0, q.start() - 3); i--) {
            CountRole role = lex.casualtyRoles.get(lemmas.get(i));
            if (role != null && lex.peopleNouns.get(lemmas.get(i)) == PeopleGroup.DETAINEE) {
                break; // "students taken hostage Two guards ...": a word naming the captives gives a count after it no role
            }
            if (role != null && attempted(lemmas, i)) {
                return null; // "attempted to kill a commander": nobody was harmed
            }
            if (role != null && !lemmas.get(i).equals("leave")) { // "left 9 militants dead" is no departure
                return role;
            }
            if (!lex.countGapWords.contains(lemmas.get(i))) {
                break;
            }
        }
        // "the death toll from Monday's fighting ... has risen to 15"
        if (q.start() >= 2 && lex.tollVerbs.contains(lemmas.get(q.start() - 2)) && lemmas.subList(0, q.start()).contains("toll")) {
            return CountRole.FATALITIES;
        }
        // after: "35 villagers, among them 6 women, were killed"; "12 dead"; "were beaten to death"; a breakdown in
        // brackets right after the group ("eight passengers (five men and three boys) died") is passed over
        int close = BracketBreakdowns.bracketEnd(ctx.words(), q.nounEnd());
        int from = close < 0 ? q.nounEnd() : close + 1;
        for (int i = from; i < Math.min(lemmas.size(), from + 10); i++) {
            String l = lemmas.get(i);
            CountRole role = lex.casualtyRoles.get(l);
            if (role != null && i > from && lex.peopleNouns.get(l) == PeopleGroup.DETAINEE) {
                continue; // "two guards, one of them a former hostage, died": only right after the group does "hostage" say it
            }
            if (role != null && i > 0 && lex.nearMissAdverbs.contains(ctx.words().get(i - 1).toLowerCase(java.util.Locale.ROOT))) {
                return null; // "was caught and nearly lynched": the harm did not happen
            }
            if (role != null) {
                return role.harm() && harmsOthers(q, syn, i) ? null : role;
            }
            String pos = syn.token(i).pos();
            boolean aux = l.equals("be") || l.equals("have") || lex.tollHedges.contains(l) || lex.tollHedges.contains(ctx.words().get(i));
            if (tight && !aux && !lex.harmMannerVerbs.contains(l) && !l.equals("to")) {
                break; // "a man was killed", not "an army camp in Marib, killing 9 recruits"
            }
            if (pos.startsWith("VB") && !aux && !l.equals("include") && !lex.harmMannerVerbs.contains(l) && !adjectival(syn, i)) {
                break;
            }
            if (l.equals(".") || l.equals(";")) {
                break;
            }
        }
        if (tight) {
            return null;
        }
        // before: "killing at least 12", "the death toll rose to 15", "the transfer of about 2,000 gunmen"
        for (int i = q.start() - 1; i >= Math.max(0, q.start() - 6); i--) {
            String l = lemmas.get(i);
            CountRole role = lex.casualtyRoles.get(l);
            if (role != null) {
                return role;
            }
            if (l.equals(",") && i < q.start() - 1 || l.equals(".")) {
                break;
            }
        }
        return null;
    }

    /**
     * Whether the counted people are the doers of the harm verb at {@code verb}, not its victims: the subject of it
     * (or of a verb it is joined to) in the active, with an object ("two gunmen killed a trader", "three soldiers shot
     * and wounded a boy"). The killers' number is no toll; "12 people died", "two soldiers were killed" and "1 killed,
     * 3 injured" (no people noun) still count.
     */
    private static boolean harmsOthers(Quantity q, Syntax syn, int verb) {
        if (q.group() == null || q.nounEnd() <= q.end() || !finite(syn, verb)) {
            return false; // "leaving 9 fighters killed and two trucks burnt": a participle's subject is its victim
        }
        int noun = q.nounEnd() - 1;
        Dependency up = syn.parent(verb);
        int joined = up != null && up.relation().startsWith("conj") ? up.governor() : -1;
        boolean subject = false;
        for (int head : new int[] {noun, countedHead(q, syn)}) {
            subject |= head >= 0 && (syn.child(verb, "nsubj") == head || joined >= 0 && syn.child(joined, "nsubj") == head);
        }
        return subject && (objectOf(syn, verb) || joined >= 0 && objectOf(syn, joined));
    }

    /**
     * The noun the parse counts with the quantity's number, or -1: past the phrase the reader took when a name
     * stands inside it ("two Al Shabaab militants": the reader stops at the name, the parse counts the militants).
     */
    private static int countedHead(Quantity q, Syntax syn) {
        Dependency up = syn.parent(q.end() - 1);
        return up != null && up.relation().equals("nummod") && up.governor() >= q.end() ? up.governor() : -1;
    }

    /**
     * Whether the counted people are the agent of a passive ("was stabbed to death by three men", "kidnapped by four
     * gunmen"): the parse's agent, on the noun the reader or the parse counts.
     */
    private static boolean agent(Quantity q, Syntax syn) {
        int head = countedHead(q, syn);
        for (int h : new int[] {q.nounEnd() - 1, head}) {
            Dependency up = h < 0 ? null : syn.parent(h);
            if (up != null && up.relation().equals("obl:agent")) {
                return true;
            }
        }
        return false;
    }

    /** An object of the verb's own, not a word after a comma ("Three soldiers killed, two of them officers"). */
    private static boolean objectOf(Syntax syn, int verb) {
        int obj = syn.child(verb, "obj");
        if (obj < verb) {
            return false;
        }
        for (int k = verb + 1; k < obj; k++) {
            if (syn.token(k).word().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A participle used as an adjective of a noun ("six soldiers and allied fighters were killed", "armed"): it
     * describes people of the group, it is no verb that ends the group's clause.
     */
    private static boolean adjectival(Syntax syn, int i) {
        Dependency up = syn.parent(i);
        return up != null && up.relation().equals("amod");
    }

    /** A verb in a tense of its own: "killed" (past), "kill", "kills", "have killed"; not a bare participle. */
    private static boolean finite(Syntax syn, int verb) {
        String pos = syn.token(verb).pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBN") && syn.hasChild(verb, "aux", "have");
    }

    /** Whether the harm word at {@code i} is only attempted or threatened: "tried to lynch", "an attempt to kill". */
    private boolean attempted(List<String> lemmas, int i) {
        return i >= 2 && lemmas.get(i - 1).equals("to") && lex.attemptWords.contains(lemmas.get(i - 2));
    }
}
