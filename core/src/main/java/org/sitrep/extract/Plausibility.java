package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.Dependency;
import org.sitrep.model.Status;

/** Filters trigger words whose use here is no event: the speaker of a report, a weather "storm", a "left" without a place. */
final class Plausibility {
    private final Lexicon lex = Lexicon.get();

    boolean plausible(Trigger t, SentenceContext ctx) {
        Syntax syn = ctx.syntax();
        List<String> lemmas = ctx.lemmas();
        String lemma = lemmas.get(t.head());
        String pos = syn.token(t.head()).pos();
        Dependency up = syn.parent(t.head());
        if (up != null && up.relation().startsWith("nsubj") && lex.speech.containsKey(syn.token(up.governor()).lemma().toLowerCase())
                && syn.child(up.governor(), "ccomp", "obj", "parataxis") >= 0) {
            return false; // "the leaflets said that ...": the trigger word is the speaker ("no casualties reported" is not)
        }
        if (t.start() > 0 && lemmas.get(t.start() - 1).equals("in") && t.end() < lemmas.size()
                && lemmas.get(t.end()).equals("for")) {
            return false; // "in return for", "in exchange for"
        }
        return switch (t.frame()) {
            // "left several people killed", "the raid left three fighters dead": a result, no departure
            case LEAVE -> placeFollows(t, syn) && !leftHarmed(t, syn, lemmas);
            // "released tons of treated water": goods, not detainees
            case RELEASE -> (pos.startsWith("VB") || pos.startsWith("NN")) && !seizesGoods(t, syn, lemmas);
            // "calm returned to the town", "unrest returns to the streets": a state of affairs, not people
            case RETURN -> (pos.startsWith("VB") || pos.startsWith("NN")) && !stateReturns(t, syn, lemmas);
            case TRANSFER -> pos.startsWith("VB") || pos.startsWith("NN");
            // "to force the militants to surrender", "pressed them to agree": an aim, not an agreement
            case AGREEMENT -> !(pos.equals("VB") && t.end() - t.start() == 1 && syn.hasChild(t.head(), "mark", "to"));
            // "agreed to lay down arms", "to force militants to surrender": terms and aims, not changes
            // (an infinitive under "began", "continue" happened: "continue to fortify their positions")
            case GROUP_CHANGE -> pos.startsWith("VB") && (!pos.equals("VB") || continued(t, syn))
                    || t.end() - t.start() > 1 && !pos.equals("VB");
            // "target" or "Storm X" as a noun; "transport workers" protesting are no evacuation
            case EVACUATE -> !(lex.verbOnlyTriggers.contains(lemma) && !pos.startsWith("VB"));
            // "an attack on press freedom", "attacked democracy": a figure of speech, no violence
            case ATTACK -> !(lex.verbOnlyTriggers.contains(lemma) && !pos.startsWith("VB")) && !onAbstract(t, syn, lemmas);
            case TAKE -> (pos.startsWith("VB") || lemma.equals("capture")) && !seizesGoods(t, syn, lemmas);
            // "displaced people returned": a description of the people, not a new flight
            case FLEE -> !(pos.equals("JJ") || up != null && up.relation().equals("amod")
                    || t.end() < syn.size() && lex.peopleNouns.containsKey(lemmas.get(t.end())));
            // "fired on the positions" (not "a fire at the market"), "shots" (not "was shot")
            // "without a shot being fired" tells of no fire at all
            case GUNFIRE -> !ctx.cues().contains(Cue.NONVIOLENT)
                    && (lemma.equals("fire") ? pos.startsWith("VB") : !lemma.equals("shot") || pos.startsWith("NN"));
            // "to fight the pandemic", "fighting against corruption": a fight only in a figure of speech
            case CLASH -> !(lemma.equals("engage") && syn.child(t.head(), "obl", "obj") < 0) && !onAbstract(t, syn, lemmas);
            default -> true;
        };
    }

    /** "customs seized 40 kg of heroin": a seizure of goods is law enforcement, not territory taken. */
    private boolean seizesGoods(Trigger t, Syntax syn, List<String> lemmas) {
        int obj = syn.child(t.head(), "obj", "nsubj:pass");
        if (obj < 0) {
            return false;
        }
        if (lex.goodsNouns.contains(lemmas.get(obj))) {
            return true;
        }
        for (Dependency d : syn.children(obj)) {
            boolean inPhrase = d.relation().startsWith("nmod") || d.relation().startsWith("compound") || d.relation().startsWith("amod");
            if (inPhrase && lex.goodsNouns.contains(lemmas.get(d.dependent()))) {
                return true;
            }
            // "3,200 boxes of counterfeit make-up"
            if (inPhrase && syn.children(d.dependent()).stream().anyMatch(g -> g.relation().startsWith("amod")
                    && lex.goodsNouns.contains(lemmas.get(g.dependent())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The attack's or fight's object is an abstract thing ("an attack on media freedom", "attacking the rights of
     * workers", "to fight the pandemic", "fighting against corruption"): the head noun of "attack on/against X", of
     * "fight against X", of the verb's object or of its passive subject is a common noun in abstract-targets.tsv.
     */
    private boolean onAbstract(Trigger t, Syntax syn, List<String> lemmas) {
        for (Dependency d : syn.children(t.head())) {
            String rel = d.relation();
            int x = d.dependent();
            boolean object = rel.equals("obj") || rel.equals("nsubj:pass")
                    || rel.startsWith("nmod") && (syn.hasChild(x, "case", "on") || syn.hasChild(x, "case", "against"))
                    || rel.startsWith("obl") && syn.hasChild(x, "case", "against");
            if (object && syn.token(x).pos().startsWith("NN") && !syn.token(x).pos().startsWith("NNP")
                    && lex.abstractTargets.contains(lemmas.get(x))) {
                return true;
            }
        }
        return false;
    }

    /** An infinitive that happened under a verb of going on ("continue to fortify"), not one forced on someone. */
    private boolean continued(Trigger t, Syntax syn) {
        Dependency up = syn.parent(t.head());
        return t.status() == Status.OCCURRED && up != null
                && !lex.causatives.contains(syn.token(up.governor()).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    private boolean stateReturns(Trigger t, Syntax syn, List<String> lemmas) {
        int subject = syn.child(t.head(), "nsubj");
        return subject >= 0 && lex.returningStates.contains(lemmas.get(subject));
    }

    /** "left three fighters dead", "left 12 people wounded": a harm word the verb or its object takes as a result. */
    private boolean leftHarmed(Trigger t, Syntax syn, List<String> lemmas) {
        int obj = syn.child(t.head(), "obj");
        for (int holder : obj < 0 ? new int[] {t.head()} : new int[] {t.head(), obj}) {
            for (Dependency d : syn.children(holder)) {
                boolean result = d.relation().startsWith("xcomp") || d.relation().equals("amod") && d.dependent() > holder;
                org.sitrep.model.CountRole role = lex.casualtyRoles.get(lemmas.get(d.dependent()));
                if (result && role != null && role.harm()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean placeFollows(Trigger t, Syntax syn) {
        for (int i = t.end(); i < Math.min(syn.size(), t.end() + 8); i++) {
            if (syn.token(i).pos().startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }
}
