package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Dependency;

/**
 * Finds weapons taken out of use: a verb of seizing, finding, defusing or destroying (lexicon
 * recovery-verbs.tsv) whose object names weapons (weapon-nouns.tsv), as in "police seized 12 firearms" or
 * "a cache of mortar shells was discovered". ACLED codes these as disrupted weapons use; the weapon words
 * inside the object ("shells", "IEDs") name what was found, not an attack.
 */
final class DisruptedWeapons {
    /** Relations that stay inside one noun phrase: "dozens of rifles, rockets and IEDs", "caches containing arms". */
    private static final List<String> PHRASE_RELATIONS = List.of("nmod", "conj", "compound", "appos", "amod", "nummod", "acl", "obj");
    private static final int DEPTH = 3;

    private final Lexicon lex = Lexicon.get();

    /** A recovery verb and the tokens of the weapons it took. */
    record Recovery(int verb, Set<Integer> weapons) {
        Recovery {
            weapons = Set.copyOf(weapons);
        }
    }

    /** Sentences that may report a recovery: a recovery verb and a weapon noun, whatever their order. */
    boolean mayReport(List<String> lemmas) {
        return lemmas.stream().anyMatch(lex.recoveryVerbs::containsKey) && lemmas.stream().anyMatch(lex.weaponNouns::contains);
    }

    /**
     * The recoveries of a sentence. A destroying verb counts only when nothing else in the sentence is
     * violence: "jets destroyed an ammunition depot" is an air strike.
     *
     * @param otherViolence heads of the sentence's violence triggers
     */
    List<Recovery> find(SentenceContext ctx, Set<Integer> otherViolence) {
        Syntax syn = ctx.syntax();
        List<Recovery> out = new ArrayList<>();
        for (int v = 0; v < syn.size(); v++) {
            String kind = lex.recoveryVerbs.get(ctx.lemma(v));
            if (kind == null || !syn.token(v).pos().startsWith("VB")) {
                continue;
            }
            Set<Integer> phrase = new HashSet<>();
            for (int arg : arguments(syn, v, i -> lex.weaponNouns.contains(ctx.lemma(i)))) {
                collect(syn, arg, 0, phrase);
            }
            if (phrase.stream().noneMatch(i -> lex.weaponNouns.contains(ctx.lemma(i)))) {
                continue;
            }
            int verb = v;
            // another weapon word beside the destroyed ones is more of what was destroyed ("stockpiles of ammunition
            // and also several roadside bombs", however the parser joined it), unless it did the destroying
            // ("rockets destroyed a depot")
            boolean violenceElsewhere = otherViolence.stream().anyMatch(h -> h != verb && !phrase.contains(h)
                    && !(lex.weaponNouns.contains(ctx.lemma(h)) && syn.token(h).pos().startsWith("NN")
                            && !instrument(syn, verb, h)));
            if (kind.equals("destroy") && violenceElsewhere) {
                continue;
            }
            out.add(new Recovery(v, phrase));
        }
        return out;
    }

    /**
     * What the verb acts on: its object, its passive subject, or the noun a participle modifies ("a cache ... seized
     * in a village") and the weapon nouns above it.
     */
    private static List<Integer> arguments(Syntax syn, int verb, java.util.function.IntPredicate weapon) {
        List<Integer> args = new ArrayList<>();
        for (Dependency d : syn.children(verb)) {
            if (d.relation().equals("obj") || d.relation().startsWith("nsubj:pass")) {
                args.add(d.dependent());
            }
        }
        if (args.isEmpty() && syn.token(verb).pos().equals("VBN") && syn.child(verb, "aux") < 0) {
            int subject = syn.child(verb, "nsubj");
            if (subject >= 0) {
                args.add(subject); // a headline's participle: "Cache of rockets discovered near Kandahar"
            }
        }
        args.addAll(loadedVehicles(syn, verb));
        Dependency up = syn.parent(verb);
        if (up != null && up.relation().startsWith("acl") && !up.relation().startsWith("acl:relcl")) {
            args.add(up.governor());
            args.addAll(storesAbove(syn, up.governor(), weapon));
        }
        if (args.isEmpty() && up != null && up.relation().startsWith("conj")) {
            return arguments(syn, up.governor(), weapon); // "were found and cleared": the first verb's subject
        }
        return args;
    }

    /**
     * A thing loaded with weapons that the parser read as a clause of its own under the verb ("found a car packed
     * with explosives", "a truck loaded with arms was seized", with the participle's subject the car): the
     * participle, its subject and its load are what the verb acts on.
     */
    private static List<Integer> loadedVehicles(Syntax syn, int verb) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : syn.children(verb)) {
            String r = d.relation();
            int part = d.dependent();
            boolean clause = r.equals("dep") || r.startsWith("csubj") || r.equals("ccomp") || r.equals("xcomp");
            if (!clause || !syn.token(part).pos().equals("VBN") || syn.child(part, "aux") >= 0 || syn.child(part, "aux:pass") >= 0) {
                continue;
            }
            int thing = syn.child(part, "nsubj");
            int load = syn.child(part, "obl:with");
            if (thing >= 0 && load >= 0) {
                out.addAll(List.of(part, thing, load));
            }
        }
        return out;
    }

    /**
     * Weapon nouns up the chain of modifiers above a participle's noun: in "a cache of rockets belonging to a gang
     * seized in a village" the cache was seized, whichever noun of the chain the parser hung "seized" on.
     *
     * @param weapon whether a token is a weapon noun
     */
    private static List<Integer> storesAbove(Syntax syn, int noun, java.util.function.IntPredicate weapon) {
        List<Integer> out = new ArrayList<>();
        int at = noun;
        for (int step = 0; step < DEPTH; step++) {
            Dependency up = syn.parent(at);
            if (up == null || up.governor() < 0 || !(up.relation().startsWith("nmod") || up.relation().startsWith("obl")
                    || up.relation().startsWith("acl") && !up.relation().startsWith("acl:relcl"))) {
                break;
            }
            at = up.governor();
            if (weapon.test(at) && syn.token(at).pos().startsWith("NN")) {
                out.add(at);
            }
        }
        return out;
    }

    /** Whether a token is the means of the verb: its subject, or a noun after "with" or "by" on it. */
    private static boolean instrument(Syntax syn, int verb, int token) {
        Dependency up = syn.parent(token);
        if (up == null || up.governor() != verb) {
            return false;
        }
        String r = up.relation();
        return r.startsWith("nsubj") && !r.startsWith("nsubj:pass") || r.equals("obl:with") || r.equals("obl:by")
                || r.startsWith("obl:agent");
    }

    private static void collect(Syntax syn, int token, int depth, Set<Integer> into) {
        if (!into.add(token) || depth >= DEPTH) {
            return;
        }
        for (Dependency d : syn.children(token)) {
            if (PHRASE_RELATIONS.stream().anyMatch(d.relation()::startsWith) && !d.relation().startsWith("acl:relcl")) {
                collect(syn, d.dependent(), depth + 1, into);
            }
        }
    }
}
