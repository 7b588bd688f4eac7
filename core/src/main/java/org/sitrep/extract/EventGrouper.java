package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Dependency;
import org.sitrep.model.Frame;
import org.sitrep.model.Status;

/**
 * Groups a sentence's triggers into events: one per family, and one per kind of violence when a sentence
 * reports several ("jets bombed the village after rocket fire that killed three"). A protest
 * absorbs the violence of its sentence; a disrupted-weapons report explains away the explosion it names.
 */
final class EventGrouper {
    private final Lexicon lex = Lexicon.get();

    /** The triggers of one event and the strongest of them. */
    record Group(Family family, List<Trigger> triggers, Trigger main) {
        Group {
            triggers = List.copyOf(triggers);
        }
    }

    private record Key(Family family, ViolenceKind kind) {
    }

    /** Groups in order of their first trigger's family key. */
    List<Group> group(List<Trigger> triggers, Syntax syn) {
        Map<Key, List<Trigger>> byFamily = new LinkedHashMap<>();
        for (Trigger t : triggers) {
            byFamily.computeIfAbsent(key(t, triggers), k -> new ArrayList<>()).add(t);
        }
        Key crowd = new Key(Family.CROWD, null);
        if (byFamily.containsKey(crowd)) {
            // "police fired on protesters, killing 3" is the protest's
            for (Key k : List.copyOf(byFamily.keySet())) {
                if (k.family() == Family.VIOLENCE) {
                    byFamily.get(crowd).addAll(byFamily.remove(k));
                }
            }
        }
        if (byFamily.containsKey(new Key(Family.DISRUPT, null))) {
            for (Key k : List.copyOf(byFamily.keySet())) {
                if (k.family() == Family.VIOLENCE
                        && byFamily.get(k).stream().allMatch(t -> lex.frames.row(t.frame()).disruptable() && !deathTold(t, syn))) {
                    byFamily.remove(k);
                }
            }
        }
        java.util.Set<Integer> tokens = new java.util.HashSet<>();
        for (Trigger t : triggers) {
            for (int k = t.start(); k < t.end(); k++) {
                tokens.add(k);
            }
        }
        List<Group> out = new ArrayList<>();
        byFamily.forEach((k, ts) -> out.add(new Group(k.family(), ts, mainOf(ts, syn, tokens))));
        return out;
    }

    /**
     * "Three rustlers were killed while troops seized their rifles": people killed or dead, told by a verb that happened, are
     * an event of their own that no weapons found beside them explain away (a device defused is no death).
     */
    private boolean deathTold(Trigger t, Syntax syn) {
        org.sitrep.model.Token head = syn.token(t.head());
        return t.frame() == Frame.CASUALTY && t.status() == Status.OCCURRED && head.pos().startsWith("VB")
                && lex.casualtyRoles.get(head.lemma().toLowerCase(java.util.Locale.ROOT)) == org.sitrep.model.CountRole.FATALITIES;
    }

    private Key key(Trigger t, List<Trigger> all) {
        Family family = lex.frames.family(t.frame());
        if (family != Family.VIOLENCE) {
            return new Key(family, null);
        }
        boolean takesGround = all.stream().anyMatch(o -> o.frame() == Frame.TAKE);
        List<Trigger> kinded = all.stream().filter(o -> kindOf(o, takesGround) != null).toList();
        long kinds = kinded.stream().map(o -> kindOf(o, takesGround)).distinct().count();
        // a chemical or suicide attack, or small arms among the weapons fired, defines the whole event
        boolean defining = kinded.stream().anyMatch(o -> lex.frames.row(o.frame()).defining());
        if (kinds < 2 || defining) {
            return new Key(family, null);
        }
        ViolenceKind kind = kindOf(t, takesGround);
        if (kind == null) {
            // casualty and attack words join the nearest kind of violence
            Trigger nearest = kinded.stream().min(Comparator.comparingInt(o -> Math.abs(o.start() - t.start()))).orElseThrow();
            kind = kindOf(nearest, takesGround);
        }
        return new Key(family, kind);
    }

    /**
     * A trigger's kind of violence. A bomb word of no kind of its own beside ground taken is a blast apart from
     * the taking ("rebels seized the town, while a bomb at a checkpoint killed four", "captured the town
     * despite weeks of bombing by jets"): taking ground is told by its verb, and a bomb never took it.
     */
    private ViolenceKind kindOf(Trigger t, boolean takesGround) {
        ViolenceKind kind = lex.frames.kind(t.frame());
        if (kind == null && takesGround && explosive(t.frame())) {
            return ViolenceKind.IED;
        }
        return kind;
    }

    private boolean explosive(Frame f) {
        return lex.frames.row(f).defaultType().eventType().startsWith("Explosions");
    }

    /**
     * The strongest trigger of a family; one inside a relative clause about a noun that is no trigger ("people
     * who fled", "seized the bridge where a bombing took place last year") only describes.
     */
    private Trigger mainOf(List<Trigger> fam, Syntax syn, java.util.Set<Integer> triggerTokens) {
        return fam.stream().max(Comparator.comparingInt((Trigger t) -> inRelativeClause(syn, t.head(), triggerTokens) ? 0 : 1)
                .thenComparingInt(t -> lex.frames.row(t.frame()).priority())
                .thenComparingInt(t -> -t.start())).orElseThrow();
    }

    private static boolean inRelativeClause(Syntax syn, int head, java.util.Set<Integer> triggerTokens) {
        int at = head;
        for (int depth = 0; depth < 30; depth++) {
            Dependency up = syn.parent(at);
            if (up == null || up.governor() < 0 || up.governor() == at) {
                return false;
            }
            // right under its own noun ("people who fled"), or deeper under a noun that names no event
            if (up.relation().startsWith("acl:relcl") && (depth == 0 || !triggerTokens.contains(up.governor()))) {
                return true;
            }
            at = up.governor();
        }
        return false;
    }
}
