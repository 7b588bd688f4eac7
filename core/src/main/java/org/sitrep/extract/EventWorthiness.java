package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.CountRole;
import org.sitrep.model.Dependency;
import org.sitrep.model.Frame;
import org.sitrep.model.PlaceRef;

/**
 * Whether a group of triggers reports an event rather than naming a topic: "talks over a withdrawal",
 * "such deals", "the offensive" alone, deaths without anyone to blame ("a landslide killed 9").
 */
final class EventWorthiness {
    private final Lexicon lex = Lexicon.get();

    boolean reportsEvent(EventGrouper.Group group, SentenceContext ctx, List<CountReader.Found> found, List<PlaceRef> refs) {
        Trigger main = group.main();
        Syntax syn = ctx.syntax();
        List<String> lemmas = ctx.lemmas();
        int h = main.head();
        String pos = syn.token(h).pos();
        Dependency up = syn.parent(h);
        String govLemma = up == null ? "" : syn.token(up.governor()).lemma().toLowerCase();
        // "protesters gathered ... and demanded that ministers responsible be punished": the crowd acting is no event named
        boolean crowdActing = lex.frames.family(main.frame()) == Family.CROWD && up != null && up.relation().equals("nsubj");
        if ((ctx.cues().contains(Cue.DIPLOMATIC) || ctx.cues().contains(Cue.RESPONSIBILITY)) && pos.startsWith("NN")
                && !crowdActing && !claimedHere(group, ctx)) {
            return false; // "sanctions over the missile attack", "X claimed the bombing": the event named is told elsewhere
        }
        switch (lex.frames.family(main.frame())) {
            case AGREEMENT -> {
                if (pos.startsWith("VB") || main.end() - main.start() > 1) {
                    return true; // "agreed to", "reached an agreement"
                }
                if (lex.dealVerbs.contains(govLemma) || govLemma.equals("be") && syn.child(up.governor(), "expl") >= 0) {
                    return true;
                }
                for (Dependency d : syn.children(h)) {
                    String l = syn.token(d.dependent()).lemma().toLowerCase();
                    if ((d.relation().startsWith("acl") || d.relation().startsWith("amod")) && lex.dealVerbs.contains(l)) {
                        return true; // "the deal, announced on Wednesday"
                    }
                    if (d.relation().equals("expl")) {
                        return true;
                    }
                }
                // "there was a deal": the copula is the governor
                return up != null && govLemma.equals("be");
            }
            case MOVEMENT -> {
                boolean people = found.stream().anyMatch(f -> f.role() == CountRole.DISPLACED);
                for (int i = 0; i < syn.size() && !people; i++) {
                    PeopleGroup g = lex.peopleNouns.get(lemmas.get(i));
                    people = g != null && g != PeopleGroup.OFFICIAL && i != h;
                }
                int trigChar = syn.token(main.start()).begin();
                boolean placeAfter = refs.stream().anyMatch(p -> p.start() > trigChar
                        && p.start() - trigChar < 80 || p.role() != PlaceRef.Role.LOCATION);
                boolean placeModifier = refs.stream().anyMatch(p -> p.end() <= trigChar && trigChar - p.end() <= 2);
                // a noun ("the evacuations") names the movement itself; any place in its sentence anchors it
                boolean nounWithPlace = syn.token(h).pos().startsWith("NN") && !refs.isEmpty();
                return people || placeAfter || placeModifier || nounWithPlace;
            }
            case VIOLENCE -> {
                if (ctx.cues().contains(Cue.ACCIDENT) && group.triggers().stream().allMatch(t -> t.frame() == Frame.EXPLOSION
                        || t.frame() == Frame.CASUALTY || lex.discoveryWords.contains(lemmas.get(t.head())))) {
                    return false; // "a gas explosion at a factory", "bodies found after the landslide": no attack
                }
                if (group.triggers().stream().allMatch(t -> t.frame() == Frame.CASUALTY)) {
                    // the toll of the attack in the sentence before joins it when the article's mentions merge
                    return group.triggers().stream().anyMatch(t -> casualtiesWithCulprit(t, ctx, found)
                            || killedWithoutMishap(t, ctx, found)) || ctx.followsViolence() && !found.isEmpty()
                            || bodyDisposed(group, ctx);
                }
                if (main.frame() == Frame.OFFENSIVE) {
                    return launched(govLemma, found);
                }
                return true;
            }
            case ACCESS -> {
                return !lemmas.get(h).equals("convoy") || ctx.cues().contains(Cue.AID);
            }
            case BASE -> {
                // any of the group's triggers: a heading's bare "established:" may come first
                return group.triggers().stream().anyMatch(t -> baseEstablished(t, syn, lemmas));
            }
            case CROWD -> {
                // a crowd alone is no event; with harm it is mob violence
                List<Trigger> fam = group.triggers();
                return fam.stream().anyMatch(t -> t.frame() != Frame.MOB) || lemmas.contains("lynch")
                        || fam.stream().anyMatch(t -> lemmas.get(t.head()).equals("mob") || t.end() - t.start() > 1)
                        || found.stream().anyMatch(f -> f.role().harm());
            }
            default -> {
                if (group.triggers().stream().allMatch(t -> standingState(t, ctx))) {
                    return false; // "has besieged the city for more than a year": a state, not the day's event
                }
                return main.frame() != Frame.OFFENSIVE || launched(govLemma, found);
            }
        }
    }

