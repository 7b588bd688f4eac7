package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Dependency;
import org.sitrep.model.Frame;
import org.sitrep.model.Status;

/**
 * Finds a sentence's triggers: lexicon phrases that signal a frame, not inside a date ("since March"),
 * not negated, plausible in their use, and not merely modifying a trigger of another family.
 */
final class TriggerFinder {
    private final Lexicon lex = Lexicon.get();
    private final StatusReader statuses = new StatusReader();
    private final Plausibility plausibility = new Plausibility();
    private final DisruptedWeapons disrupted = new DisruptedWeapons();
    private final LoneTriggers lone = new LoneTriggers();
    private final ObjectTriggers objects = new ObjectTriggers();
    private final Seizure seizure = new Seizure();
    private final ProtestPurpose protestPurpose = new ProtestPurpose();

    /** Sentences that can report an event: they hold a trigger. */
    boolean mayReport(List<String> words, List<String> lemmas) {
        return lex.triggers.occursIn(lemmas, words) || disrupted.mayReport(lemmas) || lone.mayReport(words, lemmas)
                || objects.mayReport(words, lemmas);
    }

    List<Trigger> find(SentenceContext ctx) {
        Syntax syn = ctx.syntax();
        List<Trigger> triggers = new ArrayList<>();
        for (PhraseMatcher.Match<Frame> m : lex.triggers.find(ctx.lemmas(), ctx.words())) {
            int head = head(syn, m.start(), m.end());
            if (inTime(ctx, head)) {
                continue; // "since March 2011" is no march
            }
            Frame frame = m.value();
            if (frame == Frame.TAKE && ctx.cues().contains(Cue.DIPLOMATIC)) {
                continue; // "expelled two diplomats": a diplomatic step, not ground taken
            }
            if (frame == Frame.RELEASE && freesGround(ctx, head)) {
                frame = Frame.TAKE; // "freed several villages from the militants"
            }
            if (frame == Frame.LOOT && burnsPerson(ctx, head)) {
                frame = Frame.ATTACK; // "set a man on fire": harm done to a person, no property destroyed
            }
            if (frame == Frame.TAKE) {
                frame = seizure.frameOf(ctx, head, m.end() - m.start()); // people, fighters or property taken
            } else if (frame == Frame.DISRUPT) {
                frame = seizure.disruptedOf(ctx, head, m.end() - m.start()); // "intercepted 15 suspects": an arrest
            }
            if (frame == Frame.NONE || ctx.cues().contains(Cue.SPORT) && lex.frames.row(frame).sportMetaphor()) {
                continue;
            }
            Optional<Status> st = statuses.status(ctx, head);
            if (st.isEmpty() && frame == Frame.ACCESS) {
                st = Optional.of(Status.OCCURRED); // access refused or blocked is itself the event
            }
            if (st.isEmpty() && frame == Frame.CASUALTY && head > 0 && ctx.words().get(head - 1).equals("no")) {
                st = Optional.of(Status.OCCURRED); // "no casualties were reported" is a reported zero, not a negated event
            }
            if (st.isEmpty()) {
                continue;
            }
            Trigger t = new Trigger(frame, m.start(), m.end(), head, protestPurpose.status(ctx, frame, head, st.get()));
            if (plausibility.plausible(t, ctx)) {
                triggers.add(t);
            }
        }
        List<Trigger> found = withoutDependents(withRecoveries(triggers, ctx), syn);
        if (!found.isEmpty()) {
            return found;
        }
        // a verb with its object ("blocked the Lagos-Ibadan expressway") where no trigger phrase survived
        List<Trigger> byObject = objects.find(ctx);
        if (!byObject.isEmpty()) {
            return byObject;
        }
        // a sentence whose trigger words all fell away reports nothing; only one that had none may hold a lone one
        return triggers.isEmpty() && noTriggerWords(ctx) ? lone.find(ctx) : found;
    }

    /**
     * No trigger phrase in the sentence outside its dates, not even one dropped as negated or implausible: the
     * month of "On 2 March 2021, settlers uprooted olive trees" is no march and leaves the lone trigger its event.
     */
    private boolean noTriggerWords(SentenceContext ctx) {
        return lex.triggers.find(ctx.lemmas(), ctx.words()).stream()
                .allMatch(m -> inTime(ctx, head(ctx.syntax(), m.start(), m.end())));
    }

    /** Whether the token lies inside one of the sentence's time expressions. */
    private static boolean inTime(SentenceContext ctx, int token) {
        return ctx.sentence().times().stream().anyMatch(tx -> tx.firstToken() <= token && token <= tx.lastToken());
    }

