package org.sitrep.extract;

import org.sitrep.model.Dependency;
import org.sitrep.model.Frame;

/**
 * What a verb of taking ("seized", "captured") took, which decides the frame of the taking: people who are
 * no fighters were abducted ("seized 11 pupils from a school"), fighters taken in a fight were part of an
 * armed clash ("troops captured two rebels", "3 militants were killed or captured"), property carried off
 * was looted ("gunmen seized a vehicle", lexicon/loot-nouns.tsv), weapons were disrupted ("the rifles the troops
 * seized"); anything else is ground taken. People stopped by a disrupting verb ("intercepted") were arrested.
 */
final class Seizure {
    private final Lexicon lex = Lexicon.get();

    /** The frame of a TAKE trigger at {@code head} ({@code words} tokens long) from what it took. */
    Frame frameOf(SentenceContext ctx, int head, int words) {
        Syntax syn = ctx.syntax();
        int obj = syn.child(head, "obj");
        int taken = obj >= 0 ? obj : syn.child(head, "nsubj:pass");
        Dependency up = syn.parent(head);
        if (taken < 0 && up != null && up.relation().startsWith("conj")) {
            // "were killed, injured or captured": the first verb's passive subject
            taken = syn.child(up.governor(), "nsubj:pass");
        }
        if (taken < 0 && up != null && up.relation().startsWith("acl:relcl") && syn.child(head, "nsubj") != up.governor()) {
            taken = up.governor(); // "the rifles troops seized", "the town the rebels captured"
        }
        if (taken < 0) {
            return Frame.TAKE;
        }
        String lemma = ctx.lemma(taken);
        PeopleGroup g = lex.peopleNouns.get(lemma);
        boolean pronoun = obj == taken && syn.token(taken).pos().equals("PRP") && !lemma.equals("it");
        if (g != null && g != PeopleGroup.COMBATANT || pronoun) {
            return Frame.ABDUCT;
        }
        // "drove the militants out of the town", "expelled the rebels from": the ground they lost is what was taken
        boolean fromGround = syn.child(head, "obl:from", "obl:out_of") >= 0;
        if (g == PeopleGroup.COMBATANT && words == 1 && !fromGround && !lex.collectiveNouns.contains(lemma)) {
            return Frame.CLASH;
        }
        if (words == 1 && lex.weaponNouns.contains(lemma)) {
            return Frame.DISRUPT;
        }
        if (words == 1 && contraband(syn, taken, ctx)) {
            return Frame.LOOT; // "seized three tonnes of cannabis": ACLED's looting/property destruction
        }
        return words == 1 && lex.lootNouns.contains(lemma) ? Frame.LOOT : Frame.TAKE;
    }

    /** The thing taken is contraband, or a quantity or package of it ("2 tonnes of cannabis", "packs of smuggled cigarettes"). */
    private boolean contraband(Syntax syn, int taken, SentenceContext ctx) {
        if (lex.contrabandNouns.contains(ctx.lemma(taken))) {
            return true;
        }
        return syn.children(taken).stream().anyMatch(d -> (d.relation().startsWith("nmod") || d.relation().startsWith("compound"))
                && lex.contrabandNouns.contains(ctx.lemma(d.dependent())));
    }

    /**
     * The frame of a DISRUPT trigger ({@code words} tokens long): people stopped ("15 suspects were intercepted")
     * were arrested; a person told only by a pronoun gives no event (NONE); a one-word trigger's object that names
     * no weapon ("intercepted a truck", "defused the tension") is no weapon disrupted (NONE): what was done to the
     * vehicle or its passengers is told by the sentence's other words.
     */
    Frame disruptedOf(SentenceContext ctx, int head, int words) {
        Syntax syn = ctx.syntax();
        int obj = syn.child(head, "obj", "nsubj:pass");
        if (obj < 0) {
            return Frame.DISRUPT;
        }
        if (lex.peopleNouns.containsKey(ctx.lemma(obj))) {
            return Frame.ARREST;
        }
        // a pronoun ("he was intercepted") is mostly a suspect chased after a crime: no event ACLED codes
        boolean pronoun = syn.token(obj).pos().equals("PRP") && !ctx.lemma(obj).equals("it");
        if (pronoun || words == 1 && !weaponOrIt(ctx, obj)) {
            return Frame.NONE;
        }
        return Frame.DISRUPT;
    }

    /** "it", or a weapon or aircraft named by the noun or its modifiers ("28 of the 35 drones", "a missile attack"). */
    private boolean weaponOrIt(SentenceContext ctx, int noun) {
        if (weapon(ctx.lemma(noun)) || ctx.syntax().token(noun).pos().equals("PRP")) {
            return true;
        }
        return ctx.syntax().children(noun).stream().anyMatch(d -> (d.relation().startsWith("nmod")
                || d.relation().startsWith("compound") || d.relation().startsWith("conj")) && weapon(ctx.lemma(d.dependent())));
    }

    private boolean weapon(String lemma) {
        return lex.weaponNouns.contains(lemma) || lex.aircraftWords.contains(lemma);
    }
}
