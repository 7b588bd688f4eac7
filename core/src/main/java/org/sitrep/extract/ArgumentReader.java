package org.sitrep.extract;

import java.util.List;
import java.util.function.IntPredicate;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Dependency;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * Reads an event's participants as noun phrases from the parse: actor1 (who acted: the subject, the
 * passive agent, "strikes by Russian jets", "Syrian air strikes") and actor2 (who was acted upon: the
 * object, the passive subject, "attack on X", "clashes between X and Y").
 */
final class ArgumentReader {
    private static final java.util.Set<String> REPELLING = Lexicon.get().repellingVerbs;
    private static final java.util.Set<String> ATTACKS = Lexicon.get().repelledNouns;

    private final Lexicon lex = Lexicon.get();

    /** actor1 and actor2, either null when the sentence names none. */
    record Actors(ActorRef actor1, ActorRef actor2) {
    }

    Actors actors(Syntax syn, Trigger main) {
        return actors(syn, main, i -> false);
    }

    /** As {@link #actors(Syntax, Trigger)}, a date ("on 3 May") never taken for a participant. */
    Actors actors(SentenceContext ctx, Trigger main) {
        List<TimeExpression> times = ctx.sentence().times();
        return actors(ctx.syntax(), main, i -> times.stream().anyMatch(tx -> tx.firstToken() <= i && i <= tx.lastToken()));
    }

    private Actors actors(Syntax syn, Trigger main, IntPredicate inDate) {
        int h = main.head();
        int verb = h;
        ActorRef a1 = null;
        ActorRef a2 = null;
        String pos = syn.token(h).pos();
        // "clashes with police", "a firefight with the rebels": a fight the other side is named in
        boolean foughtWith = false;
        if (!pos.startsWith("VB")) {
            // a nominal trigger: its own modifiers may name the agent ("Syrian air strikes", "strikes by Russian jets")
            int mod = syn.child(h, "nmod:by", "nmod:agent", "amod", "compound", "nmod:poss");
            if (mod >= 0 && isActorish(syn, mod)) {
                a1 = ref(syn, mod);
            }
            int against = syn.child(h, "nmod:against", "nmod:with", "nmod:on");
            if (against >= 0) {
                a2 = ref(syn, against);
                foughtWith = against == syn.child(h, "nmod:with");
            }
            // "clashes between the SPLA and SPLA-IO"
            int between = syn.child(h, "nmod:between");
            if (between >= 0) {
                Actors sides = between(syn, between);
                a1 = sides.actor1();
                a2 = sides.actor2();
            }
            Dependency up = syn.parent(h);
            if (up != null && up.relation().equals("nsubj") && lex.peopleNouns.get(syn.token(h).lemma().toLowerCase())
                    == PeopleGroup.COMBATANT) {
                a1 = ref(syn, h); // "gunmen shot at two farmers": the trigger names the doers themselves
            }
            Actors fought = up != null && up.relation().equals("obj") ? repelled(syn, h, up.governor()) : null;
            if (fought != null) {
                return fought;
            }
            if (up != null && (up.relation().startsWith("nsubj") || up.relation().startsWith("obj")
                    || up.relation().startsWith("obl")) && syn.token(up.governor()).pos().startsWith("VB")) {
                verb = up.governor();
            }
        }
        int object = syn.child(verb, "obj");
        Actors fought = pos.startsWith("VB") && object >= 0 ? repelled(syn, object, verb) : null;
        if (fought != null) {
            return fought;
        }
        if (verb != h || pos.startsWith("VB")) {
            // "clashes broke out between villagers and police", "fighting erupted between X and Y"
            int between = syn.child(verb, "obl:between");
            if (a1 == null && a2 == null && between >= 0 && !inDate.test(between)) {
                Actors sides = between(syn, between);
                a1 = sides.actor1();
                a2 = sides.actor2();
            }
            int subj = syn.child(verb, "nsubj");
            int agent = syn.child(verb, "obl:agent");
            int pass = syn.child(verb, "nsubj:pass");
            int obj = syn.child(verb, "obj");
            int with = syn.child(verb, "obl:with", "obl:against", "obl:on");
            if (a1 == null && subj >= 0 && subj != h) {
                a1 = ref(syn, subj);
            }
            if (a1 == null && agent >= 0 && agent != h) {
                a1 = ref(syn, agent);
            }
            Dependency above = syn.parent(verb);
            if (a1 == null && subj < 0 && pass < 0 && above != null && above.relation().startsWith("advcl")
                    && syn.token(verb).pos().equals("VBG")) {
                // "villagers killed a thief, beating him with sticks", "gunmen stormed the village, torching houses": a
                // participle's clause acts through the subject of the clause it hangs on
                int outer = syn.child(above.governor(), "nsubj");
                if (outer >= 0) {
                    a1 = ref(syn, outer);
                }
            }
            if (a1 == null && subj < 0 && pass < 0 && above != null && above.relation().startsWith("xcomp")
                    && lex.speech.get(syn.token(above.governor()).lemma().toLowerCase()) == SpeechKind.DENY) {
                // "the group denied firing the rockets": the act denied is the one the denier is said to have done
                int denier = syn.child(above.governor(), "nsubj");
                if (denier >= 0) {
                    a1 = ref(syn, denier);
                }
            }
            if (a2 == null && obj >= 0 && obj != h) {
                a2 = ref(syn, obj);
            }
            if (a2 == null && pass >= 0 && pass != h) {
                a2 = ref(syn, pass);
            }
            if (a1 == null && foughtWith && pass >= 0 && pass != h && verb != h) {
                // "six fighters died in clashes with police": those harmed in a fight with the other side
                // were its other side
                a1 = ref(syn, pass);
            }
            if (a2 == null && with >= 0 && !inDate.test(with)) {
                a2 = ref(syn, with);
            }
            int at = syn.child(verb, "obl:at");
            if (a2 == null && at >= 0 && !inDate.test(at) && lex.aimingVerbs.contains(syn.token(verb).lemma().toLowerCase())) {
                a2 = ref(syn, at); // "shot at two farmers", "fired at an ambulance": what was aimed at
            }
        }
        return new Actors(a1, a2);
    }

