package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Count;
import org.sitrep.model.Dependency;
import org.sitrep.model.Frame;
import org.sitrep.model.Status;

/**
 * What others did to a protest's crowd, as its own sentence tells it: killed some of them (ACLED's excessive force
 * against protesters), harmed or arrested them (a protest with intervention). Harm, deaths and arrests that are what
 * the crowd protests about ("relatives of a youth who was shot dead rallied", "demanded the release of detained
 * activists") are its grievance ({@link ProtestClauses}), not done to it; what the crowd itself did is
 * {@link ProtestConduct}'s.
 */
final class ProtestIntervention {
    private final Lexicon lex = Lexicon.get();
    private final ProtestClauses clauses = new ProtestClauses();
    private final ProtestConduct conduct = new ProtestConduct();

    /**
     * Whether someone other than the protest's crowd harmed it: "police beat dozens of nurses protesting over wages",
     * "nurses protesting over wages were beaten by police", "a councillor attacked the march". Short of killing (see
     * {@link #lethal}), ACLED codes harm done to a peaceful protest as a protest with intervention.
     */
    boolean harmedByOthers(EventGrouper.Group group, SentenceContext ctx) {
        List<Integer> protests = clauses.protests(group, ctx);
        for (Trigger t : group.triggers()) {
            if (t.status() != Status.OCCURRED || t.frame() == Frame.PROTEST || lex.frames.row(t.frame()).family() != Family.VIOLENCE) {
                continue;
            }
            for (int p : protests) {
                if (doneTo(t, p, ctx) && !conduct.doneByTheCrowd(t, p, ctx) && !clauses.grievance(t.head(), p, ctx)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the act's object or passive subject is the protest or its crowd (the protest verb's subject, the noun its
     * participle modifies, a protester noun), or the act is a passive verb hung on the protest verb ("nurses protesting
     * in the square were beaten by police", as the parser may read it).
     */
    private boolean doneTo(Trigger act, int protest, SentenceContext ctx) {
        Syntax syn = ctx.syntax();
        int crowd = ProtestClauses.crowdOf(protest, syn);
        Dependency holder = syn.parent(protest);
        int modified = holder != null && holder.relation().startsWith("acl") ? holder.governor() : -1;
        for (int k = act.start(); k < act.end(); k++) {
            for (Dependency d : syn.children(k)) {
                int x = d.dependent();
                boolean patient = d.relation().equals("obj") || d.relation().equals("nsubj:pass");
                if (patient && (x == crowd || x == protest || x == modified || lex.protesterNouns.contains(ctx.lemma(x)))) {
                    return true;
                }
            }
            Dependency up = syn.parent(k);
            if (up != null && up.governor() == protest && syn.child(k, "aux:pass") >= 0 && syn.child(k, "nsubj:pass") < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the protest of {@code group} met lethal force: a lethal-force cue, or the dead counted in its sentence,
     * that tells what happened at the protest rather than whom it mourned ("relatives of a youth who was shot dead
     * rallied", "a vigil for a nurse who died" stay peaceful). The dead are placed by the sentence's words of death.
     */
    boolean lethal(EventGrouper.Group group, SentenceContext ctx, Count fatalities) {
        List<Integer> protests = clauses.protests(group, ctx);
        for (PhraseMatcher.Match<Cue> m : lex.cues.find(ctx.lemmas(), ctx.words())) {
            for (int k = m.start(); k < m.end() && m.value() == Cue.LETHAL_FORCE; k++) {
                if (atTheProtest(k, protests, ctx)) {
                    return true;
                }
            }
        }
        if (fatalities == null) {
            return false;
        }
        // the dead are the protest's unless every word of death in the sentence tells its grievance ("relatives of
        // a driver who was shot dead"); a toll with no such word here ("2 dead" told elsewhere) stays the protest's
        boolean deathWord = false;
        for (int k = 0; k < ctx.lemmas().size(); k++) {
            if (!VictimReader.deathWord(ctx, k, lex)) {
                continue; // "killed", "dead", and "fatally shot"
            }
            deathWord = true;
            if (atTheProtest(k, protests, ctx)) {
                return true;
            }
        }
        return !deathWord;
    }

    /**
     * Whether token k tells what happened at the protest: not its grievance, nor what its crowd said ("complaining
     * that the lockdown kills tourism": a clausal complement on the way up), or it hangs on the protest's noun.
     */
    private boolean atTheProtest(int k, List<Integer> protests, SentenceContext ctx) {
        if (describesProtest(k, protests, ctx)) {
            return true;
        }
        Set<Integer> chain = ProtestClauses.chainOf(protests, ctx.syntax());
        // "witnesses said police killed two protesters": the protest is inside the said clause, so it counts
        // "marched to remember classmates shot dead last year": deaths in the protest's purpose are its grievance
        return ProtestClauses.belowChain(k, chain, ctx.syntax())
                .noneMatch(up -> up.relation().startsWith("ccomp") || clauses.purpose(up, ctx))
                && clauses.conduct(k, protests, ctx);
    }

    /**
     * Token k lies in a clause that modifies the protest's own noun, or in a participle hung on a place name
     * ("dispersed a demonstration in X using live bullets"): it tells what happened at the protest, not what it
     * was about.
     */
    private boolean describesProtest(int k, List<Integer> protests, SentenceContext ctx) {
        // the first of the two on the way up decides: "marches calling for compensation for miners killed in a
        // flood": the deaths hang on a noun of the protest's demand, below the clause that modifies the protest
        return ctx.syntax().arcsUp(k, ProtestClauses.MAX_DEPTH)
                .filter(up -> onTheProtest(up, protests, ctx) || clauses.marksGrievance(up, -1, ctx)).findFirst()
                .filter(up -> onTheProtest(up, protests, ctx)).isPresent();
    }

    /**
     * The protest's own noun, or a participle the parser hung on a place name ("broke up a rally in Basra firing
     * tear gas"): the verb's manner, not a grievance.
     */
    private static boolean onTheProtest(Dependency up, List<Integer> protests, SentenceContext ctx) {
        return up.relation().startsWith("acl") && protests.contains(up.governor())
                || up.relation().equals("acl") && ctx.syntax().token(up.governor()).pos().startsWith("NNP");
    }

    /**
     * Whether an arrest in the sentence of the protest of {@code group} was made at it (an intervention: "police
     * detained 20 protesters", "protesters, who were later arrested") rather than being what it is about ("demanded
     * the release of activists who were detained last month", "against the arrest of students"). Unlike violence,
     * an arrest told in a clause about people other than the protest's own crowd is background even when those
     * people are activists: they underwent it elsewhere.
     */
    boolean arrestAtProtest(EventGrouper.Group group, Trigger arrest, SentenceContext ctx) {
        return clauses.protests(group, ctx).stream().anyMatch(p -> !clauses.background(arrest.head(), p, ctx, true));
    }
}
