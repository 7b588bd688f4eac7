package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.CountRole;
import org.sitrep.model.Dependency;

/**
 * Whether deaths or injuries told without a weapon or attack word have someone to blame, which makes them an event:
 * "gunmen killed 3", "a man was killed in X", a body found bound; not "a landslide killed 9".
 */
final class Culprits {
    private final Lexicon lex = Lexicon.get();

    /** Whether any of a group's casualty triggers names a culprit or tells a killing in the passive or a participle. */
    boolean someoneToBlame(EventGrouper.Group group, SentenceContext ctx, List<CountReader.Found> found) {
        return group.triggers().stream().anyMatch(t -> casualtiesWithCulprit(t, ctx, found) || killedWithoutMishap(t, ctx, found));
    }

    /**
     * "a man was killed in Juarez", "..., killing a civilian": a killing told in the passive or as a
     * participle names no culprit but is one, unless the sentence gives a mishap or disaster as the cause.
     */
    private boolean killedWithoutMishap(Trigger main, SentenceContext ctx, List<CountReader.Found> found) {
        boolean passiveOrParticiple = ctx.syntax().child(main.head(), "nsubj:pass") >= 0
                || ctx.syntax().token(main.head()).pos().equals("VBG");
        return ctx.lemma(main.head()).equals("kill") && passiveOrParticiple
                && !ctx.cues().contains(Cue.ACCIDENT) && found.stream().anyMatch(f -> f.role() == CountRole.FATALITIES);
    }

    /**
     * Deaths reported without a weapon or attack word are an event only with people to blame:
     * "gunmen killed 3" and "an army operation killed 8 militants" are; "a landslide killed 9" and
     * "passengers died when a bus overturned" are not.
     */
    private boolean casualtiesWithCulprit(Trigger main, SentenceContext ctx, List<CountReader.Found> found) {
        Syntax syn = ctx.syntax();
        List<String> lemmas = ctx.lemmas();
        int verb = main.head();
        if (found.stream().noneMatch(f -> f.role().harm())) {
            // "a local trader was killed by unidentified armed men": no count read, but armed people to blame;
            // "were beaten by a crowd of traders": a crowd is to blame too
            int by = syn.child(verb, "obl:agent");
            return by >= 0 && (armedPeople(by, syn, lemmas) || lex.crowdNouns.contains(lemmas.get(by)));
        }
        for (int cur = verb, depth = 0; depth < 3 && syn.parent(cur) != null; depth++) {
            cur = syn.parent(cur).governor();
            if (lex.allegingVerbs.contains(syn.token(cur).lemma().toLowerCase())) {
                return true; // "residents accused soldiers of killing 7 herders"
            }
        }
        int agent = syn.child(verb, "nsubj");
        if (agent < 0) {
            agent = syn.child(verb, "obl:agent");
        }
        if (agent < 0) {
            agent = inheritedSubject(verb, syn);
        }
        if (agent < 0 || lemmas.get(main.head()).equals("die")) {
            return false;
        }
        if (syn.token(agent).pos().equals("PRP")) {
            // "The army said it had killed 34 militants": the pronoun is the speaker, who is to blame if armed
            int speaker = speakerOf(verb, syn, lemmas);
            return speaker >= 0 && culprit(speaker, syn, lemmas);
        }
        return culprit(agent, syn, lemmas);
    }

    /** Whether the noun names someone who can be blamed: armed people, an operation, an organisation or its members. */
    private boolean culprit(int agent, Syntax syn, List<String> lemmas) {
        if (lex.operationNouns.contains(lemmas.get(agent))) {
            return true; // "an operation by commandos killed 8 militants": the operation's side is to blame
        }
        if (firedBy(agent, syn, lemmas)) {
            return true; // "Israeli fire wounded two men": whoever fired is to blame
        }
        if (lex.weaponNouns.contains(lemmas.get(agent)) && !lemmas.get(agent).equals("mine")) {
            return true; // "a bullet hit and wounded a boy": whoever fired it is to blame ("a mine" may be a pit)
        }
        if (lex.aircraftWords.contains(lemmas.get(agent))) {
            return true; // "jets killed five fighters": whoever flew them is to blame
        }
        PeopleGroup g = lex.peopleNouns.get(lemmas.get(agent));
        boolean armed = false;
        boolean armedOrganisation = false;
        boolean member = lex.membershipNouns.contains(lemmas.get(agent));
        for (Dependency d : syn.children(agent)) {
            String l = lemmas.get(d.dependent());
            armed |= d.relation().equals("amod") && lex.armedAdjectives.contains(l);
            if (member && (d.relation().equals("compound") || d.relation().startsWith("nmod"))) {
                // "gang members", "members of a militia", "Hamas members": the organisation is to blame
                PeopleGroup org = lex.peopleNouns.get(l);
                armedOrganisation |= org != null && !org.victim() || lex.criminalAffiliation.contains(l)
                        || syn.token(d.dependent()).pos().startsWith("NNP");
            }
        }
        return g != null && (!g.victim() || armed) || armedOrganisation || syn.token(agent).pos().startsWith("NNP");
    }