    /**
     * An attack fought off ("soldiers repelled a rebel attack", "thwarted an attack of the militants", "were killed
     * when troops repulsed their attack"): the attacker named on the attack noun is actor1 and the side that
     * repelled it actor2. Null when the verb repels nothing or the attacker is not named, so the subject stays actor1.
     */
    private static Actors repelled(Syntax syn, int attack, int verb) {
        if (!REPELLING.contains(syn.token(verb).lemma().toLowerCase()) || !ATTACKS.contains(syn.token(attack).lemma().toLowerCase())) {
            return null;
        }
        ActorRef attacker = null;
        int named = syn.child(attack, "amod", "compound");
        int of = syn.child(attack, "nmod:of", "nmod:by");
        int poss = syn.child(attack, "nmod:poss");
        if (named >= 0 && isActorish(syn, named)) {
            attacker = ref(syn, named);
        } else if (of >= 0) {
            attacker = ref(syn, of);
        } else if (poss >= 0 && !syn.token(poss).pos().startsWith("PRP")) {
            attacker = ref(syn, poss);
        } else if (poss >= 0 && syn.parent(verb) != null) {
            // "4 militants were killed when troops repulsed their attack": "their" are those of the clause above
            int above = syn.parent(verb).governor();
            int them = syn.child(above, "nsubj:pass");
            attacker = them >= 0 ? ref(syn, them) : null;
        }
        int subj = syn.child(verb, "nsubj");
        return attacker == null || subj < 0 ? null : new Actors(attacker, ref(syn, subj));
    }

    /**
     * The two sides of "between X and Y"; of "between X against Y" (and "between X and Y against Z", where X and Y are
     * one side) the words before "against" and the phrase after it.
     */
    private static Actors between(Syntax syn, int between) {
        int[] sp = syn.phrase(between);
        for (int k = sp[0] + 1; k <= sp[1]; k++) {
            Dependency up = syn.parent(k);
            if (syn.token(k).word().equalsIgnoreCase("against") && up != null && up.relation().startsWith("case")
                    && up.governor() > k && up.governor() <= sp[1]) {
                int end = k - 1;
                while (end > sp[0] && syn.token(end).word().equals(",")) {
                    end--;
                }
                return new Actors(new ActorRef(syn.text(sp[0], end), syn.token(between).word().toLowerCase()),
                        ref(syn, up.governor()));
            }
        }
        int other = syn.child(between, "conj");
        int end = other >= 0 ? Math.min(sp[1], syn.phrase(other)[0] - 1) : sp[1];
        while (end > sp[0] && (syn.token(end).word().equalsIgnoreCase("and") || syn.token(end).word().equals(","))) {
            end--;
        }
        ActorRef first = new ActorRef(syn.text(sp[0], end), syn.token(between).word().toLowerCase());
        return new Actors(first, other >= 0 ? ref(syn, other) : null);
    }

    private static boolean isActorish(Syntax syn, int i) {
        Token t = syn.token(i);
        return t.pos().startsWith("NNP") || t.pos().startsWith("JJ") && Character.isUpperCase(t.word().charAt(0));
    }

    private static ActorRef ref(Syntax syn, int head) {
        int[] sp = syn.phrase(head);
        return new ActorRef(syn.text(sp[0], sp[1]), syn.token(head).word().toLowerCase());
    }
}
