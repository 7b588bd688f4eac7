package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.Dependency;
import org.sitrep.model.Frame;
import org.sitrep.model.Status;

/**
 * Whether what a protest's sentence tells of violence is the crowd's own conduct. ACLED codes a violent
 * demonstration when the demonstrators themselves act violently; violence that is what they protest about
 * ("demanding the arrest of men who torched their crops", "against the detention of activists accused of
 * rioting", "over measures taken to fight the virus") leaves the protest peaceful. Such words hang below the
 * protest in a clause that modifies a noun, or follow a preposition or subordinator of grievance
 * (lexicon/grievance-markers.tsv). What others did to the crowd is {@link ProtestIntervention}'s.
 */
final class ProtestConduct {
    private final Lexicon lex = Lexicon.get();
    private final ProtestClauses clauses = new ProtestClauses();

    /**
     * Whether a violent-crowd cue, or a clash or riot trigger of the group, tells what the protest of {@code group}
     * did rather than what it was about; or one of the group's attacks, shootings or destructions was done by the
     * protest's own crowd.
     */
    boolean violent(EventGrouper.Group group, SentenceContext ctx) {
        List<Integer> protests = clauses.protests(group, ctx);
        for (PhraseMatcher.Match<Cue> m : lex.cues.find(ctx.lemmas(), ctx.words())) {
            for (int k = m.start(); k < m.end() && m.value() == Cue.VIOLENT_CROWD; k++) {
                if (clauses.conduct(k, protests, ctx)) {
                    return true;
                }
            }
        }
        for (Trigger t : group.triggers()) {
            if ((t.frame() == Frame.CLASH || t.frame() == Frame.RIOT) && clauses.conduct(t.head(), protests, ctx)) {
                return true;
            }
            if (t.status() == Status.OCCURRED && crowdsAct(t.frame())
                    && protests.stream().anyMatch(p -> doneByTheCrowd(t, p, ctx) && !grievance(t.head(), p, ctx))) {
                return true;
            }
        }
        return crowdFired(protests, ctx);
    }

    /**
     * Whether the protest's own crowd fired weapons, even into the air ("prison guards held a protest over late salaries
     * and shot into the air", "recruits protested by shooting their rifles into the sky"): ACLED codes armed
     * demonstrators who fire as a violent demonstration. Fire by anyone else ("police fired into the air to disperse
     * them") is the intervention.
     */
    private boolean crowdFired(List<Integer> protests, SentenceContext ctx) {
        Syntax syn = ctx.syntax();
        for (int k = 0; k < syn.size(); k++) {
            if (!lex.firingVerbs.contains(ctx.lemma(k)) || !syn.token(k).pos().startsWith("VB") || !shotsOrAir(k, ctx)) {
                continue;
            }
            Dependency up = syn.parent(k);
            int subject = syn.child(k, "nsubj");
            for (int p : protests) {
                boolean manner = up != null && up.relation().equals("advcl:by") && up.governor() == p;
                boolean byCrowd = subject >= 0 && (subject == ProtestClauses.crowdOf(p, syn)
                        || lex.protesterNouns.contains(ctx.lemma(subject)));
                if ((manner || byCrowd) && !grievance(k, p, ctx)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "fired shots", "fired their rifles", "shot into the air": a verb of firing a weapon, not of dismissing someone. */
    private boolean shotsOrAir(int verb, SentenceContext ctx) {
        for (Dependency d : ctx.syntax().children(verb)) {
            String what = ctx.lemma(d.dependent());
            if (d.relation().equals("obj") && (lex.weaponNouns.contains(what) || lex.fireNounsAlone.contains(what)
                    || lex.fireNounsNamed.contains(what))) {
                return true;
            }
            if ((d.relation().equals("obl:in") || d.relation().equals("obl:into")) && lex.airAims.contains(what)) {
                return true;
            }
        }
        return false;
    }

    /** Frames of harm or destruction (family violence or loot in frames.tsv), which a crowd's own act makes violent. */
    private boolean crowdsAct(Frame f) {
        Family family = lex.frames.row(f).family();
        return f != Frame.PROTEST && (family == Family.VIOLENCE || family == Family.LOOT);
    }

    /**
     * Whether the act headed by {@code k} was done by the crowd of the protest headed by {@code protest}: its active
     * subject is the crowd or protesters ("vendors marched and assaulted the inspectors", "troops held a
     * protest and fired shots into the air"), it is the protest's manner ("demonstrated by firing into the
     * air"), or the protest is its purpose ("students raided a police post to protest").
     */
    boolean doneByTheCrowd(Trigger act, int protest, SentenceContext ctx) {
        Syntax syn = ctx.syntax();
        Dependency holder = syn.parent(protest);
        if (holder != null && holder.governor() >= act.start() && holder.governor() < act.end()) {
            // "students raided a police post to protest"; not "police attacked the march", whose target it is
            return (holder.relation().startsWith("xcomp") || holder.relation().startsWith("advcl")) && clauses.purpose(holder, ctx);
        }
        int crowd = ProtestClauses.crowdOf(protest, syn);
        for (int k = act.start(); k < act.end(); k++) { // "fired shots": the verb of the phrase
            int subject = syn.child(k, "nsubj");
            if (subject >= 0 && (subject == crowd || lex.protesterNouns.contains(ctx.lemma(subject)))) {
                return true;
            }
            // "demonstrated by firing into the air"; not "broke up the rally by firing tear gas", whose verb is not
            // the protest's own
            Dependency up = syn.parent(k);
            if (up != null && up.relation().equals("advcl:by") && up.governor() == protest) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence tells protesters fighting: a clash or riot in a sentence that names protesters
     * ("Police clashed with the demonstrators"), or an attack whose subject they are ("The demonstrators
     * attacked hospital staff"). Read in the sentences after a protest ({@link ProtestOutcome}).
     */
    boolean crowdFought(SentenceContext ctx, List<Trigger> found) {
        for (Trigger t : found) {
            if (t.status() != Status.OCCURRED) {
                continue;
            }
            if ((t.frame() == Frame.CLASH || t.frame() == Frame.RIOT)
                    && ctx.lemmas().stream().anyMatch(lex.protesterNouns::contains)) {
                return true;
            }
            int subject = t.frame() == Frame.ATTACK ? ctx.syntax().child(t.head(), "nsubj") : -1;
            if (subject >= 0 && lex.protesterNouns.contains(ctx.lemma(subject))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} tells the grievance of the protest headed by {@code protest} ({@link ProtestClauses#grievance}). */
    boolean grievance(int k, int protest, SentenceContext ctx) {
        return clauses.grievance(k, protest, ctx);
    }
}
