package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.CountRole;
import org.sitrep.model.Dependency;

/**
 * Orders the events of one sentence so that what the sentence reports comes before what it mentions in
 * passing: an event named inside a phrase about a person or thing ("supporters of an imam who was detained
 * last month protested", "the arrested former president", "families of migrants detained abroad gathered",
 * "victims of displacement protested") is background to the event of the main clause, and an article's
 * first event is the one it reports. Harm to people done in the same act as damage to property comes before the
 * damage ("set fire to a house and beat its owner"), and a killing done in the same act as an arrest before the arrest
 * ("detained and tortured a man to death").
 */
final class MainClauseFirst {
    /** Relations that hang a clause or word on a noun: a trigger below one of them describes that noun. */
    private static final Set<String> NOUN_MODIFIERS = Set.of("acl", "acl:relcl", "amod", "nmod", "compound");
    private static final int MAX_DEPTH = 30;
    private final Lexicon lex = Lexicon.get();

    /** The sentence's groups in order, those whose main trigger only describes a noun after the others. */
    List<EventGrouper.Group> order(List<EventGrouper.Group> groups, Syntax syn) {
        if (groups.size() < 2) {
            return groups;
        }
        return deathBeforeCustody(harmBeforeDamage(mainFirst(groups, syn), syn), syn);
    }

    private List<EventGrouper.Group> mainFirst(List<EventGrouper.Group> groups, Syntax syn) {
        Set<Integer> triggerTokens = new HashSet<>();
        for (EventGrouper.Group g : groups) {
            for (Trigger t : g.triggers()) {
                for (int k = t.start(); k < t.end(); k++) {
                    triggerTokens.add(k);
                }
            }
        }
        List<EventGrouper.Group> main = new ArrayList<>();
        List<EventGrouper.Group> background = new ArrayList<>();
        for (EventGrouper.Group g : groups) {
            // "residents demonstrating against the curfew vandalised a station": a crowd named by what it does
            // is the event's crowd, not background
            boolean crowd = g.family() == Family.CROWD;
            (!crowd && describesNoun(g.main().head(), syn, triggerTokens) ? background : main).add(g);
        }
        if (main.isEmpty() || background.isEmpty()) {
            return groups;
        }
        main.addAll(background);
        return main;
    }

    /**
     * "Gunmen set fire to a house and beat its owner": harm to people done in the same act as the damage (their
     * verbs coordinated) is what the sentence reports first; ACLED's codebook ranks harm to people above property
     * destruction.
     */
    private static List<EventGrouper.Group> harmBeforeDamage(List<EventGrouper.Group> groups, Syntax syn) {
        List<EventGrouper.Group> out = new ArrayList<>(groups);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).family() != Family.LOOT) {
                continue;
            }
            for (int j = i + 1; j < out.size(); j++) {
                if (out.get(j).family() == Family.VIOLENCE && coordinated(out.get(i).main().head(), out.get(j).main().head(), syn)) {
                    out.add(i, out.remove(j));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * "Troops detained and tortured a farmer to death", "killed four militants and detained two others": a death
     * done in the same act as an arrest (the verbs coordinated) is what the sentence reports first; ACLED's codebook
     * codes the most severe of the acts of one event, and a killing outranks the arrest.
     */
    private List<EventGrouper.Group> deathBeforeCustody(List<EventGrouper.Group> groups, Syntax syn) {
        List<EventGrouper.Group> out = new ArrayList<>(groups);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).family() != Family.ARREST) {
                continue;
            }
            for (int j = i + 1; j < out.size(); j++) {
                EventGrouper.Group g = out.get(j);
                if (g.family() == Family.VIOLENCE && deadly(g, syn) && anyCoordinated(out.get(i), g, syn)) {
                    out.add(i, out.remove(j));
                    break;
                }
            }
        }
        return out;
    }

    /** Whether one of the group's words is a word of death (casualty-verbs.tsv: "killed", "death"). */
    private boolean deadly(EventGrouper.Group g, Syntax syn) {
        return g.triggers().stream().anyMatch(t -> lex.casualtyRoles.get(syn.token(t.head()).lemma()
                .toLowerCase(java.util.Locale.ROOT)) == CountRole.FATALITIES);
    }

    /** Whether a trigger of one group and a trigger of the other are coordinated verbs. */
    private static boolean anyCoordinated(EventGrouper.Group a, EventGrouper.Group b, Syntax syn) {
        for (Trigger x : a.triggers()) {
            for (Trigger y : b.triggers()) {
                if (coordinated(x.head(), y.head(), syn)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether two verbs are conjuncts: one the other's "conj", or both of one head. */
    private static boolean coordinated(int a, int b, Syntax syn) {
        Dependency upA = syn.parent(a);
        Dependency upB = syn.parent(b);
        boolean aConj = upA != null && upA.relation().startsWith("conj");
        boolean bConj = upB != null && upB.relation().startsWith("conj");
        return aConj && upA.governor() == b || bConj && upB.governor() == a
                || aConj && bConj && upA.governor() == upB.governor();
    }

    /**
     * Whether the token hangs, directly or through its governors, on a noun as a modifier, that noun being
     * no trigger itself ("a grenade explosion", "a rocket-propelled grenade" name one happening).
     */
    boolean describesNoun(int token, Syntax syn, Set<Integer> triggerTokens) {
        // a word that is its own head ends the walk: a malformed arc, no noun above
        return syn.arcsUp(token, MAX_DEPTH).filter(up -> up.governor() == up.dependent() || modifiesNoun(up)).findFirst()
                .filter(up -> up.governor() != up.dependent() && !triggerTokens.contains(up.governor())).isPresent();
    }

    private static boolean modifiesNoun(Dependency up) {
        String rel = up.relation();
        int colon = rel.indexOf(':');
        return NOUN_MODIFIERS.contains(rel) || NOUN_MODIFIERS.contains(colon < 0 ? rel : rel.substring(0, colon));
    }
}