    /**
     * Weapons seized, found or defused ("police seized 12 rifles and a grenade") are one disrupted-weapons
     * event at the verb; the weapon words of its object are what was found, and a "seize" is no territory.
     */
    private List<Trigger> withRecoveries(List<Trigger> triggers, SentenceContext ctx) {
        java.util.Set<Integer> violence = new java.util.HashSet<>();
        triggers.stream().filter(t -> lex.frames.family(t.frame()) == Family.VIOLENCE).forEach(t -> violence.add(t.head()));
        List<DisruptedWeapons.Recovery> found = disrupted.find(ctx, violence);
        if (found.isEmpty()) {
            return triggers;
        }
        List<Trigger> out = new ArrayList<>();
        for (Trigger t : triggers) {
            boolean weaponWord = found.stream().anyMatch(r -> r.weapons().contains(t.head()))
                    && lex.frames.family(t.frame()) == Family.VIOLENCE;
            boolean atVerb = found.stream().anyMatch(r -> r.verb() == t.head());
            if (!weaponWord && !(atVerb && t.frame() != Frame.DISRUPT)) {
                out.add(t);
            }
        }
        for (DisruptedWeapons.Recovery r : found) {
            if (out.stream().anyMatch(t -> t.frame() == Frame.DISRUPT && t.head() == r.verb())) {
                continue;
            }
            statuses.status(ctx, r.verb()).ifPresent(st -> out.add(new Trigger(Frame.DISRUPT, r.verb(), r.verb() + 1, r.verb(), st)));
        }
        out.sort(java.util.Comparator.comparingInt(Trigger::start));
        return out;
    }

    /** The token of [start, end) whose head lies outside the span. */
    static int head(Syntax syn, int start, int end) {
        for (int i = start; i < end; i++) {
            Dependency p = syn.parent(i);
            if (p == null || p.governor() < start || p.governor() >= end) {
                return i;
            }
        }
        return start;
    }

    /** The object of a word of destruction is a person ("setting him on fire", "set a suspect alight"). */
    private boolean burnsPerson(SentenceContext ctx, int head) {
        int obj = ctx.syntax().child(head, "obj", "nsubj:pass");
        if (obj < 0) {
            return false;
        }
        String lemma = ctx.lemma(obj);
        boolean pronoun = ctx.syntax().token(obj).pos().equals("PRP") && lex.personPronouns.contains(ctx.words().get(obj));
        boolean person = ctx.syntax().token(obj).pos().startsWith("NN") && !ctx.syntax().token(obj).pos().startsWith("NNP")
                && (lex.peopleNouns.containsKey(lemma) || lex.personRoles.containsKey(lemma));
        return pronoun || person;
    }

    private boolean freesGround(SentenceContext ctx, int head) {
        int obj = ctx.syntax().child(head, "obj", "nsubj:pass");
        return obj >= 0 && lex.territoryNouns.contains(ctx.lemma(obj));
    }

    /**
     * Drops a trigger that only modifies another trigger of a different family: "fled through humanitarian
     * corridors" is a flight, "evacuating under an evacuation deal" an evacuation.
     */
    private List<Trigger> withoutDependents(List<Trigger> triggers, Syntax syn) {
        List<Trigger> drop = new ArrayList<>();
        for (Trigger a : triggers) {
            Dependency up = syn.parent(a.head());
            if (up == null) {
                continue;
            }
            String rel = up.relation();
            boolean fledFrom = rel.equals("obj") && triggers.stream().anyMatch(b -> b.head() == up.governor()
                    && lex.frames.family(b.frame()) == Family.MOVEMENT);
            // "agreed to lay down arms": the terms of an agreement are not events of their own
            boolean terms = rel.startsWith("xcomp") && triggers.stream().anyMatch(b -> b.head() == up.governor()
                    && b.frame() == Frame.AGREEMENT) && a.frame() == Frame.GROUP_CHANGE;
            // "gunmen seized two trucks": a word naming the attackers is the subject of what they did, not an attack
            boolean doers = rel.equals("nsubj") && a.frame() == Frame.ATTACK && syn.token(a.head()).pos().startsWith("NN");
            if (!(rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("compound") || rel.startsWith("amod")
                    || fledFrom || terms || doers)) {
                continue;
            }
            for (Trigger b : triggers) {
                if (b != a && b.head() == up.governor()
                        && lex.frames.family(a.frame()) != lex.frames.family(b.frame())
                        && a.frame() != Frame.CASUALTY && lex.frames.family(a.frame()) != Family.CROWD) {
                    drop.add(a);
                }
            }
        }
        List<Trigger> out = new ArrayList<>(triggers);
        out.removeAll(drop);
        return out;
    }
}