    /**
     * "gunfire", "Israeli fire", "Houthi sniper fire": a noun of fire, with who fired when it needs them. The noun
     * may be a compound under the agent the parser chose ("by Israeli fire east of X" headed by "east").
     */
    private boolean firedBy(int agent, Syntax syn, List<String> lemmas) {
        List<Integer> nouns = new java.util.ArrayList<>(List.of(agent));
        syn.children(agent).stream().filter(d -> d.relation().startsWith("compound")).forEach(d -> nouns.add(d.dependent()));
        boolean named = false;
        for (int n : nouns) {
            for (Dependency d : syn.children(n)) {
                String word = syn.token(d.dependent()).word();
                boolean modifier = d.relation().startsWith("amod") || d.relation().startsWith("compound");
                named |= modifier && (!word.isEmpty() && Character.isUpperCase(word.charAt(0))
                        || lex.fireNounsAlone.contains(lemmas.get(d.dependent())));
            }
        }
        for (int n : nouns) {
            if (lex.fireNounsAlone.contains(lemmas.get(n)) || named && lex.fireNounsNamed.contains(lemmas.get(n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject a verb or adjective shares with the verb it depends on: "troops destroyed five hideouts and killed 7
     * militants", "the raid left 3 militants dead" (an adjective after the object: the parse may take it as the
     * object's modifier).
     */
    private int inheritedSubject(int verb, Syntax syn) {
        Dependency up = syn.parent(verb);
        if (up != null && up.relation().equals("amod") && up.governor() < verb) {
            // "the sweep left four gunmen dead": a harm word after the object of a verb of result is that verb's
            Dependency obj = syn.parent(up.governor());
            boolean result = obj != null && obj.relation().equals("obj")
                    && lex.resultWords.contains(syn.token(obj.governor()).lemma().toLowerCase());
            return result ? syn.child(obj.governor(), "nsubj") : -1;
        }
        if (up == null || !(up.relation().startsWith("conj") || up.relation().startsWith("xcomp")
                || up.relation().startsWith("ccomp"))) {
            return -1;
        }
        return syn.child(up.governor(), "nsubj");
    }

    /** Armed people named outright: "gunmen", "armed men", "suspected cartel members" (not a mere name). */
    private boolean armedPeople(int noun, Syntax syn, List<String> lemmas) {
        PeopleGroup g = lex.peopleNouns.get(lemmas.get(noun));
        if (g == PeopleGroup.COMBATANT || lex.criminalAffiliation.contains(lemmas.get(noun))) {
            return true;
        }
        return syn.children(noun).stream().anyMatch(d -> d.relation().equals("amod")
                && lex.armedAdjectives.contains(lemmas.get(d.dependent()))
                || d.relation().startsWith("compound") && lex.criminalAffiliation.contains(lemmas.get(d.dependent())));
    }

    /**
     * A death told with signs that someone disposed of the body (lexicon/body-signs.tsv: "found wrapped in a
     * blanket", "thrown from a car", "bound and blindfolded"): a killing whoever did it, unless a mishap is given.
     */
    boolean bodyDisposed(EventGrouper.Group group, SentenceContext ctx) {
        boolean death = group.triggers().stream().anyMatch(t -> lex.casualtyRoles.get(ctx.lemma(t.head())) == CountRole.FATALITIES);
        return death && !ctx.cues().contains(Cue.ACCIDENT) && ctx.lemmas().stream().anyMatch(lex.bodySigns::contains);
    }

    /** The subject of the speech verb that governs the verb ("the army" in "the army said it killed ..."), or -1. */
    private int speakerOf(int verb, Syntax syn, List<String> lemmas) {
        for (int cur = verb, depth = 0; depth < 2 && syn.parent(cur) != null; depth++) {
            cur = syn.parent(cur).governor();
            SpeechKind kind = lex.speech.get(lemmas.get(cur));
            if (kind == SpeechKind.SAY) {
                return syn.child(cur, "nsubj");
            }
        }
        return -1;
    }
}
