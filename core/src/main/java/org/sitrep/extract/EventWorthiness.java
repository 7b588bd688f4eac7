package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.CountRole;
import org.sitrep.model.Dependency;
import org.sitrep.model.Frame;
import org.sitrep.model.PlaceRef;

/**
 * Whether a group of triggers reports an event rather than naming a topic: "talks over a withdrawal",
 * "such deals", "the offensive" alone, deaths without anyone to blame ("a landslide killed 9"). Who is to blame
 * is {@link Culprits}' job, whether a claim tells its attack {@link ResponsibilityClaims}', and whether a hold on a
 * place is a standing state {@link StandingStates}'.
 */
final class EventWorthiness {
    private final Lexicon lex = Lexicon.get();
    private final Culprits culprits = new Culprits();
    private final ResponsibilityClaims claims = new ResponsibilityClaims();
    private final StandingStates standingStates = new StandingStates();

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
                && !crowdActing && !claims.toldHere(group, ctx)) {
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
                    // the toll of the attack in the sentence before joins it when the article's mentions merge; "no one
                    // was hurt" alone only closes such an attack
                    if (!found.isEmpty() && found.stream().allMatch(f -> Long.valueOf(0L).equals(f.count().value()))) {
                        return ctx.followsViolence();
                    }
                    return culprits.someoneToBlame(group, ctx, found) || ctx.followsViolence() && !found.isEmpty()
                            || culprits.bodyDisposed(group, ctx);
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
                if (group.triggers().stream().allMatch(t -> standingStates.told(t, ctx))) {
                    return false; // "has besieged the city for more than a year": a state, not the day's event
                }
                return main.frame() != Frame.OFFENSIVE || launched(govLemma, found);
            }
        }
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

    private boolean launched(String govLemma, List<CountReader.Found> found) {
        return lex.launchVerbs.contains(govLemma) || found.stream().anyMatch(f -> f.role() == CountRole.FATALITIES);
    }
}