    /**
     * A hold kept on a place (standing-states.tsv) told in the perfect with a span of time: "has besieged the town
     * for more than a year", "have blockaded the port for months".
     */
    private boolean standingState(Trigger t, SentenceContext ctx) {
        Syntax syn = ctx.syntax();
        for (int i = t.start(); i < t.end(); i++) {
            if (!lex.standingStates.contains(ctx.lemma(i)) || !syn.token(i).pos().equals("VBN")
                    || !syn.hasChild(i, "aux", "have")) {
                continue;
            }
            int span = syn.child(i, "obl:for");
            if (span >= 0 && "DURATION".equals(syn.token(span).ner())) {
                return true;
            }
        }
        return false;
    }

    private boolean baseEstablished(Trigger t, Syntax syn, List<String> lemmas) {
        int h = t.head();
        if (!lemmas.get(h).equals("establish")) {
            return true; // "set up a base"; "established" needs a base as its object
        }
        int obj = syn.child(h, "obj");
        int pass = syn.child(h, "nsubj:pass");
        return obj >= 0 && lex.baseNouns.contains(lemmas.get(obj)) || pass >= 0 && lex.baseNouns.contains(lemmas.get(pass));
    }

    /**
     * A claim that tells its attack here rather than naming one told elsewhere: "militants claimed an attack on a
     * village" (an indefinite or counted noun the claim verb takes), "the group claimed to have attacked a base" (the
     * attack a verb under the claim). "claimed the attack" and "claimed responsibility for Sunday's bombing" refer back.
     */
    private boolean claimedHere(EventGrouper.Group group, SentenceContext ctx) {
        if (!ctx.cues().contains(Cue.RESPONSIBILITY) || ctx.cues().contains(Cue.DIPLOMATIC)) {
            return false;
        }
        Syntax syn = ctx.syntax();
        for (Trigger t : group.triggers()) {
            Dependency up = syn.parent(t.head());
            if (up == null || !ctx.lemma(up.governor()).equals("claim")) {
                continue;
            }
            String pos = syn.token(t.head()).pos();
            // only an infinitive: a clause "that killed eight" may hang on the claim and still be told elsewhere
            if (pos.startsWith("VB") && up.relation().startsWith("xcomp")) {
                return true;
            }
            if (pos.startsWith("NN") && up.relation().equals("obj")) {
                int det = syn.child(t.head(), "det");
                boolean indefinite = det >= 0 && (ctx.lemma(det).equals("a") || ctx.lemma(det).equals("an"));
                if (indefinite || syn.child(t.head(), "nummod") >= 0) {
                    return true;
                }
            }
        }
        return false;
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

    private boolean launched(String govLemma, List<CountReader.Found> found) {
        return lex.launchVerbs.contains(govLemma) || found.stream().anyMatch(f -> f.role() == CountRole.FATALITIES);
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
     * The subject a verb or adjective shares with the verb it depends on: "troops destroyed five hideouts and killed 7
     * militants", "the raid left 3 militants dead".
     */
    private static int inheritedSubject(int verb, Syntax syn) {
        Dependency up = syn.parent(verb);
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
    private boolean bodyDisposed(EventGrouper.Group group, SentenceContext ctx) {
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
