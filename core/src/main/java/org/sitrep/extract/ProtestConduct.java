package org.sitrep.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Dependency;
import org.sitrep.model.Frame;
import org.sitrep.model.Status;

/**
 * Whether what a protest's sentence tells of violence is the crowd's own conduct. ACLED codes a violent
 * demonstration when the demonstrators themselves act violently; violence that is what they protest about
 * ("demanding the arrest of men who torched their crops", "against the detention of activists accused of
 * rioting", "over measures taken to fight the virus") leaves the protest peaceful. Such words hang below the
 * protest in a clause that modifies a noun, or follow a preposition or subordinator of grievance
 * (lexicon/grievance-markers.tsv).
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
        List<Integer> protests = protests(group, ctx);
        for (PhraseMatcher.Match<Cue> m : lex.cues.find(ctx.lemmas(), ctx.words())) {
            for (int k = m.start(); k < m.end() && m.value() == Cue.VIOLENT_CROWD; k++) {
                if (conduct(k, protests, ctx)) {
                    return true;
                }
            }
        }
        for (Trigger t : group.triggers()) {
            if ((t.frame() == Frame.CLASH || t.frame() == Frame.RIOT) && conduct(t.head(), protests, ctx)) {
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
                boolean byCrowd = subject >= 0 && (subject == crowdOf(p, syn) || lex.protesterNouns.contains(ctx.lemma(subject)));
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

    /**
     * Whether someone other than the protest's crowd harmed it: "police beat dozens of nurses protesting over wages",
     * "nurses protesting over wages were beaten by police", "a councillor attacked the march". Short of killing (see
     * {@link #lethal}), ACLED codes harm done to a peaceful protest as a protest with intervention.
     */
    boolean harmedByOthers(EventGrouper.Group group, SentenceContext ctx) {
        List<Integer> protests = protests(group, ctx);
        for (Trigger t : group.triggers()) {
            if (t.status() != Status.OCCURRED || t.frame() == Frame.PROTEST || lex.frames.row(t.frame()).family() != Family.VIOLENCE) {
                continue;
            }
            for (int p : protests) {
                if (doneTo(t, p, ctx) && !doneByTheCrowd(t, p, ctx) && !grievance(t.head(), p, ctx)) {
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
        int crowd = crowdOf(protest, syn);
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

    /** The crowd of a protest: its verb's subject, or that of the verb that holds it ("troops held a protest"). */
    private static int crowdOf(int protest, Syntax syn) {
        int crowd = syn.child(protest, "nsubj");
        Dependency holder = syn.parent(protest);
        if (crowd < 0 && holder != null && holder.relation().equals("obj")) {
            crowd = syn.child(holder.governor(), "nsubj");
        }
        return crowd;
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
    private boolean doneByTheCrowd(Trigger act, int protest, SentenceContext ctx) {
        Syntax syn = ctx.syntax();
        Dependency holder = syn.parent(protest);
        if (holder != null && holder.governor() >= act.start() && holder.governor() < act.end()) {
            // "students raided a police post to protest"; not "police attacked the march", whose target it is
            return (holder.relation().startsWith("xcomp") || holder.relation().startsWith("advcl")) && clauses.purpose(holder, ctx);
        }
        int crowd = crowdOf(protest, syn);
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
     * Whether the protest of {@code group} met lethal force: a lethal-force cue, or the dead counted in its sentence,
     * that tells what happened at the protest rather than whom it mourned ("relatives of a youth who was shot dead
     * rallied", "a vigil for a nurse who died" stay peaceful). The dead are placed by the sentence's words of death.
     */
    boolean lethal(EventGrouper.Group group, SentenceContext ctx, Count fatalities) {
        List<Integer> protests = protests(group, ctx);
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
        Set<Integer> chain = new HashSet<>();
        for (int p : protests) {
            for (int c = p, n = 0; c >= 0 && n < ProtestClauses.MAX_DEPTH && chain.add(c); n++) {
                Dependency up = ctx.syntax().parent(c);
                c = up == null ? -1 : up.governor();
            }
        }
        // "witnesses said police killed two protesters": the protest is inside the said clause, so it counts
        // "marched to remember classmates shot dead last year": deaths in the protest's purpose are its grievance
        for (int c = k, n = 0; c >= 0 && n < ProtestClauses.MAX_DEPTH && !chain.contains(c); n++) {
            Dependency up = ctx.syntax().parent(c);
            if (up == null) {
                break;
            }
            if (up.relation().startsWith("ccomp") || clauses.purpose(up, ctx)) {
                return false;
            }
            c = up.governor();
        }
        return conduct(k, protests, ctx);
    }

    /**
     * Token k lies in a clause that modifies the protest's own noun, or in a participle hung on a place name
     * ("dispersed a demonstration in X using live bullets"): it tells what happened at the protest, not what it
     * was about.
     */
    private boolean describesProtest(int k, List<Integer> protests, SentenceContext ctx) {
        for (int c = k, n = 0; c >= 0 && n < ProtestClauses.MAX_DEPTH; n++) {
            Dependency up = ctx.syntax().parent(c);
            if (up == null) {
                return false;
            }
            boolean participle = up.relation().equals("acl");
            if (up.relation().startsWith("acl") && protests.contains(up.governor())
                    || participle && ctx.syntax().token(up.governor()).pos().startsWith("NNP")) {
                // the protest's own noun, or a participle the parser hung on a place name ("broke up a
                // rally in Basra firing tear gas"): the verb's manner, not a grievance
                return true;
            }
            if (clauses.marksGrievance(up, -1, ctx)) {
                // "marches calling for compensation for miners killed in a flood": the deaths hang on a noun
                // of the protest's demand, below the clause that modifies the protest
                return false;
            }
            c = up.governor();
        }
        return false;
    }

    /**
     * The heads of the group's protest triggers, less those in another one's purpose ("marched to remember classmates
     * shot dead in a raid on a strike camp": the strike camp is what the march is about, not the march).
     */
    private List<Integer> protests(EventGrouper.Group group, SentenceContext ctx) {
        List<Integer> protests = group.triggers().stream().filter(t -> t.frame() == Frame.PROTEST).map(Trigger::head).toList();
        if (protests.isEmpty()) {
            return List.of(group.main().head());
        }
        List<Integer> own = protests.stream().filter(p -> protests.stream()
                .noneMatch(q -> q.intValue() != p.intValue() && clauses.about(p, q, ctx))).toList();
        return own.isEmpty() ? protests : own;
    }

    /** Token k tells what one of the protests (their trigger heads) did, not what any of them is about. */
    private boolean conduct(int k, List<Integer> protests, SentenceContext ctx) {
        return protests.stream().anyMatch(p -> !grievance(k, p, ctx));
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

    /**
     * Whether an arrest in the sentence of the protest of {@code group} was made at it (an intervention: "police
     * detained 20 protesters", "protesters, who were later arrested") rather than being what it is about ("demanded
     * the release of activists who were detained last month", "against the arrest of students"). Unlike violence,
     * an arrest told in a clause about people other than the protest's own crowd is background even when those
     * people are activists: they underwent it elsewhere.
     */
    boolean arrestAtProtest(EventGrouper.Group group, Trigger arrest, SentenceContext ctx) {
        return protests(group, ctx).stream().anyMatch(p -> !clauses.background(arrest.head(), p, ctx, true));
    }

}
