package org.sitrep.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventType;
import org.sitrep.model.Frame;
import org.sitrep.model.Status;

/**
 * The extract stage's type of an event: from its trigger frames, the sentence's cues and counts. Frames whose
 * sub-type depends on who acted against whom keep "*" for {@link SideTyping} to finish.
 */
final class FrameTyping {
    private final Lexicon lex = Lexicon.get();
    private final ProtestConduct conduct = new ProtestConduct();
    private final ProtestIntervention intervention = new ProtestIntervention();
    private final AreaFire areaFire = new AreaFire();
    private final AirFire airFire = new AirFire();
    private final CrowdActs crowdActs = new CrowdActs(conduct);
    private final AerialAgent aerial = new AerialAgent();
    private final UnfoughtTaking unfought = new UnfoughtTaking();
    private final PrematureBlast premature = new PrematureBlast();

    EventType classify(EventGrouper.Group group, SentenceContext ctx, Map<CountRole, Count> counts, List<Trigger> all) {
        Frame main = group.main().frame();
        Set<Frame> frames = java.util.EnumSet.noneOf(Frame.class);
        group.triggers().forEach(t -> frames.add(t.frame()));
        Set<Cue> cues = ctx.cues();
        FrameTable.Row f = lex.frames.row(main);
        if (frames.contains(Frame.MOB) && !frames.contains(Frame.PROTEST) && !frames.contains(Frame.RIOT)) {
            return new EventType("Riots", "Mob violence");
        }
        if (frames.contains(Frame.PROTEST)) {
            main = Frame.PROTEST;
        } else if (frames.contains(Frame.RIOT)) {
            main = Frame.RIOT;
        }
        if (premature.told(group, ctx)) {
            return new EventType("Strategic developments", "Disrupted weapons use"); // no blast aimed at anyone
        }
        if (main == Frame.TAKE && (cues.contains(Cue.NONVIOLENT) || cues.contains(Cue.WITHDRAWAL) && !unfought.fightingTold(all, counts))) {
            return UnfoughtTaking.UNFOUGHT;
        }
        if ((main == Frame.GUNFIRE || main == Frame.SHELL) && !frames.contains(Frame.CLASH) && !frames.contains(Frame.TAKE)
                && areaFire.atArea(group, ctx, counts)) {
            // one-sided fire on a village or farmland that harmed no one: remote, not a clash
            return new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack");
        }
        if (main == Frame.GUNFIRE && airFire.intoTheAir(group, ctx, counts)
                && all.stream().noneMatch(t -> lex.frames.row(t.frame()).family() == Family.CROWD)) {
            // shots at nothing, away from any crowd (there, firing into the air is the police's intervention)
            return new EventType("Strategic developments", "Other");
        }
        if (main == Frame.LOOT && group.main().status() == Status.OCCURRED) {
            if (crowdActs.personSetAlight(group.main(), ctx)) {
                // "set a suspected thief on fire": harm to a person, which the actors' types finish (attack or mob)
                return new EventType("Violence against civilians", "*");
            }
            if (crowdActs.atAProtest(group.main(), ctx, all)) {
                // destruction by demonstrators at their demonstration: ACLED's violent demonstration
                return new EventType("Riots", "Violent demonstration");
            }
        }
        switch (main) {
            case PROTEST -> {
                if ((counts.containsKey(CountRole.FATALITIES) || cues.contains(Cue.LETHAL_FORCE))
                        && intervention.lethal(group, ctx, counts.get(CountRole.FATALITIES))) {
                    return new EventType("Protests", "Excessive force against protesters");
                }
                if (conduct.violent(group, ctx)) {
                    return new EventType("Riots", "Violent demonstration");
                }
                if (cues.contains(Cue.INTERVENTION) || protestersArrested(group, all, ctx) || intervention.harmedByOthers(group, ctx)) {
                    return new EventType("Protests", "Protest with intervention");
                }
                return new EventType("Protests", "Peaceful protest");
            }
            case TRANSFER -> {
                if (leavesAnAgreement(group.main(), ctx)) {
                    return new EventType("Strategic developments", "Agreement"); // "withdrew from the arms treaty"
                }
                return f.defaultType();
            }
            case LEAVE -> {
                boolean organised = ctx.lemmas().stream().anyMatch(lex.organisedDeparture::contains);
                return new EventType(f.defaultType().eventType(), organised ? "Evacuation" : "Flight");
            }
            default -> {
                if (aerial.doneBy(group.triggers(), ctx)) {
                    return new EventType("Explosions/Remote violence", "Air/drone strike"); // "a drone killed two"
                }
                // ATTACK, CASUALTY, TAKE and BOMBING keep "*": refine decides from the actors' types
                return f.defaultType();
            }
        }
    }

    /**
     * Whether a withdrawal's "from" or "out of" names an agreement ("withdrew from the treaty", "pulled out of the
     * deal"), not a place: a side leaving an accord gives up no ground.
     */
    private boolean leavesAnAgreement(Trigger withdrawal, SentenceContext ctx) {
        for (int k = withdrawal.start(); k < withdrawal.end(); k++) {
            for (org.sitrep.model.Dependency d : ctx.syntax().children(k)) {
                String r = d.relation();
                boolean left = r.equals("obl:from") || r.equals("obl:out_of") || r.equals("obl:of");
                if (left && lex.agreementNouns.contains(ctx.lemma(d.dependent()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "police arrested 20 protesters": the arrest is an intervention in the protest, not its grievance. */
    private boolean protestersArrested(EventGrouper.Group group, List<Trigger> triggers, SentenceContext ctx) {
        // an arrest demanded or denied ("demanding the arrest of the officers") is no intervention either
        return triggers.stream().anyMatch(t -> t.status() == Status.OCCURRED && crowdArrested(ctx, t)
                && intervention.arrestAtProtest(group, t, ctx));
    }

    /**
     * Whether an arrest is of people from a crowd ("7 were detained", "police arrested 20 protesters",
     * "dozens of activists were held", "they were detained") rather than of a named person ("he was arrested"), so that it tells
     * of an intervention in a protest.
     */
    boolean crowdArrested(SentenceContext ctx, Trigger arrest) {
        if (arrest.frame() != Frame.ARREST) {
            return false;
        }
        for (int o : new int[] {ctx.syntax().child(arrest.head(), "obj"), ctx.syntax().child(arrest.head(), "nsubj:pass")}) {
            if (o < 0) {
                continue;
            }
            PeopleGroup g = lex.peopleNouns.get(ctx.lemma(o));
            if ("CD".equals(ctx.syntax().token(o).pos()) || g == PeopleGroup.PROTESTER || g == PeopleGroup.PERSON
                    || g == PeopleGroup.CIVILIAN || lex.protesterNouns.contains(ctx.lemma(o))
                    || lex.pluralPronouns.contains(ctx.syntax().token(o).word().toLowerCase(java.util.Locale.ROOT))
                    || ctx.syntax().child(o, "nummod") >= 0) {
                return true;
            }
        }
        return false;
    }
}
